package no.bedriftsportal.equipment;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.web.PageContext;

/**
 * A device's page (E1, E2): its fields, its history newest first, and a form per action its status allows; a
 * refused action shows its form again with the problems ({@code failedAction}) and what was typed.
 */
public record DeviceView(Device device, List<DeviceEvent> history, Set<DeviceAction> actions, List<Employee> employees,
        DeviceAction failedAction, ActionInput typed, Map<String, FieldProblem> problems, String flash) {

    public boolean failed(DeviceAction action) {
        return action == failedAction;
    }

    public String value(DeviceAction action, String field) {
        if (action != failedAction || typed == null) {
            return "";
        }
        return switch (field) {
            case "effectiveOn" -> DeviceCheck.parseDate(typed.effectiveOn()).map(Object::toString).orElse(typed.effectiveOn());
            case "holder" -> typed.holder();
            default -> typed.note();
        };
    }

    public String error(PageContext page, DeviceAction action, String field) {
        if (action != failedAction) {
            return null;
        }
        FieldProblem problem = problems.get(field);
        return problem == null ? null : page.t(problem.messageKey(), problem.arguments().toArray());
    }

    /** Whether the action's form asks for the employee it goes to. */
    public static boolean needsHolder(DeviceAction action) {
        return action == DeviceAction.HAND_OVER;
    }
}
