package no.bedriftsportal.reporting;

import java.util.List;
import java.util.stream.Collectors;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * Recipients a report may not go to, each with why ({@code reports.recipients.reason.<REASON>}),
 * so the form shows every refused address beside the field at once.
 */
public class InvalidRecipients extends InvalidInputException {

    private final transient List<Refused> refused;

    InvalidRecipients(List<Refused> refused) {
        super("recipients", refused.isEmpty() ? "reports.recipients.none" : "reports.recipients.refused",
                refused.isEmpty() ? "Give at least one recipient" : "Refused recipients: " + refused.stream()
                        .map(r -> r.address() + " (" + r.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")")
                        .collect(Collectors.joining(", ")),
                refused.stream().map(Refused::address).collect(Collectors.joining(", ")));
        this.refused = List.copyOf(refused);
    }

    public List<Refused> refused() {
        return refused;
    }

    /** Why an address is refused. */
    public enum Reason {
        /** Not an e-mail address. */
        MALFORMED,
        /** Neither at one of the company's domains nor a portal user's address. */
        OUTSIDE_COMPANY,
        /** More recipients than a report goes to at once. */
        TOO_MANY
    }

    public record Refused(String address, Reason reason) {
    }
}
