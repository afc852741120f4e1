package no.bedriftsportal.costsharing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.SqlArrays;

/**
 * The tables of content notices (V33): each employee's channels, the company's free text, and every
 * notice and reminder sent; and the month's content purchases counted per employee, the figures a
 * notice and the administrator's overview show.
 */
@Repository
class NoticeRepository {

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An employee's purchases of a month: how many, how many not classified, and by whom the others were. */
    record Counts(long employeeId, int purchases, int unclassified, int byEmployee, int byAdministrator) {
    }

    /**
     * Per employee holding one of {@code subscriptionIds} (in the scope), their content purchases in M,
     * by name. Read from the content rows of the month only (the partial index of content events).
     */
    Map<Long, Counts> counts(AccessScope scope, YearMonth month, Collection<Long> subscriptionIds) {
        Map<Long, Counts> counts = new LinkedHashMap<>();
        if (subscriptionIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select s.employee_id, count(*) as purchases,
                       count(*) filter (where c.classification is null) as unclassified,
                       count(*) filter (where c.classified_by = 'EMPLOYEE') as by_employee,
                       count(*) filter (where c.classified_by = 'ADMIN') as by_admin
                from usage_event u
                join subscription s on s.company_id = u.company_id and s.subscription_id = u.subscription_id
                left join content_classification c on c.company_id = u.company_id and c.cdr_id = u.cdr_id and c.piece = u.piece
                where u.company_id = :companyId and u.content_service and u.amount <> 0
                  and u.start_time >= :from and u.start_time < :to and u.subscription_id = any(:subscriptions)
                  and s.employee_id is not null
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                group by s.employee_id""")
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("from", Timestamp.from(Oslo.startOf(month.atDay(1))))
                .param("to", Timestamp.from(Oslo.startOf(month.plusMonths(1).atDay(1))))
                .param("subscriptions", SqlArrays.bigints(subscriptionIds))
                .query(rs -> {
                    long employee = rs.getLong("employee_id");
                    counts.put(employee, new Counts(employee, rs.getInt("purchases"), rs.getInt("unclassified"),
                            rs.getInt("by_employee"), rs.getInt("by_admin")));
                });
        return counts;
    }

    /** The employees' chosen channels; an employee without a row is absent (the defaults apply). */
    Map<Long, ContentNotices.Channels> channels(long companyId, Collection<Long> employeeIds) {
        Map<Long, ContentNotices.Channels> channels = new HashMap<>();
        jdbc.sql("select employee_id, sms, email from costsharing_notice_channel where company_id = :companyId and employee_id = any(:ids)")
                .param("companyId", companyId).param("ids", SqlArrays.bigints(employeeIds))
                .query(rs -> {
                    channels.put(rs.getLong("employee_id"), new ContentNotices.Channels(rs.getBoolean("sms"), rs.getBoolean("email")));
                });
        return channels;
    }

    void saveChannels(long companyId, long employeeId, ContentNotices.Channels channels, Instant at, String by) {
        jdbc.sql("""
                insert into costsharing_notice_channel (company_id, employee_id, sms, email, changed_at, changed_by)
                values (:companyId, :employeeId, :sms, :email, :at, :by)
                on conflict (company_id, employee_id) do update set sms = excluded.sms, email = excluded.email,
                    changed_at = excluded.changed_at, changed_by = excluded.changed_by""")
                .param("companyId", companyId).param("employeeId", employeeId).param("sms", channels.sms())
                .param("email", channels.email()).param("at", Timestamp.from(at)).param("by", by).update();
    }

    Optional<String> freeText(long companyId) {
        return jdbc.sql("select free_text from costsharing_notice_text where company_id = :companyId")
                .param("companyId", companyId).query(String.class).optional();
    }

    void saveFreeText(long companyId, String text, Instant at, String by) {
        jdbc.sql("""
                insert into costsharing_notice_text (company_id, free_text, changed_at, changed_by)
                values (:companyId, :text, :at, :by)
                on conflict (company_id) do update set free_text = excluded.free_text, changed_at = excluded.changed_at,
                    changed_by = excluded.changed_by""")
                .param("companyId", companyId).param("text", text).param("at", Timestamp.from(at)).param("by", by).update();
    }

    /**
     * Records a notice or reminder as sent. A month's NOTICE is recorded once per employee: false when
     * one was recorded before (then nothing is to be sent).
     */
    boolean record(long companyId, long employeeId, YearMonth month, String kind, Instant at, boolean bySms, boolean byEmail,
            Counts counts, String by) {
        return jdbc.sql("""
                insert into costsharing_notice (company_id, employee_id, month, kind, sent_at, by_sms, by_email, purchases,
                                                unclassified, sent_by)
                values (:companyId, :employeeId, :month, :kind, :at, :sms, :email, :purchases, :unclassified, :by)
                on conflict (company_id, employee_id, month) where kind = 'NOTICE' do nothing""")
                .param("companyId", companyId).param("employeeId", employeeId).param("month", month.atDay(1))
                .param("kind", kind).param("at", Timestamp.from(at)).param("sms", bySms).param("email", byEmail)
                .param("purchases", counts.purchases()).param("unclassified", counts.unclassified()).param("by", by)
                .update() == 1;
    }

    /** What each employee of the company got for the month. */
    Map<Long, ContentNotices.Sent> sent(long companyId, YearMonth month) {
        Map<Long, ContentNotices.Sent> sent = new HashMap<>();
        jdbc.sql("""
                select employee_id,
                       max(sent_at) filter (where kind = 'NOTICE') as notice_at,
                       bool_or(by_sms) filter (where kind = 'NOTICE') as notice_sms,
                       bool_or(by_email) filter (where kind = 'NOTICE') as notice_email,
                       count(*) filter (where kind = 'REMINDER') as reminders,
                       max(sent_at) filter (where kind = 'REMINDER') as last_reminder
                from costsharing_notice where company_id = :companyId and month = :month
                group by employee_id""")
                .param("companyId", companyId).param("month", month.atDay(1))
                .query(rs -> {
                    Timestamp notice = rs.getTimestamp("notice_at");
                    Timestamp reminder = rs.getTimestamp("last_reminder");
                    sent.put(rs.getLong("employee_id"), new ContentNotices.Sent(notice == null ? null : notice.toInstant(),
                            rs.getBoolean("notice_sms"), rs.getBoolean("notice_email"), rs.getInt("reminders"),
                            reminder == null ? null : reminder.toInstant()));
                });
        return sent;
    }
}
