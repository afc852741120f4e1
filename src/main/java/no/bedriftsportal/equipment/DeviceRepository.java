package no.bedriftsportal.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;

/**
 * The tables {@code device} and {@code device_event} (V39). Every read starts from the caller's scope: the
 * company, and the granted customer numbers (a device without a department only when all are granted).
 */
@Repository
class DeviceRepository {

    private static final String SELECT = """
            select d.*, s.msisdn, e.name as holder_name, ca.number as customer_number, ca.name as department_name
              from device d
              left join subscription s on s.company_id = d.company_id and s.subscription_id = d.subscription_id
              left join employee e on e.company_id = d.company_id and e.employee_id = d.employee_id
              left join customer_account ca on ca.company_id = d.company_id and ca.customer_account_id = d.customer_account_id
             where d.company_id = :companyId
               and (cast(:accounts as bigint[]) is null or d.customer_account_id = any(:accounts))
            """;

    private static final Map<String, String> ORDER = Map.ofEntries(
            Map.entry("kind", "x.kind"), Map.entry("name", "lower(x.make || ' ' || x.model)"),
            Map.entry("identifier", "coalesce(x.imei, lower(x.serial_number))"), Map.entry("phone", "x.msisdn"),
            Map.entry("holder", "lower(x.holder_name)"), Map.entry("department", "x.customer_number"),
            Map.entry("purchased", "x.purchased_on"), Map.entry("price", "x.price"), Map.entry("supplier", "lower(x.supplier)"),
            Map.entry("warranty", "x.warranty_ends_on"), Map.entry("status", "x.status"));

    private final JdbcClient jdbc;

    DeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long companyId, DeviceValues values, Instant now) {
        return jdbc.sql("""
                insert into device (company_id, kind, make, model, imei, serial_number, subscription_id, employee_id,
                                    customer_account_id, purchased_on, price, supplier, warranty_ends_on, status, notes,
                                    created_at, updated_at)
                values (:companyId, :kind, :make, :model, :imei, :serial, :subscriptionId, :employeeId, :accountId,
                        :purchasedOn, :price, :supplier, :warrantyEndsOn, :status, :notes, :now, :now)
                returning device_id
                """).paramSource(parameters(values).addValue("companyId", companyId)
                        .addValue("now", java.sql.Timestamp.from(now))).query(Long.class).single();
    }

    void update(long companyId, long deviceId, DeviceValues values, Instant now) {
        jdbc.sql("""
                update device set kind = :kind, make = :make, model = :model, imei = :imei, serial_number = :serial,
                       subscription_id = :subscriptionId, employee_id = :employeeId, customer_account_id = :accountId,
                       purchased_on = :purchasedOn, price = :price, supplier = :supplier, warranty_ends_on = :warrantyEndsOn,
                       status = :status, notes = :notes, updated_at = :now
                 where company_id = :companyId and device_id = :deviceId
                """).paramSource(parameters(values).addValue("companyId", companyId)
                        .addValue("deviceId", deviceId).addValue("now", java.sql.Timestamp.from(now))).update();
    }

    void move(long companyId, long deviceId, DeviceStatus status, Long employeeId, Instant now) {
        jdbc.sql("""
                update device set status = :status, employee_id = :employeeId, updated_at = :now
                 where company_id = :companyId and device_id = :deviceId
                """).param("companyId", companyId).param("deviceId", deviceId).param("status", status.name())
                .param("employeeId", employeeId).param("now", java.sql.Timestamp.from(now)).update();
    }

    void addEvent(long companyId, long deviceId, String action, LocalDate effectiveOn, DeviceStatus status, Long employeeId,
            String holderName, String note, String recordedBy, Instant now) {
        jdbc.sql("""
                insert into device_event (company_id, device_id, action, effective_on, status, employee_id, holder_name, note,
                                          recorded_by, recorded_at)
                values (:companyId, :deviceId, :action, :effectiveOn, :status, :employeeId, :holderName, :note, :recordedBy, :now)
                """).param("companyId", companyId).param("deviceId", deviceId).param("action", action)
                .param("effectiveOn", effectiveOn).param("status", status.name()).param("employeeId", employeeId)
                .param("holderName", holderName).param("note", note)
                .param("recordedBy", recordedBy.length() > 200 ? recordedBy.substring(0, 200) : recordedBy)
                .param("now", java.sql.Timestamp.from(now)).update();
    }

    Optional<Device> find(AccessScope scope, long deviceId) {
        return jdbc.sql(SELECT + " and d.device_id = :deviceId").param("companyId", scope.companyId())
                .param("accounts", scope.customerAccountsParameter()).param("deviceId", deviceId).query(this::device).optional();
    }

    /** The device, locked for the action or change that reads it. */
    Optional<Device> findForUpdate(AccessScope scope, long deviceId) {
        jdbc.sql("select 1 from device where company_id = :companyId and device_id = :deviceId for update")
                .param("companyId", scope.companyId()).param("deviceId", deviceId).query(Integer.class).optional();
        return find(scope, deviceId);
    }

    List<DeviceEvent> events(long companyId, long deviceId) {
        return jdbc.sql("""
                select * from device_event where company_id = :companyId and device_id = :deviceId
                 order by effective_on desc, event_id desc
                """).param("companyId", companyId).param("deviceId", deviceId).query((rs, n) -> new DeviceEvent(
                rs.getLong("event_id"), rs.getString("action"), rs.getObject("effective_on", LocalDate.class),
                DeviceStatus.valueOf(rs.getString("status")), (Long) rs.getObject("employee_id"), rs.getString("holder_name"),
                rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant())).list();
    }

    /**
     * The day of the device's latest action: a new one may not be dated before it, so the history reads in order.
     * Registering and importing are records of the register, not of the device's life, and may come after the fact.
     */
    Optional<LocalDate> lastEffectiveOn(long companyId, long deviceId) {
        return jdbc.sql("""
                select max(effective_on) from device_event
                 where company_id = :companyId and device_id = :deviceId and action not in ('REGISTERED', 'IMPORTED')
                """)
                .param("companyId", companyId).param("deviceId", deviceId).query(LocalDate.class).optional();
    }

    /** The device (of the whole company, whatever the scope) that has this IMEI: duplicates are refused across departments. */
    Optional<Long> withImei(long companyId, String imei) {
        return jdbc.sql("select device_id from device where company_id = :companyId and imei = :imei")
                .param("companyId", companyId).param("imei", imei).query(Long.class).optional();
    }

    Optional<Long> withSerial(long companyId, String serial) {
        return jdbc.sql("select device_id from device where company_id = :companyId and lower(serial_number) = lower(:serial)")
                .param("companyId", companyId).param("serial", serial).query(Long.class).optional();
    }

    /** The company's devices by IMEI and by serial number (lower case), for an import's matching. */
    Map<String, Long> identifiers(long companyId) {
        Map<String, Long> identifiers = new HashMap<>();
        jdbc.sql("select device_id, imei, lower(serial_number) as serial from device where company_id = :companyId")
                .param("companyId", companyId).query((ResultSet rs) -> {
                    if (rs.getString("imei") != null) {
                        identifiers.put("imei:" + rs.getString("imei"), rs.getLong("device_id"));
                    }
                    if (rs.getString("serial") != null) {
                        identifiers.put("serial:" + rs.getString("serial"), rs.getLong("device_id"));
                    }
                });
        return identifiers;
    }

    /** One page of the list, and how many match in all. */
    DevicePage page(AccessScope scope, DeviceQuery query, LocalDate today, int replacementMonths) {
        return window(scope, query, today, replacementMonths, query.offset(), query.size());
    }

    /** The rows from {@code offset}, at most {@code limit} (the API's cursor), and how many match in all. */
    DevicePage window(AccessScope scope, DeviceQuery query, LocalDate today, int replacementMonths, int offset, int limit) {
        Filter filter = filter(scope, query, today, replacementMonths);
        List<Device> rows = filter.apply(jdbc.sql("select * from (" + filter.sql + ") x order by " + order(query)
                + " limit :limit offset :offset"))
                .param("limit", limit).param("offset", offset).query(this::device).list();
        long total = filter.apply(jdbc.sql("select count(*) from (" + filter.sql + ") x")).query(Long.class).single();
        return new DevicePage(query, rows, total);
    }

    /** Every device the query matches, in its order, one at a time (exports). */
    void each(AccessScope scope, DeviceQuery query, LocalDate today, int replacementMonths, Consumer<Device> consumer) {
        Filter filter = filter(scope, query, today, replacementMonths);
        filter.apply(jdbc.sql("select * from (" + filter.sql + ") x order by " + order(query)))
                .query((ResultSet rs) -> {
                    consumer.accept(device(rs, 0));
                });
    }

    /** How many of the scope's devices in use or in stock have a warranty ending within the days, and are older than the age. */
    Attention attention(AccessScope scope, LocalDate today, int replacementMonths) {
        return jdbc.sql("""
                select count(*) filter (where d.warranty_ends_on between :today and :warrantyLimit) as warranty,
                       count(*) filter (where d.purchased_on < :oldBefore) as old
                  from device d
                 where d.company_id = :companyId
                   and (cast(:accounts as bigint[]) is null or d.customer_account_id = any(:accounts))
                   and d.status in ('IN_USE', 'IN_STOCK', 'IN_REPAIR')
                """).param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("today", today).param("warrantyLimit", today.plusDays(DeviceQuery.WARRANTY_DAYS))
                .param("oldBefore", today.minusMonths(replacementMonths))
                .query((rs, n) -> new Attention(rs.getLong("warranty"), rs.getLong("old"))).single();
    }

    record Attention(long warranty, long old) {
    }

    private record Filter(String sql, Map<String, Object> parameters) {
        JdbcClient.StatementSpec apply(JdbcClient.StatementSpec spec) {
            parameters.forEach(spec::param);
            return spec;
        }
    }

    private static Filter filter(AccessScope scope, DeviceQuery query, LocalDate today, int replacementMonths) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("companyId", scope.companyId());
        parameters.put("accounts", scope.customerAccountsParameter());
        if (query.q() != null) {
            sql.append("""
                     and ((d.make || ' ' || d.model) ilike :q escape '\\' or d.imei like :q escape '\\'
                          or d.serial_number ilike :q escape '\\' or e.name ilike :q escape '\\' or s.msisdn like :q escape '\\'
                          or d.supplier ilike :q escape '\\' or d.notes ilike :q escape '\\' or ca.number like :q escape '\\'
                          or ca.name ilike :q escape '\\')
                    """);
            parameters.put("q", like(query.q()));
        }
        condition(sql, parameters, query.kind() == null ? null : query.kind().name(), "kind", "d.kind = :kind");
        condition(sql, parameters, query.status() == null ? null : query.status().name(), "status", "d.status = :status");
        condition(sql, parameters, query.customerNumber(), "customerNumber", "ca.number = :customerNumber");
        condition(sql, parameters, like(query.make()), "make", "d.make ilike :make escape '\\'");
        condition(sql, parameters, like(query.model()), "model", "d.model ilike :model escape '\\'");
        condition(sql, parameters, like(query.holder()), "holder", "e.name ilike :holder escape '\\'");
        condition(sql, parameters, like(query.supplier()), "supplier", "d.supplier ilike :supplier escape '\\'");
        condition(sql, parameters, like(query.phone()), "phone", "s.msisdn like :phone escape '\\'");
        condition(sql, parameters, like(query.identifier()), "identifier",
                "(d.imei like :identifier escape '\\' or d.serial_number ilike :identifier escape '\\')");
        condition(sql, parameters, query.purchasedFrom(), "purchasedFrom", "d.purchased_on >= :purchasedFrom");
        condition(sql, parameters, query.purchasedTo(), "purchasedTo", "d.purchased_on <= :purchasedTo");
        condition(sql, parameters, query.warrantyFrom(), "warrantyFrom", "d.warranty_ends_on >= :warrantyFrom");
        condition(sql, parameters, query.warrantyTo(), "warrantyTo", "d.warranty_ends_on <= :warrantyTo");
        condition(sql, parameters, query.priceFrom(), "priceFrom", "d.price >= :priceFrom");
        condition(sql, parameters, query.priceTo(), "priceTo", "d.price <= :priceTo");
        if ("warranty".equals(query.alert())) {
            sql.append(" and d.status in ('IN_USE', 'IN_STOCK', 'IN_REPAIR') and d.warranty_ends_on between :today and :warrantyLimit\n");
            parameters.put("today", today);
            parameters.put("warrantyLimit", today.plusDays(DeviceQuery.WARRANTY_DAYS));
        } else if ("old".equals(query.alert())) {
            sql.append(" and d.status in ('IN_USE', 'IN_STOCK', 'IN_REPAIR') and d.purchased_on < :oldBefore\n");
            parameters.put("oldBefore", today.minusMonths(replacementMonths));
        }
        return new Filter(sql.toString(), parameters);
    }

    private static String order(DeviceQuery query) {
        return ORDER.get(query.sort()) + (query.descending() ? " desc nulls last" : " asc nulls last") + ", x.device_id";
    }

    private static void condition(StringBuilder sql, Map<String, Object> parameters, Object value, String name, String condition) {
        if (value != null) {
            sql.append(" and ").append(condition).append('\n');
            parameters.put(name, value);
        }
    }

    private static String like(String text) {
        return text == null ? null : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters(DeviceValues values) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("kind", values.kind().name()).addValue("make", values.make()).addValue("model", values.model())
                .addValue("imei", values.imei()).addValue("serial", values.serialNumber())
                .addValue("subscriptionId", values.subscriptionId()).addValue("employeeId", values.employeeId())
                .addValue("accountId", values.customerAccountId()).addValue("purchasedOn", values.purchasedOn())
                .addValue("price", values.price()).addValue("supplier", values.supplier())
                .addValue("warrantyEndsOn", values.warrantyEndsOn()).addValue("status", values.status().name())
                .addValue("notes", values.notes());
    }

    private Device device(ResultSet rs, int row) throws SQLException {
        return new Device(rs.getLong("company_id"), rs.getLong("device_id"), DeviceKind.valueOf(rs.getString("kind")),
                rs.getString("make"), rs.getString("model"), rs.getString("imei"), rs.getString("serial_number"),
                (Long) rs.getObject("subscription_id"), rs.getString("msisdn"), (Long) rs.getObject("employee_id"),
                rs.getString("holder_name"), (Long) rs.getObject("customer_account_id"), rs.getString("customer_number"),
                rs.getString("department_name"), rs.getObject("purchased_on", LocalDate.class), rs.getBigDecimal("price"),
                rs.getString("supplier"), rs.getObject("warranty_ends_on", LocalDate.class),
                DeviceStatus.valueOf(rs.getString("status")), rs.getString("notes"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
