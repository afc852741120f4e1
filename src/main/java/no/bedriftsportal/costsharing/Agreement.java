package no.bedriftsportal.costsharing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee's written salary-deduction agreement (arbeidsmiljøloven § 14-15): when it was signed,
 * who recorded it and when, and the scanned copy attached, if any.
 *
 * @param fileName null when no file is attached
 */
public record Agreement(LocalDate signedOn, Instant recordedAt, String recordedBy, String fileName, String fileType, long fileSize) {

    public boolean hasFile() {
        return fileName != null;
    }
}
