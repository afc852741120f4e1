package no.bedriftsportal.equipment;

import static no.bedriftsportal.equipment.DeviceAction.BACK_FROM_REPAIR;
import static no.bedriftsportal.equipment.DeviceAction.FOUND;
import static no.bedriftsportal.equipment.DeviceAction.HAND_OVER;
import static no.bedriftsportal.equipment.DeviceAction.REPORT_LOST;
import static no.bedriftsportal.equipment.DeviceAction.RETIRE;
import static no.bedriftsportal.equipment.DeviceAction.SELL_TO_EMPLOYEE;
import static no.bedriftsportal.equipment.DeviceAction.SEND_TO_REPAIR;
import static no.bedriftsportal.equipment.DeviceAction.TAKE_BACK;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * The state machine of a device (E2): which actions each status allows and where each leads. A device in use is
 * taken back before it is retired (so its holder's hand-back is on record); a retired or sold device is final.
 *
 * <pre>
 * IN_STOCK  → hand over → IN_USE; repair → IN_REPAIR; lost → LOST; retire → RETIRED
 * IN_USE    → hand over (another holder) → IN_USE; take back → IN_STOCK; repair; lost; sell → SOLD_TO_EMPLOYEE
 * IN_REPAIR → back from repair → IN_USE (with a holder) or IN_STOCK; lost; retire
 * LOST      → found → IN_STOCK; retire
 * </pre>
 */
public final class DeviceLifecycle {

    private static final Map<DeviceStatus, Set<DeviceAction>> ALLOWED = Map.of(
            DeviceStatus.IN_STOCK, EnumSet.of(HAND_OVER, SEND_TO_REPAIR, REPORT_LOST, RETIRE),
            DeviceStatus.IN_USE, EnumSet.of(HAND_OVER, TAKE_BACK, SEND_TO_REPAIR, REPORT_LOST, SELL_TO_EMPLOYEE),
            DeviceStatus.IN_REPAIR, EnumSet.of(BACK_FROM_REPAIR, REPORT_LOST, RETIRE),
            DeviceStatus.LOST, EnumSet.of(FOUND, RETIRE),
            DeviceStatus.RETIRED, EnumSet.noneOf(DeviceAction.class),
            DeviceStatus.SOLD_TO_EMPLOYEE, EnumSet.noneOf(DeviceAction.class));

    private DeviceLifecycle() {
    }

    /** The actions a device in this status offers, in the order the page shows them. */
    public static Set<DeviceAction> allowed(DeviceStatus status) {
        return EnumSet.copyOf(ALLOWED.get(status));
    }

    /**
     * The status after {@code action}; refused (naming the field {@code action}) when the status does not allow it.
     *
     * @param holderAfter whether the device has a holder once the action is done (hand over names one; back from
     *                    repair returns it to the holder it had)
     */
    public static DeviceStatus next(DeviceStatus from, DeviceAction action, boolean holderAfter) {
        if (!ALLOWED.get(from).contains(action)) {
            throw new InvalidInputException("action", "equipment.action.refused",
                    action + " is not possible for a device that is " + from, from.name(), action.name());
        }
        return switch (action) {
            case HAND_OVER -> DeviceStatus.IN_USE;
            case TAKE_BACK, FOUND -> DeviceStatus.IN_STOCK;
            case SEND_TO_REPAIR -> DeviceStatus.IN_REPAIR;
            case BACK_FROM_REPAIR -> holderAfter ? DeviceStatus.IN_USE : DeviceStatus.IN_STOCK;
            case REPORT_LOST -> DeviceStatus.LOST;
            case RETIRE -> DeviceStatus.RETIRED;
            case SELL_TO_EMPLOYEE -> DeviceStatus.SOLD_TO_EMPLOYEE;
        };
    }
}
