package no.bedriftsportal.costsharing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.ControlCharacters;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * The company's settings used by the cost-sharing rules (issue #14.3): working hours per weekday,
 * days closed every year, the content-classification deadline, what an unclassified purchase
 * counts as, and the pay types. Every save is a new version, so each usage month uses the one in
 * force for it ({@link RulesInForce#settings}). The yearly content threshold is configuration
 * ({@link CostSharingProperties}), not a setting.
 */
@Service
public class CostSharingSettingsService {

    private final RulesInForce rules;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    CostSharingSettingsService(RulesInForce rules, JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** The working hours in use now: the ones invoice control's rule "outside working hours" reads (IC4). */
    @Transactional(readOnly = true)
    public WorkingHours workingHours(AccessScope scope) {
        return current(scope).workingHours();
    }

    /**
     * Saves new working hours (Innstillinger → Firma, S2, #17.5) as a new version of these settings,
     * keeping the rest of them as they are: the company's working hours are one value, read by
     * invoice control and changed from either page. In the audit log with before and after.
     *
     * @param hours per weekday its hours as typed; a weekday missing is closed
     * @throws InvalidProfileException naming every bad weekday ({@code workingHours.MONDAY}, …)
     */
    @Transactional
    public SettingsVersion saveWorkingHours(AccessScope scope, Map<DayOfWeek, SettingsDraft.Hours> hours, String by) {
        CostSharingSettings before = current(scope);
        SettingsDraft kept = SettingsDraft.of(before);
        SettingsDraft draft = new SettingsDraft(hours, kept.closedDays(), kept.contentDeadlineDay(), kept.unclassifiedAs(),
                kept.deductionPayType(), kept.benefitPayType());
        SettingsVersion saved = save(scope, draft, by);
        String was = hoursWords(before.workingHours());
        String is = hoursWords(saved.settings().workingHours());
        if (!was.equals(is)) {
            audit.changed(Change.WORKING_HOURS_CHANGED, null, List.of(was, is));
        }
        return saved;
    }

    /** {@code man. 08:00–16:00, tir. 08:00–16:00}: the days open, in the log's words. */
    static String hoursWords(WorkingHours hours) {
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            WorkingHours.Span span = hours.days().get(day);
            if (span != null) {
                days.add(day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.forLanguageTag("nb")) + " "
                        + span.from() + "–" + span.to());
            }
        }
        return days.isEmpty() ? "–" : String.join(", ", days);
    }

    /** The latest settings saved, or the defaults when the company has saved none. */
    @Transactional(readOnly = true)
    public CostSharingSettings current(AccessScope scope) {
        return rules.latestSettings(scope.companyId());
    }

    /** The latest saved version, when the company has saved any. */
    @Transactional(readOnly = true)
    public Optional<SettingsVersion> latestVersion(AccessScope scope) {
        return jdbc.sql("""
                select version, saved_at, saved_by from costsharing_settings_version
                where company_id = :companyId order by version desc limit 1""")
                .param("companyId", scope.companyId())
                .query((rs, row) -> new SettingsVersion(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rules.latestSettings(scope.companyId())))
                .optional();
    }

    /**
     * Saves the settings as a new version, from now.
     *
     * @param by the name of who saves
     * @return the version saved
     * @throws InvalidProfileException naming every bad field
     */
    @Transactional
    public SettingsVersion save(AccessScope scope, SettingsDraft draft, String by) {
        return saveAt(scope, draft, by, clock.instant());
    }

    /**
     * {@link #save} as saved at {@code at}: for seeding history (the demo company's settings of the
     * past year), not for the pages or the API. Save in the order of {@code at}.
     */
    @Transactional
    public SettingsVersion saveAt(AccessScope scope, SettingsDraft draft, String by, java.time.Instant at) {
        CompanyWideRules.requireWholeCompany(scope);
        CostSharingSettings settings = check(draft);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('costsharing-settings:' || :companyId))")
                .param("companyId", scope.companyId()).query((rs, row) -> row).list();
        String[] json = RulesInForce.workingHoursJson(settings.workingHours());
        Timestamp now = Timestamp.from(at);
        int version = jdbc.sql("""
                insert into costsharing_settings_version (company_id, version, saved_at, saved_by, content_deadline_day,
                        unclassified_as, deduction_pay_type, benefit_pay_type, working_hours, closed_days)
                select :companyId, coalesce(max(version), 0) + 1, :savedAt, :savedBy, :deadline, :unclassified, :deduction,
                       :benefit, cast(:hours as jsonb), cast(:closed as jsonb)
                from costsharing_settings_version where company_id = :companyId
                returning version""")
                .param("companyId", scope.companyId()).param("savedAt", now).param("savedBy", by)
                .param("deadline", settings.contentDeadlineDay()).param("unclassified", settings.unclassifiedAs().name())
                .param("deduction", settings.deductionPayType()).param("benefit", settings.benefitPayType())
                .param("hours", json[0]).param("closed", json[1])
                .query(Integer.class).single();
        return new SettingsVersion(version, now.toInstant(), by, settings);
    }

    /** The settings the draft says, or every bad field named (fields: {@code workingHours.MONDAY}, {@code closedDays}, …). */
    static CostSharingSettings check(SettingsDraft draft) {
        List<InvalidInputException> errors = new ArrayList<>();
        Map<DayOfWeek, WorkingHours.Span> days = new EnumMap<>(DayOfWeek.class);
        draft.hours().forEach((day, hours) -> {
            LocalTime from = time(hours.from());
            LocalTime to = time(hours.to());
            if (from == null || to == null) {
                errors.add(new InvalidInputException("workingHours." + day.name(), "invoiceControl.settings.error.time",
                        "Write the time as hh:mm, for example 08:00"));
            } else if (!from.isBefore(to)) {
                errors.add(new InvalidInputException("workingHours." + day.name(), "invoiceControl.settings.error.order",
                        "The working day must end after it starts"));
            } else {
                days.put(day, new WorkingHours.Span(from, to));
            }
        });
        Set<MonthDay> closed = new LinkedHashSet<>();
        for (String text : draft.closedDays()) {
            MonthDay day = dayMonth(text);
            if (day == null) {
                errors.add(new InvalidInputException("closedDays", "invoiceControl.settings.error.closedDay",
                        "Write each closed day as dd.MM, for example 24.12", text.strip()));
                break;
            }
            closed.add(day);
        }
        int deadline = 0;
        try {
            deadline = Integer.parseInt(String.valueOf(draft.contentDeadlineDay()).strip());
        } catch (NumberFormatException e) {
            deadline = 0;
        }
        if (deadline < 1 || deadline > 28) {
            errors.add(new InvalidInputException("contentDeadlineDay", "invoiceControl.settings.error.deadline",
                    "The deadline is a day of the month from 1 to 28"));
        }
        Classification unclassified = null;
        try {
            unclassified = Classification.valueOf(String.valueOf(draft.unclassifiedAs()));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException("unclassifiedAs", "invoiceControl.settings.error.unclassified",
                    "Choose what an unclassified purchase counts as: PRIVATE or WORK"));
        }
        String deduction = payType(draft.deductionPayType(), "deductionPayType", errors);
        String benefit = payType(draft.benefitPayType(), "benefitPayType", errors);
        if (!errors.isEmpty()) {
            throw new InvalidProfileException(errors);
        }
        return new CostSharingSettings(deadline, unclassified, deduction, benefit, new WorkingHours(days, closed));
    }

    /** {@code 08:00}, {@code 8:00}, {@code 08.00} or {@code 8}; 24:00 is not a time of day. */
    static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.strip().replace('.', ':');
        if (cleaned.matches("\\d{1,2}")) {
            cleaned += ":00";
        }
        if (!cleaned.matches("\\d{1,2}:\\d{2}")) {
            return null;
        }
        String[] parts = cleaned.split(":");
        try {
            return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code 24.12} or {@code 24.12.} as a day every year; null when it is no such day. */
    static MonthDay dayMonth(String text) {
        String cleaned = text == null ? "" : text.strip().replaceFirst("\\.$", "");
        if (!cleaned.matches("\\d{1,2}[./]\\d{1,2}")) {
            return null;
        }
        String[] parts = cleaned.split("[./]");
        try {
            return MonthDay.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String payType(String text, String field, List<InvalidInputException> errors) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > 20 || ControlCharacters.in(value) || !value.matches("[\\p{L}\\p{N} ._/-]+")) {
            errors.add(new InvalidInputException(field, "invoiceControl.settings.error.payType",
                    "A pay type is up to 20 letters and digits, as the payroll system names it"));
            return null;
        }
        return value;
    }
}
