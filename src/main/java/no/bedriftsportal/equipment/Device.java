package no.bedriftsportal.equipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A device of the register (E1) as read, with the names its ids stand for.
 *
 * @param imei           15 digits, or null (then it has a serial number)
 * @param msisdn         the subscription's number (E.164), or null
 * @param holderName     the holder's name, or null when nobody holds it
 * @param customerNumber the department's customer number, or null (seen by super users only)
 */
public record Device(long companyId, long id, DeviceKind kind, String make, String model, String imei, String serialNumber,
        Long subscriptionId, String msisdn, Long employeeId, String holderName, Long customerAccountId, String customerNumber,
        String departmentName, LocalDate purchasedOn, BigDecimal price, String supplier, LocalDate warrantyEndsOn,
        DeviceStatus status, String notes, Instant createdAt, Instant updatedAt) {

    /** Make and model as one: {@code Apple iPhone 15}. */
    public String name() {
        return make + " " + model;
    }

    /** What identifies it: the IMEI, else the serial number. */
    public String identifier() {
        return imei != null ? imei : serialNumber;
    }
}
