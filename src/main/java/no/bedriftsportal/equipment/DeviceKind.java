package no.bedriftsportal.equipment;

/** What a device is (E1); its words are {@code equipment.kind.<NAME>}. */
public enum DeviceKind {
    PHONE, TABLET, LAPTOP, ROUTER, SIM, ACCESSORY
}
