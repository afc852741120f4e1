package no.bedriftsportal.insights;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;

/**
 * The alert table (V42): each occurrence once ({@code on conflict do nothing} on its key), the list scoped to the
 * user's customer numbers, and the state changes.
 */
@Repository
class AlertStore {

    private static final String LINES = """
            select a.*, s.msisdn, e.name as user_name, ca.number as customer_number, ca.name as department_name
            from alert a
            left join subscription s on s.company_id = a.company_id and s.subscription_id = a.subscription_id
            left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
            left join customer_account ca on ca.company_id = a.company_id and ca.customer_account_id = a.customer_account_id
            where a.company_id = :company
              and (cast(:accounts as bigint[]) is null or a.customer_account_id = any(:accounts))
            """;
    private static final String FILTER = """
              and (cast(:state as text) is null or a.state = :state)
              and (cast(:kind as text) is null or a.kind = :kind)
              and (cast(:number as text) is null or ca.number = :number)
            """;

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the occurrences in one statement; the new ones' ids by their index in the list. An occurrence whose
     * (kind, subject, period) the company had already is left out, as are repeats within the list.
     *
     * @param notified per occurrence: whether it is to be told
     */
    java.util.Map<Integer, Long> recordAll(long companyId, AlertKind kind, List<AlertOccurrence> occurrences, boolean[] notified,
            Instant now) {
        int size = occurrences.size();
        String[] subjects = new String[size];
        String[] periods = new String[size];
        Long[] subscriptions = new Long[size];
        Long[] accounts = new Long[size];
        Long[] invoices = new Long[size];
        Date[] days = new Date[size];
        String[] amounts = new String[size];
        String[] references = new String[size];
        Boolean[] told = new Boolean[size];
        for (int i = 0; i < size; i++) {
            AlertOccurrence occurrence = occurrences.get(i);
            subjects[i] = occurrence.subject();
            periods[i] = occurrence.period();
            subscriptions[i] = occurrence.subscriptionId();
            accounts[i] = occurrence.customerAccountId();
            invoices[i] = occurrence.invoiceId();
            days[i] = Date.valueOf(occurrence.occurredOn());
            amounts[i] = occurrence.amount() == null ? null : occurrence.amount().toPlainString();
            references[i] = occurrence.reference() == null ? null : occurrence.reference().toPlainString();
            told[i] = notified[i];
        }
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = size - 1; i >= 0; i--) {
            index.put(subjects[i] + "|" + periods[i], i);
        }
        java.util.Map<Integer, Long> created = new java.util.TreeMap<>();
        jdbc.sql("""
                insert into alert (company_id, kind, subject, period, subscription_id, customer_account_id, invoice_id,
                                   occurred_on, amount, reference, created_at, notified)
                select :company, :kind, t.subject, t.period, t.subscription_id, t.account, t.invoice, t.day,
                       cast(t.amount as numeric), cast(t.reference as numeric), :now, t.notified
                from unnest(cast(:subjects as text[]), cast(:periods as text[]), cast(:subscriptions as bigint[]),
                            cast(:accounts as bigint[]), cast(:invoices as bigint[]), cast(:days as date[]),
                            cast(:amounts as text[]), cast(:references as text[]), cast(:notified as boolean[]))
                     as t(subject, period, subscription_id, account, invoice, day, amount, reference, notified)
                on conflict (company_id, kind, subject, period) do nothing
                returning alert_id, subject, period""")
                .param("company", companyId).param("kind", kind.name()).param("now", Timestamp.from(now))
                .param("subjects", subjects).param("periods", periods).param("subscriptions", subscriptions)
                .param("accounts", accounts).param("invoices", invoices).param("days", days).param("amounts", amounts)
                .param("references", references).param("notified", told)
                .query((rs, n) -> {
                    created.put(index.get(rs.getString("subject") + "|" + rs.getString("period")), rs.getLong("alert_id"));
                    return null;
                }).list();
        return created;
    }

    AlertPage list(AccessScope scope, AlertQuery query, long offset, int limit) {
        List<AlertLine> rows = bind(jdbc.sql(LINES + FILTER + " order by a.created_at desc, a.alert_id desc limit :limit offset :offset"),
                scope, query).param("limit", limit).param("offset", offset).query(AlertStore::line).list();
        long total = bind(jdbc.sql("select count(*) from (" + LINES + FILTER + ") found"), scope, query)
                .query(Long.class).single();
        return new AlertPage(rows, total, query.page(), query.size());
    }

    Optional<AlertLine> find(AccessScope scope, long alertId) {
        return jdbc.sql(LINES + " and a.alert_id = :id").param("company", scope.companyId())
                .param("accounts", scope.customerAccountsParameter()).param("id", alertId).query(AlertStore::line).optional();
    }

    /** Sets the state of those of the alerts the scope sees; how many changed. */
    int setState(AccessScope scope, Collection<Long> alertIds, AlertState state, String by, Instant now) {
        return jdbc.sql("""
                update alert set state = :state, state_changed_by = :by, state_changed_at = :now
                where company_id = :company and alert_id = any(:ids) and state <> :state
                  and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))""")
                .param("state", state.name()).param("by", by).param("now", Timestamp.from(now))
                .param("company", scope.companyId()).param("ids", alertIds.toArray(Long[]::new))
                .param("accounts", scope.customerAccountsParameter()).update();
    }

    long countNew(AccessScope scope) {
        return jdbc.sql("""
                select count(*) from alert where company_id = :company and state = 'NEW'
                  and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AccessScope scope, AlertQuery query) {
        return sql.param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("state", query.state() == null ? null : query.state().name())
                .param("kind", query.kind() == null ? null : query.kind().name())
                .param("number", query.customerNumber());
    }

    private static AlertLine line(ResultSet rs, int n) throws SQLException {
        Timestamp changed = rs.getTimestamp("state_changed_at");
        return new AlertLine(rs.getLong("alert_id"), AlertKind.valueOf(rs.getString("kind")),
                AlertState.valueOf(rs.getString("state")), (Long) rs.getObject("subscription_id", Long.class),
                rs.getString("msisdn"), rs.getString("user_name"), rs.getString("customer_number"),
                rs.getString("department_name"), rs.getString("period"), rs.getDate("occurred_on").toLocalDate(),
                rs.getBigDecimal("amount"), rs.getBigDecimal("reference"), rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("notified"), rs.getString("state_changed_by"), changed == null ? null : changed.toInstant());
    }
}
