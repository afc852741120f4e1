package no.bedriftsportal.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.Cursor;
import no.bedriftsportal.shared.api.CursorPage;

/**
 * A company's send log (#15.4): its SMS and e-mails, newest first, filtered, a page at a time
 * (keyset on queued time, channel and id, so a page holds still while new messages arrive), or all
 * at once for an export. Only the company's own rows, by its id and by the database's row-level
 * security; messages of no company are never in any log.
 */
@Service
public class SendLog {

    private final JdbcClient jdbc;

    SendLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of {@code limit} messages after the cursor (null: the newest). */
    public CursorPage<SendLogEntry> page(long companyId, SendLogFilter filter, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor, 3);
        Query query = query(companyId, filter, after);
        List<SendLogEntry> fetched = query.spec(jdbc, " limit :limit").param("limit", limit + 1).query(SendLog::entry).list();
        return CursorPage.of(fetched, limit, e -> Cursor.of(e.queuedAt(), e.channel().name(), e.id()));
    }

    /** Every message the filter picks, up to {@code max}, newest first, handed on one at a time. */
    public void export(long companyId, SendLogFilter filter, int max, Consumer<SendLogEntry> row) {
        query(companyId, filter, null).spec(jdbc, " limit :limit").param("limit", max)
                .query(rs -> {
                    row.accept(entry(rs, rs.getRow()));
                });
    }

    private static Query query(long companyId, SendLogFilter filter, Cursor after) {
        List<String> parts = new ArrayList<>();
        if (filter.channel() == null || filter.channel() == Channel.SMS) {
            parts.add("""
                    select 'SMS' as channel, sms_id as id, created_at, sent_at, recipient, purpose, null as subject,
                           case when sensitive then null else body end as body, sensitive as hidden, status, attempts,
                           last_error, employee_id, cast(0 as bigint) as attachment_bytes
                    from sms_outbox where company_id = :company""" + conditions(filter));
        }
        if (filter.channel() == null || filter.channel() == Channel.EMAIL) {
            parts.add("""
                    select 'EMAIL' as channel, mail_id as id, created_at, sent_at, recipient, purpose, subject,
                           text_body as body, false as hidden, status, attempts, last_error, employee_id,
                           (select coalesce(sum(a.size_bytes), 0) from mail_attachment a
                             where a.company_id = mail_outbox.company_id and a.mail_id = mail_outbox.mail_id) as attachment_bytes
                    from mail_outbox where company_id = :company""" + conditions(filter));
        }
        String sql = "select * from (" + String.join("\nunion all\n", parts) + ") m"
                + (after == null ? "" : " where (created_at, channel, id) < (:afterAt, :afterChannel, :afterId)")
                + " order by created_at desc, channel desc, id desc";
        return new Query(sql, companyId, filter, after);
    }

    private static String conditions(SendLogFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.status() != null) {
            where.append(" and status = :status");
        }
        if (filter.recipient() != null) {
            where.append(" and recipient ilike :recipient escape '\\'");
        }
        if (filter.purpose() != null) {
            where.append(" and purpose = :purpose");
        }
        if (filter.from() != null) {
            where.append(" and created_at >= :from");
        }
        if (filter.to() != null) {
            where.append(" and created_at < :to");
        }
        return where.toString();
    }

    private static SendLogEntry entry(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        String purpose = rs.getString("purpose");
        Long employee = rs.getObject("employee_id", Long.class);
        return new SendLogEntry(Channel.valueOf(rs.getString("channel")), rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant(), rs.getString("recipient"), purpose == null ? null : MessagePurpose.valueOf(purpose),
                rs.getString("subject"), rs.getString("body"), rs.getBoolean("hidden"), MessageStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), employee, rs.getLong("attachment_bytes"));
    }

    private record Query(String sql, long companyId, SendLogFilter filter, Cursor after) {

        JdbcClient.StatementSpec spec(JdbcClient jdbc, String suffix) {
            JdbcClient.StatementSpec spec = jdbc.sql(sql + suffix).param("company", companyId);
            if (filter.status() != null) {
                spec = spec.param("status", filter.status().name());
            }
            if (filter.recipient() != null) {
                spec = spec.param("recipient", "%" + filter.recipient().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (filter.purpose() != null) {
                spec = spec.param("purpose", filter.purpose().name());
            }
            if (filter.from() != null) {
                spec = spec.param("from", startOf(filter.from()));
            }
            if (filter.to() != null) {
                spec = spec.param("to", startOf(filter.to().plusDays(1)));
            }
            if (after != null) {
                spec = spec.param("afterAt", Timestamp.from(instant(after.key(0)))).param("afterChannel", channel(after.key(1)))
                        .param("afterId", after.parseLong(2));
            }
            return spec;
        }
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(Oslo.ZONE).toInstant());
    }

    private static Instant instant(String key) {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw malformedCursor();
        }
    }

    private static String channel(String key) {
        try {
            return Channel.valueOf(key).name();
        } catch (IllegalArgumentException e) {
            throw malformedCursor();
        }
    }

    private static InvalidInputException malformedCursor() {
        return new InvalidInputException(Cursor.PARAMETER, "api.cursor.invalid",
                "cursor is not one this API gave out; start again without it");
    }
}
