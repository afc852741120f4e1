package no.bedriftsportal.equipment;

/**
 * What a user does to a device (E2), each a form with the day it happened; the words are
 * {@code equipment.action.<NAME>} and the history's {@code equipment.event.<event>}.
 */
public enum DeviceAction {
    /** To an employee (from stock, or from one employee to another). */
    HAND_OVER("HANDED_OVER"),
    /** From its holder back to stock. */
    TAKE_BACK("TAKEN_BACK"),
    SEND_TO_REPAIR("SENT_TO_REPAIR"),
    /** Back to its holder when it has one, else to stock. */
    BACK_FROM_REPAIR("BACK_FROM_REPAIR"),
    REPORT_LOST("REPORTED_LOST"),
    /** A lost device turned up: back to stock. */
    FOUND("FOUND"),
    RETIRE("RETIRED"),
    /** The holder buys it (it leaves the company's register as theirs). */
    SELL_TO_EMPLOYEE("SOLD_TO_EMPLOYEE");

    private final String event;

    DeviceAction(String event) {
        this.event = event;
    }

    /** The history's name of what happened. */
    public String event() {
        return event;
    }

    /** The action's name in a URL: {@code hand-over}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<DeviceAction> ofSlug(String slug) {
        for (DeviceAction action : values()) {
            if (action.slug().equals(slug)) {
                return java.util.Optional.of(action);
            }
        }
        return java.util.Optional.empty();
    }
}
