package no.bedriftsportal.subscription;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Iccid;
import no.bedriftsportal.shared.Msisdn;

/** The subscription and subscription_change tables. */
@Repository
class SubscriptionRepository {

    private static final String COLUMNS = """
            company_id, subscription_id, msisdn, customer_account_id, employee_id, active_from, terminated_on, iccid""";

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises every change to one number, across companies, until the transaction ends. */
    void lockNumber(Msisdn msisdn) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('msisdn:' || :msisdn))").param("msisdn", msisdn.value())
                .query((rs, row) -> row).list();
    }

    /** Subscriptions of this number, in any company, whose active days overlap {@code [from, to)}. */
    List<Subscription> overlapping(Msisdn msisdn, LocalDate from, LocalDate to, Long exceptSubscriptionId) {
        return jdbc.sql("select " + COLUMNS + """
                 from subscription
                where msisdn = :msisdn
                  and (terminated_on is null or terminated_on > :from)
                  and (cast(:to as date) is null or active_from < :to)
                  and (cast(:except as bigint) is null or subscription_id <> :except)""")
                .param("msisdn", msisdn.value()).param("from", from).param("to", to).param("except", exceptSubscriptionId)
                .query(SubscriptionRepository::subscription).list();
    }

    long insert(ActivateSubscription command, Msisdn msisdn, Iccid iccid) {
        return jdbc.sql("""
                insert into subscription (company_id, msisdn, customer_account_id, employee_id, active_from, iccid)
                values (:companyId, :msisdn, :customerAccountId, :employeeId, :activeFrom, :iccid)
                returning subscription_id""")
                .param("companyId", command.companyId()).param("msisdn", msisdn.value())
                .param("iccid", iccid == null ? null : iccid.value())
                .param("customerAccountId", command.customerAccountId()).param("employeeId", command.employeeId())
                .param("activeFrom", command.activeFrom())
                .query(Long.class).single();
    }

    /**
     * Records a dated change; a second change of the same kind on the same day replaces the first.
     * An automatic extra package from the CRM is paid by the company.
     */
    void upsertChange(long companyId, long subscriptionId, TermChange.Kind kind, LocalDate effectiveFrom, String planCode,
            Boolean dataControl, String autoExtraPackageCode) {
        upsertChange(companyId, subscriptionId, kind, effectiveFrom, planCode, dataControl, autoExtraPackageCode,
                autoExtraPackageCode == null ? null : ExtraPackagePayer.COMPANY);
    }

    void upsertChange(long companyId, long subscriptionId, TermChange.Kind kind, LocalDate effectiveFrom, String planCode,
            Boolean dataControl, String autoExtraPackageCode, ExtraPackagePayer payer) {
        jdbc.sql("""
                insert into subscription_change (company_id, subscription_id, kind, effective_from, plan_code,
                                                 data_control, auto_extra_package_code, auto_extra_package_payer)
                values (:companyId, :subscriptionId, :kind, :effectiveFrom, :planCode, :dataControl, :autoExtra, :payer)
                on conflict (company_id, subscription_id, kind, effective_from) do update
                   set plan_code = excluded.plan_code, data_control = excluded.data_control,
                       auto_extra_package_code = excluded.auto_extra_package_code,
                       auto_extra_package_payer = excluded.auto_extra_package_payer,
                       immediate = false, changed_by = null, recorded_at = now()""")
                .param("companyId", companyId).param("subscriptionId", subscriptionId).param("kind", kind.name())
                .param("effectiveFrom", effectiveFrom).param("planCode", planCode).param("dataControl", dataControl)
                .param("autoExtra", autoExtraPackageCode).param("payer", payer == null ? null : payer.name())
                .update();
    }

    /**
     * Records an immediate change made in the portal (V24): its day is the day it was recorded, and a
     * second one of the same kind that day replaces the first.
     */
    void upsertImmediateChange(long companyId, long subscriptionId, TermChange.Kind kind, java.time.Instant recordedAt,
            Boolean dataControl, String autoExtraPackageCode, ExtraPackagePayer payer, String changedBy) {
        jdbc.sql("""
                insert into subscription_change (company_id, subscription_id, kind, effective_from, data_control,
                                                 auto_extra_package_code, auto_extra_package_payer, recorded_at,
                                                 immediate, changed_by)
                values (:companyId, :subscriptionId, :kind, :effectiveFrom, :dataControl, :autoExtra, :payer, :recordedAt,
                        true, :changedBy)
                on conflict (company_id, subscription_id, kind, effective_from) do update
                   set plan_code = excluded.plan_code, data_control = excluded.data_control,
                       auto_extra_package_code = excluded.auto_extra_package_code,
                       auto_extra_package_payer = excluded.auto_extra_package_payer,
                       recorded_at = excluded.recorded_at, immediate = true, changed_by = excluded.changed_by""")
                .param("companyId", companyId).param("subscriptionId", subscriptionId).param("kind", kind.name())
                .param("effectiveFrom", no.bedriftsportal.shared.Oslo.dateOf(recordedAt)).param("dataControl", dataControl)
                .param("autoExtra", autoExtraPackageCode).param("payer", payer == null ? null : payer.name())
                .param("recordedAt", java.sql.Timestamp.from(recordedAt)).param("changedBy", changedBy)
                .update();
    }

    /** Serialises the SIM cards' use within a company until the transaction ends (a card in one subscription at a time). */
    void lockIccid(long companyId, Iccid iccid) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('iccid:' || :companyId || ':' || :iccid))")
                .param("companyId", companyId).param("iccid", iccid.value())
                .query((rs, row) -> row).list();
    }

    /** The company's subscription not terminated that has this card, other than {@code exceptSubscriptionId}. */
    Optional<Subscription> holdingIccid(long companyId, Iccid iccid, Long exceptSubscriptionId) {
        return jdbc.sql("select " + COLUMNS + """
                 from subscription
                where company_id = :companyId and iccid = :iccid and terminated_on is null
                  and (cast(:except as bigint) is null or subscription_id <> :except)
                limit 1""")
                .param("companyId", companyId).param("iccid", iccid.value()).param("except", exceptSubscriptionId)
                .query(SubscriptionRepository::subscription).optional();
    }

    void setIccid(long companyId, long subscriptionId, Iccid iccid) {
        jdbc.sql("update subscription set iccid = :iccid where company_id = :companyId and subscription_id = :subscriptionId")
                .param("companyId", companyId).param("subscriptionId", subscriptionId).param("iccid", iccid.value())
                .update();
    }

    void terminate(long companyId, long subscriptionId, LocalDate terminatedOn) {
        jdbc.sql("""
                update subscription set terminated_on = :terminatedOn
                where company_id = :companyId and subscription_id = :subscriptionId""")
                .param("companyId", companyId).param("subscriptionId", subscriptionId).param("terminatedOn", terminatedOn)
                .update();
    }

    Optional<Subscription> find(long companyId, long subscriptionId) {
        return jdbc.sql("select " + COLUMNS + " from subscription where company_id = :companyId and subscription_id = :id")
                .param("companyId", companyId).param("id", subscriptionId)
                .query(SubscriptionRepository::subscription).optional();
    }

    /** The subscriptions of this number in any company, the latest first. */
    List<Subscription> findByNumber(Msisdn msisdn) {
        return jdbc.sql("select " + COLUMNS + " from subscription where msisdn = :msisdn order by active_from desc")
                .param("msisdn", msisdn.value())
                .query(SubscriptionRepository::subscription).list();
    }

    List<Subscription> list(AccessScope scope) {
        return jdbc.sql("select " + COLUMNS + """
                 from subscription
                where company_id = :companyId
                  and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                order by msisdn, active_from""")
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .query(SubscriptionRepository::subscription).list();
    }

    /** The scope's subscriptions by id after {@code afterId} that the filter lets through, at most {@code limit}. */
    List<Subscription> page(AccessScope scope, SubscriptionFilter filter, long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from subscription
                where company_id = :companyId
                  and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                  and (cast(:account as bigint) is null or customer_account_id = :account)
                  and (cast(:msisdn as text) is null or msisdn = :msisdn)
                  and (cast(:status as text) is null
                       or (:status = 'TERMINATED' and terminated_on <= :today)
                       or (:status = 'ACTIVE' and (terminated_on is null or terminated_on > :today)))
                  and subscription_id > :after
                order by subscription_id
                limit :limit""")
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("account", filter.customerAccountId())
                .param("msisdn", filter.msisdn() == null ? null : filter.msisdn().value())
                .param("status", filter.status() == null ? null : filter.status().name()).param("today", filter.today())
                .param("after", afterId).param("limit", limit)
                .query(SubscriptionRepository::subscription).list();
    }

    /** The scope's subscriptions held by these employees. */
    List<Subscription> ofEmployees(AccessScope scope, java.util.Collection<Long> employeeIds) {
        return jdbc.sql("select " + COLUMNS + """
                 from subscription
                where company_id = :companyId and employee_id = any(:employees)
                  and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                order by subscription_id""")
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("employees", no.bedriftsportal.shared.SqlArrays.bigints(employeeIds))
                .query(SubscriptionRepository::subscription).list();
    }

    List<Subscription> all() {
        return jdbc.sql("select " + COLUMNS + " from subscription").query(SubscriptionRepository::subscription).list();
    }

    /** Every change of every subscription, by subscription id, each list in date order. */
    Map<Long, List<TermChange>> allChanges() {
        Map<Long, List<TermChange>> bySubscription = new HashMap<>();
        jdbc.sql("""
                select subscription_id, kind, effective_from, plan_code, data_control, auto_extra_package_code, recorded_at,
                       auto_extra_package_payer, immediate, changed_by
                from subscription_change order by subscription_id, effective_from, recorded_at, kind""")
                .query(rs -> {
                    bySubscription.computeIfAbsent(rs.getLong("subscription_id"), id -> new ArrayList<>()).add(change(rs));
                });
        return bySubscription;
    }

    Map<Long, List<TermChange>> changes(long companyId, java.util.Collection<Long> subscriptionIds) {
        Map<Long, List<TermChange>> bySubscription = new HashMap<>();
        jdbc.sql("""
                select subscription_id, kind, effective_from, plan_code, data_control, auto_extra_package_code, recorded_at,
                       auto_extra_package_payer, immediate, changed_by
                from subscription_change where company_id = :companyId and subscription_id = any(:ids)
                order by subscription_id, effective_from, recorded_at, kind""")
                .param("companyId", companyId).param("ids", no.bedriftsportal.shared.SqlArrays.bigints(subscriptionIds))
                .query(rs -> {
                    bySubscription.computeIfAbsent(rs.getLong("subscription_id"), id -> new ArrayList<>()).add(change(rs));
                });
        return bySubscription;
    }

    List<TermChange> changes(long companyId, long subscriptionId) {
        return jdbc.sql("""
                select kind, effective_from, plan_code, data_control, auto_extra_package_code, recorded_at,
                       auto_extra_package_payer, immediate, changed_by
                from subscription_change where company_id = :companyId and subscription_id = :id
                order by effective_from, recorded_at, kind""")
                .param("companyId", companyId).param("id", subscriptionId)
                .query((rs, n) -> change(rs))
                .list();
    }

    private static TermChange change(ResultSet rs) throws SQLException {
        return new TermChange(TermChange.Kind.valueOf(rs.getString("kind")), rs.getObject("effective_from", LocalDate.class),
                rs.getString("plan_code"), (Boolean) rs.getObject("data_control"), rs.getString("auto_extra_package_code"),
                rs.getTimestamp("recorded_at").toInstant(), payer(rs.getString("auto_extra_package_payer")),
                rs.getBoolean("immediate"), rs.getString("changed_by"));
    }

    private static ExtraPackagePayer payer(String payer) {
        return payer == null ? null : ExtraPackagePayer.valueOf(payer);
    }

    /** Active subscriptions on a day per product group, by the plan in effect that day. */
    List<ProductGroupCount> countByProductGroup(AccessScope scope, LocalDate day) {
        return jdbc.sql("""
                select g.code, g.name_nb, g.name_en, count(s.subscription_id) as subscriptions
                from product_group g
                left join price_plan p on p.product_group = g.code
                left join (
                    select s.subscription_id, plan.plan_code
                    from subscription s
                    cross join lateral (
                        select c.plan_code from subscription_change c
                        where c.company_id = s.company_id and c.subscription_id = s.subscription_id
                          and c.kind = 'PLAN' and c.effective_from <= :day
                        order by c.effective_from desc limit 1) plan
                    where s.company_id = :companyId
                      and s.active_from <= :day and (s.terminated_on is null or s.terminated_on > :day)
                      and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                ) s on s.plan_code = p.code
                group by g.code, g.name_nb, g.name_en, g.sort
                order by g.sort""")
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("day", day)
                .query((rs, n) -> new ProductGroupCount(rs.getString("code"), rs.getString("name_nb"), rs.getString("name_en"),
                        rs.getLong("subscriptions")))
                .list();
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        Date terminated = rs.getDate("terminated_on");
        String iccid = rs.getString("iccid");
        return new Subscription(rs.getLong("company_id"), rs.getLong("subscription_id"), new Msisdn(rs.getString("msisdn")),
                rs.getLong("customer_account_id"), (Long) rs.getObject("employee_id"),
                rs.getObject("active_from", LocalDate.class), terminated == null ? null : terminated.toLocalDate(),
                iccid == null ? null : new Iccid(iccid));
    }
}
