package no.bedriftsportal.reporting;

import java.util.Map;

import no.bedriftsportal.shared.InvalidInputException;

/** A schedule's fields as a form posts them ({@code schedule-fields.jte}): cadence, weekday, day, time, format, recipients, message. */
final class ScheduleFields {

    private ScheduleFields() {
    }

    static ScheduleForm read(Map<String, String> form) {
        return new ScheduleForm(ScheduleForm.cadence(form.get("cadence")), number(form.get("weekday"), "weekday"),
                number(form.get("dayOfMonth"), "dayOfMonth"), ScheduleForm.time(form.get("timeOfDay")),
                ReportActionsController.format(form.get("format")), SendForm.addresses(form.get("recipients")), form.get("message"));
    }

    private static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "reports.schedule.error." + ("weekday".equals(field) ? "weekday" : "day"),
                    "Not a number: " + value);
        }
    }
}
