package no.bedriftsportal.equipment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a device's history (E2): what happened on which day, the status and holder after it, and who
 * recorded it when.
 *
 * @param action the event's name: {@code REGISTERED}, {@code IMPORTED} or a {@link DeviceAction#event()}
 */
public record DeviceEvent(long id, String action, LocalDate effectiveOn, DeviceStatus status, Long employeeId,
        String holderName, String note, String recordedBy, Instant recordedAt) {
}
