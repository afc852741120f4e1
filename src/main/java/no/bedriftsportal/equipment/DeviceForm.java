package no.bedriftsportal.equipment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.web.PageContext;

/**
 * The register and change forms (E1): the values as typed, each field's problem, and the choices (holders,
 * departments). A refused form shows again with everything the user typed and the message next to the field.
 *
 * @param device the device being changed, or null to register one
 */
public record DeviceForm(Device device, DeviceInput input, Map<String, FieldProblem> problems, List<Employee> employees,
        List<CustomerAccount> accounts, boolean superUser) {

    public DeviceForm {
        problems = Map.copyOf(problems);
    }

    static DeviceForm of(Device device, DeviceInput input, List<FieldProblem> problems, List<Employee> employees,
            List<CustomerAccount> accounts, boolean superUser) {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem));
        return new DeviceForm(device, input, byField, employees, accounts, superUser);
    }

    /** The form's values for a device being changed: dates as a date field wants them, the price with a comma. */
    static DeviceInput inputOf(Device device) {
        return new DeviceInput(device.kind().name(), device.make(), device.model(), nullToEmpty(device.imei()),
                nullToEmpty(device.serialNumber()), device.msisdn() == null ? "" : Msisdn.of(device.msisdn()).national(),
                device.employeeId() == null ? "" : "id:" + device.employeeId(), nullToEmpty(device.customerNumber()),
                device.purchasedOn() == null ? "" : device.purchasedOn().toString(),
                device.price() == null ? "" : device.price().toPlainString().replace('.', ','), nullToEmpty(device.supplier()),
                device.warrantyEndsOn() == null ? "" : device.warrantyEndsOn().toString(), device.status().name(),
                nullToEmpty(device.notes()));
    }

    public boolean editing() {
        return device != null;
    }

    public String value(String field) {
        return input.value(field);
    }

    /** A date field's value: ISO when the typed text is a date, else the text as typed. */
    public String dateValue(String field) {
        return DeviceCheck.parseDate(input.value(field)).map(Object::toString).orElse(input.value(field));
    }

    public boolean invalid(String field) {
        return problems.containsKey(field);
    }

    public String error(PageContext page, String field) {
        FieldProblem problem = problems.get(field);
        return problem == null ? null : page.t(problem.messageKey(), problem.arguments().toArray());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
