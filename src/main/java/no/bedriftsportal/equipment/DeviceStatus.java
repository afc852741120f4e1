package no.bedriftsportal.equipment;

/**
 * Where a device is in its life (E1); its words are {@code equipment.status.<NAME>}. {@link #RETIRED} and
 * {@link #SOLD_TO_EMPLOYEE} are final: the device has left the company.
 */
public enum DeviceStatus {
    IN_USE, IN_STOCK, IN_REPAIR, LOST, RETIRED, SOLD_TO_EMPLOYEE;

    public boolean active() {
        return this != RETIRED && this != SOLD_TO_EMPLOYEE;
    }
}
