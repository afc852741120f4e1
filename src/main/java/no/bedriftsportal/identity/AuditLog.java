package no.bedriftsportal.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity module's audit log API (S3): logins (also failed ones), access changes, downloads
 * and openings of another person's detail. An entry is written in the caller's transaction. The
 * table refuses updates and deletes (V18); only {@link AuditRetention} prunes.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "audit_event_id, occurred_at, actor, actor_name, action, subject, details, facts, client_address";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An entry whose details are free text (e.g. why a login failed). */
    public void record(long companyId, String actor, String actorName, String action, String subject, String details,
            String clientAddress) {
        insert(companyId, actor, actorName, action, subject, details, null, clientAddress);
    }

    /** An entry with facts, which the log shows in words in the reader's language ({@link AuditWords}). */
    void recordFacts(long companyId, String actor, String actorName, String action, String subject, Map<String, ?> facts,
            String clientAddress) {
        insert(companyId, actor, actorName, action, subject, null, JSON.writeValueAsString(facts), clientAddress);
    }

    private void insert(long companyId, String actor, String actorName, String action, String subject, String details,
            String facts, String clientAddress) {
        jdbc.sql("""
                insert into audit_event (company_id, occurred_at, actor, actor_name, action, subject, details, facts, client_address)
                values (:companyId, :at, :actor, :actorName, :action, :subject, :details, cast(:facts as jsonb), :client)""")
                .param("companyId", companyId).param("at", Timestamp.from(clock.instant()))
                .param("actor", actor).param("actorName", actorName).param("action", action)
                .param("subject", subject).param("details", details).param("facts", facts).param("client", clientAddress)
                .update();
    }

    /** A page of the company's log as filtered, newest first. */
    List<AuditEvent> page(long companyId, AuditFilter filter, int offset, int limit) {
        Where where = where(companyId, filter);
        var statement = jdbc.sql("select " + COLUMNS + " from audit_event where " + where.sql()
                + " order by occurred_at desc, audit_event_id desc offset :offset limit :limit");
        where.parameters().forEach(statement::param);
        return statement.param("offset", offset).param("limit", limit).query(AuditLog::event).list();
    }

    private static Where where(long companyId, AuditFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("company_id = :companyId"));
        Map<String, Object> parameters = new HashMap<>(Map.of("companyId", companyId));
        if (filter.action() != null) {
            conditions.add("action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            parameters.put("from", Timestamp.from(filter.from().atStartOfDay(Oslo.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            parameters.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(Oslo.ZONE).toInstant()));
        }
        if (filter.person() != null) {
            Optional<Msisdn> number = Msisdn.parse(filter.person());
            if (number.isPresent()) {
                conditions.add("(actor = :number or subject = :number)");
                parameters.put("number", number.get().value());
            } else {
                conditions.add("(actor_name ilike :name escape '\\' or facts->>'name' ilike :name escape '\\')");
                parameters.put("name", "%" + filter.person().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return new Where(String.join(" and ", conditions), parameters);
    }

    private record Where(String sql, Map<String, Object> parameters) {
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        String facts = rs.getString("facts");
        return new AuditEvent(rs.getLong("audit_event_id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), rs.getString("actor_name"), rs.getString("action"), rs.getString("subject"),
                rs.getString("details"), facts == null ? null : JSON.readValue(facts, new TypeReference<Map<String, Object>>() {
                }), rs.getString("client_address"));
    }
}
