package no.bedriftsportal.reporting;

/**
 * How often a schedule sends its report (R4): once after each month's invoice run, weekly on a
 * weekday, or monthly on a day of the month; each at an Oslo time of day.
 */
public enum Cadence {
    AFTER_INVOICE, WEEKLY, MONTHLY
}
