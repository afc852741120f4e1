package no.bedriftsportal.equipment;

import java.util.List;

import no.bedriftsportal.customer.CustomerAccount;

/** The equipment list page (E2): one page of devices, the filters' choices, the replacement age, a flash message. */
public record EquipmentListView(DevicePage devices, List<CustomerAccount> accounts, int replacementMonths, String flash) {

    public DeviceQuery query() {
        return devices.query();
    }
}
