package no.bedriftsportal.costsharing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.messaging.MailOutbox;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.OutgoingMail;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Content notices (IC6, #15.4). After a month's invoice run every employee with content purchases
 * on a subscription with a profile gets one notice — by SMS, e-mail or both, as the administrator
 * set for them — with a signed link to that month's page ({@link NoticeLinks}); the administrator
 * adds free text, sets each employee's channels, sees who has marked their purchases, and sends
 * reminders to those who have not. Nothing is sent after the month's deadline. Every message goes
 * through the outboxes in this transaction, so the send log shows it with its delivery status.
 */
@Service
public class ContentNotices {

    static final int MAX_FREE_TEXT = 300;

    private final NoticeRepository repository;
    private final RulesInForce rules;
    private final MonthInputs inputs;
    private final Companies companies;
    private final Subscriptions subscriptions;
    private final NoticeLinks links;
    private final SmsOutbox sms;
    private final MailOutbox mail;
    private final AuditTrail audit;
    private final Clock clock;
    private final NoticeMessages words;
    /** The notices' language is the company's (S2). */

    ContentNotices(NoticeRepository repository, RulesInForce rules, MonthInputs inputs, Companies companies,
            Subscriptions subscriptions, NoticeLinks links, SmsOutbox sms, MailOutbox mail, AuditTrail audit, Clock clock,
            NoticeMessages words) {
        this.words = words;
        this.repository = repository;
        this.rules = rules;
        this.inputs = inputs;
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.links = links;
        this.sms = sms;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /** The notice and reminders an employee got for a month. */
    public record Sent(Instant noticeAt, boolean noticeBySms, boolean noticeByEmail, int reminders, Instant lastReminderAt) {
    }

    /** How an employee is told; by default SMS, and e-mail when they have an address. */
    public record Channels(boolean sms, boolean email) {
    }

    /**
     * One employee of the month's overview.
     *
     * @param msisdn   the number an SMS goes to (their first active subscription), or null
     * @param channels as set for them, or the defaults
     * @param sent     what they got for the month, or null for nothing yet
     */
    public record Row(long employeeId, String name, String email, String msisdn, int purchases, int unclassified,
            int byEmployee, int byAdministrator, Channels channels, boolean channelsSet, Sent sent) {

        public boolean done() {
            return unclassified == 0;
        }
    }

    /** The month's notices: deadline, whether it is still open, the free text, and every employee to be told. */
    public record Overview(YearMonth month, LocalDate deadline, boolean open, String freeText, List<Row> rows) {

        public long done() {
            return rows.stream().filter(Row::done).count();
        }

        public long notified() {
            return rows.stream().filter(row -> row.sent() != null && row.sent().noticeAt() != null).count();
        }

        public long toRemind() {
            return rows.stream().filter(row -> !row.done()).count();
        }
    }

    @Transactional(readOnly = true)
    public Overview overview(AccessScope scope, YearMonth month) {
        long companyId = scope.companyId();
        LocalDate deadline = inputs.deadline(companyId, month);
        return new Overview(month, deadline, open(deadline), repository.freeText(companyId).orElse(""), rows(scope, month));
    }

    /**
     * Sends the month's notice to every employee who has not had it, unless the deadline has passed;
     * called after the invoice run and by the daily job. Returns how many were told.
     */
    @Transactional
    public int sendNotices(long companyId, YearMonth month) {
        LocalDate deadline = inputs.deadline(companyId, month);
        if (!open(deadline)) {
            return 0;
        }
        int told = 0;
        String freeText = repository.freeText(companyId).orElse(null);
        Company company = companies.get(companyId);
        for (Row row : rows(AccessScope.wholeCompany(companyId), month)) {
            if (row.sent() == null || row.sent().noticeAt() == null) {
                told += send(companyId, company, month, deadline, row, freeText, false, "system") ? 1 : 0;
            }
        }
        return told;
    }

    /** Reminds every employee in the scope with purchases of the month not yet marked. Returns how many were reminded. */
    @Transactional
    public int remind(AccessScope scope, YearMonth month, String byName) {
        long companyId = scope.companyId();
        LocalDate deadline = inputs.deadline(companyId, month);
        if (!open(deadline)) {
            throw new ConflictException("month", "invoiceControl.notices.error.closed",
                    "the deadline of " + month + " was " + deadline + ": no reminders after it");
        }
        String freeText = repository.freeText(companyId).orElse(null);
        Company company = companies.get(companyId);
        int reminded = 0;
        for (Row row : rows(scope, month)) {
            if (!row.done()) {
                reminded += send(companyId, company, month, deadline, row, freeText, true, byName) ? 1 : 0;
            }
        }
        audit.changed(Change.CONTENT_REMINDERS_SENT, null, List.of(NoticeMessages.month(month), String.valueOf(reminded)));
        return reminded;
    }

    @Transactional
    public Channels setChannels(AccessScope scope, long employeeId, Channels channels, String byName) {
        Employee employee = companies.employee(scope.companyId(), employeeId)
                .filter(found -> !subscriptions.ofEmployees(scope, List.of(employeeId)).isEmpty())
                .orElseThrow(() -> new NotFoundException("employee " + employeeId));
        if (channels.email() && (employee.email() == null || employee.email().isBlank())) {
            throw new InvalidInputException("email", "invoiceControl.notices.error.noEmail",
                    employee.name() + " has no e-mail address: e-mail cannot be turned on");
        }
        repository.saveChannels(scope.companyId(), employeeId, channels, clock.instant(), byName);
        audit.changed(Change.NOTICE_CHANNELS_SET, null, List.of(employee.name(), channelWords(channels)));
        return channels;
    }

    @Transactional
    public String setFreeText(long companyId, String text, String byName) {
        String cleaned = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (cleaned.length() > MAX_FREE_TEXT) {
            throw new InvalidInputException("freeText", "invoiceControl.notices.error.freeText",
                    "the free text is at most " + MAX_FREE_TEXT + " characters", MAX_FREE_TEXT);
        }
        repository.saveFreeText(companyId, cleaned, clock.instant(), byName);
        audit.changed(Change.NOTICE_TEXT_SAVED, null, List.of(cleaned.isEmpty() ? "–" : cleaned));
        return cleaned;
    }

    private boolean send(long companyId, Company company, YearMonth month, LocalDate deadline, Row row, String freeText,
            boolean reminder, String by) {
        boolean bySms = row.channels().sms() && row.msisdn() != null;
        boolean byEmail = row.channels().email() && row.email() != null && !row.email().isBlank();
        Instant now = clock.instant();
        NoticeRepository.Counts counts = new NoticeRepository.Counts(row.employeeId(), row.purchases(), row.unclassified(),
                row.byEmployee(), row.byAdministrator());
        if (!repository.record(companyId, row.employeeId(), month, reminder ? "REMINDER" : "NOTICE", now, bySms, byEmail, counts, by)) {
            return false; // told already: the notice goes once
        }
        NoticeMessages.Facts facts = new NoticeMessages.Facts(company.name(), firstName(row.name()), month,
                row.purchases(), row.unclassified(), deadline, links.linkFor(companyId, row.employeeId(), month, deadline), freeText,
                reminder);
        MessagePurpose purpose = reminder ? MessagePurpose.REMINDER : MessagePurpose.CONTENT_NOTICE;
        Locale language = company.language().locale();
        if (bySms) {
            sms.queue(companyId, row.employeeId(), purpose, new Msisdn(row.msisdn()), words.sms(facts, language));
        }
        if (byEmail) {
            NoticeMessages.Mail written = words.mail(facts, language);
            mail.queue(new OutgoingMail(companyId, row.employeeId(), purpose, row.email(), written.subject(), written.text(),
                    written.html()));
        }
        return bySms || byEmail;
    }

    /** Every employee of the scope with content purchases in M on a subscription whose profile is in force for M, by name. */
    private List<Row> rows(AccessScope scope, YearMonth month) {
        long companyId = scope.companyId();
        Map<Long, NoticeRepository.Counts> counts = repository.counts(scope, month, rules.profilesInForce(companyId, month).keySet());
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<Long, Sent> sent = repository.sent(companyId, month);
        Map<Long, Channels> chosen = repository.channels(companyId, counts.keySet());
        Map<Long, String> numbers = numbers(scope, counts.keySet());
        List<Row> rows = new ArrayList<>();
        for (Employee employee : companies.employees(companyId, counts.keySet(), 0, counts.size())) {
            NoticeRepository.Counts count = counts.get(employee.id());
            boolean hasEmail = employee.email() != null && !employee.email().isBlank();
            Channels channels = chosen.getOrDefault(employee.id(), new Channels(true, hasEmail));
            rows.add(new Row(employee.id(), employee.name(), employee.email(), numbers.get(employee.id()), count.purchases(),
                    count.unclassified(), count.byEmployee(), count.byAdministrator(), channels, chosen.containsKey(employee.id()),
                    sent.get(employee.id())));
        }
        rows.sort(Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** Each employee's number for SMS: their first subscription active today. */
    private Map<Long, String> numbers(AccessScope scope, java.util.Collection<Long> employeeIds) {
        LocalDate today = Oslo.today(clock);
        Map<Long, String> numbers = new HashMap<>();
        for (Subscription subscription : subscriptions.ofEmployees(scope, employeeIds)) {
            if (subscription.activeOn(today)) {
                numbers.putIfAbsent(subscription.employeeId(), subscription.msisdn().value());
            }
        }
        return numbers;
    }

    private boolean open(LocalDate deadline) {
        return !Oslo.today(clock).isAfter(deadline);
    }

    private static String firstName(String name) {
        String stripped = name == null ? "" : name.strip();
        int space = stripped.indexOf(' ');
        return space > 0 ? stripped.substring(0, space) : stripped;
    }

    private static String channelWords(Channels channels) {
        return channels.sms() && channels.email() ? "SMS og e-post" : channels.sms() ? "SMS" : channels.email() ? "e-post" : "ingen";
    }
}
