package no.bedriftsportal.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A device's fields checked and resolved to the company's own ids, ready to be stored. */
record DeviceValues(DeviceKind kind, String make, String model, String imei, String serialNumber, Long subscriptionId,
        Long employeeId, String holderName, Long customerAccountId, LocalDate purchasedOn, BigDecimal price, String supplier,
        LocalDate warrantyEndsOn, DeviceStatus status, String notes) {

    /** Whether storing these over {@code device} would change nothing (an import's unchanged row). */
    boolean sameAs(Device device) {
        return kind == device.kind() && make.equals(device.make()) && model.equals(device.model())
                && java.util.Objects.equals(imei, device.imei()) && java.util.Objects.equals(serialNumber, device.serialNumber())
                && java.util.Objects.equals(subscriptionId, device.subscriptionId())
                && java.util.Objects.equals(employeeId, device.employeeId())
                && java.util.Objects.equals(customerAccountId, device.customerAccountId())
                && java.util.Objects.equals(purchasedOn, device.purchasedOn())
                && (price == null ? device.price() == null : device.price() != null && price.compareTo(device.price()) == 0)
                && java.util.Objects.equals(supplier, device.supplier())
                && java.util.Objects.equals(warrantyEndsOn, device.warrantyEndsOn()) && status == device.status()
                && java.util.Objects.equals(notes, device.notes());
    }
}
