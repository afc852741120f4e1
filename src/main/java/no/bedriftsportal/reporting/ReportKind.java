package no.bedriftsportal.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue (R1): every report, its group, the level and period it opens with, and which
 * kinds of period it reads. Its title and one-sentence description are the message keys
 * {@code reports.kind.<code>.title} and {@code .description}. The equipment list reads the
 * equipment register (issue #17).
 */
public enum ReportKind {
    COST_BY_TRAFFIC_TYPE(ReportGroup.TRAFFIC_TYPE, ReportLevel.DEPARTMENT, Periods.BOTH),
    USAGE_ABROAD(ReportGroup.TRAFFIC_TYPE, ReportLevel.USER, Periods.TIME),
    CONTENT_SERVICES(ReportGroup.TRAFFIC_TYPE, ReportLevel.USER, Periods.BOTH),
    COST_PER_DEPARTMENT(ReportGroup.PER_NUMBER, ReportLevel.DEPARTMENT, Periods.BOTH),
    COST_PER_USER(ReportGroup.PER_NUMBER, ReportLevel.USER, Periods.BOTH),
    USAGE_PER_USER(ReportGroup.PER_NUMBER, ReportLevel.USER, Periods.TIME),
    DATA_USAGE(ReportGroup.PER_NUMBER, ReportLevel.USER, Periods.TIME),
    EXTRA_PACKAGES(ReportGroup.PER_NUMBER, ReportLevel.USER, Periods.TIME),
    INVOICE_SPECIFICATION(ReportGroup.PER_NUMBER, ReportLevel.USER, Periods.INVOICE),
    SUBSCRIPTIONS(ReportGroup.PER_NUMBER, ReportLevel.USER, Periods.TIME),
    /** The equipment register (#17, E2) as it stands: every device with its fields; the period is not read. */
    EQUIPMENT_LIST(ReportGroup.PER_NUMBER, ReportLevel.USER, Periods.TIME),
    COST_SHARING(ReportGroup.PER_NUMBER, ReportLevel.USER, Periods.TIME),
    RUNNING_COST(ReportGroup.RUNNING, ReportLevel.USER, Periods.NONE);

    /** Which periods a report reads: days from the rollups, invoices' lines, both, or its own (running). */
    enum Periods {
        TIME, INVOICE, BOTH, NONE
    }

    private final ReportGroup group;
    private final ReportLevel defaultLevel;
    private final Periods periods;

    ReportKind(ReportGroup group, ReportLevel defaultLevel, Periods periods) {
        this.group = group;
        this.defaultLevel = defaultLevel;
        this.periods = periods;
    }

    public ReportGroup group() {
        return group;
    }

    public ReportLevel defaultLevel() {
        return defaultLevel;
    }

    /** As URLs spell it: {@code cost-per-user}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean readsTimePeriods() {
        return periods == Periods.TIME || periods == Periods.BOTH;
    }

    public boolean readsInvoicePeriods() {
        return periods == Periods.INVOICE || periods == Periods.BOTH;
    }

    /** The running report has its period built in: this month so far and the latest invoices. */
    public boolean hasPeriod() {
        return periods != Periods.NONE;
    }

    /** The period a report opens with. */
    public PeriodPreset defaultPeriod() {
        return periods == Periods.INVOICE ? PeriodPreset.LAST_INVOICES : PeriodPreset.LAST_MONTH;
    }

    public static Optional<ReportKind> byCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }

    public static List<ReportKind> in(ReportGroup group) {
        return Arrays.stream(values()).filter(kind -> kind.group == group).toList();
    }
}
