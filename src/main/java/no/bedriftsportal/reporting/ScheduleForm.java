package no.bedriftsportal.reporting;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * A schedule as the form and the API give it, checked field by field (recipients are checked
 * against the company's addresses by {@link RecipientRules}).
 *
 * @param weekday    1–7 (Monday first) for a weekly schedule, ignored otherwise
 * @param dayOfMonth 1–28 or {@link ReportSchedule#LAST_DAY} (any day up to 31 reads as the month's last
 *                   when the month is shorter) for a monthly schedule, ignored otherwise
 * @param message    a text added above the report's heading in the mail, or null
 */
record ScheduleForm(Cadence cadence, Integer weekday, Integer dayOfMonth, LocalTime timeOfDay, ReportFormat format,
        List<String> recipients, String message) {

    static final int MAX_MESSAGE = 1000;

    ScheduleForm {
        if (cadence == null) {
            throw new InvalidInputException("cadence", "reports.schedule.error.cadence", "Choose when the report is sent");
        }
        weekday = cadence == Cadence.WEEKLY ? weekday : null;
        dayOfMonth = cadence == Cadence.MONTHLY ? dayOfMonth : null;
        if (cadence == Cadence.WEEKLY && (weekday == null || weekday < 1 || weekday > 7)) {
            throw new InvalidInputException("weekday", "reports.schedule.error.weekday", "Choose a weekday");
        }
        if (cadence == Cadence.MONTHLY && (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > ReportSchedule.LAST_DAY)) {
            throw new InvalidInputException("dayOfMonth", "reports.schedule.error.day", "Choose a day of the month, 1–28 or the last");
        }
        if (timeOfDay == null) {
            throw new InvalidInputException("timeOfDay", "reports.schedule.error.time", "A time of day is hh:mm");
        }
        timeOfDay = timeOfDay.withSecond(0).withNano(0);
        if (format == null) {
            format = ReportFormat.EXCEL;
        }
        recipients = List.copyOf(recipients);
        message = SendForm.message(message);
    }

    /** Reads a time of day as the form and the API spell it: {@code 07:00}. */
    static LocalTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("timeOfDay", "reports.schedule.error.time", "A time of day is hh:mm");
        }
    }

    /** Reads a cadence by its name; a wrong one as none chosen. */
    static Cadence cadence(String value) {
        try {
            return value == null ? null : Cadence.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
