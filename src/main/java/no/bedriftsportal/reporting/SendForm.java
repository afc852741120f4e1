package no.bedriftsportal.reporting;

import java.util.Arrays;
import java.util.List;

import no.bedriftsportal.shared.InvalidInputException;

/** What a report is sent with now or on a schedule: the recipients as typed and an optional message. */
final class SendForm {

    private SendForm() {
    }

    /** The addresses typed, split at commas, semicolons, spaces and line breaks; empty ones left out. */
    static List<String> addresses(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;\\s]+")).map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }

    /** The message, stripped; null when empty; refused when too long. */
    static String message(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String text = message.strip();
        if (text.length() > ScheduleForm.MAX_MESSAGE) {
            throw new InvalidInputException("message", "reports.send.error.message", "The message is at most 1000 characters",
                    ScheduleForm.MAX_MESSAGE);
        }
        return text;
    }
}
