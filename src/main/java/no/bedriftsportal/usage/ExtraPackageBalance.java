package no.bedriftsportal.usage;

import java.time.Instant;
import java.util.Objects;

/** An extra data package bought in a month, and how much of it is used. */
public record ExtraPackageBalance(String code, long sizeBytes, Instant boughtAt, Payer payer, long usedBytes) {

    public ExtraPackageBalance {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(boughtAt, "boughtAt");
        Objects.requireNonNull(payer, "payer");
        if (sizeBytes <= 0 || usedBytes < 0 || usedBytes > sizeBytes) {
            throw new IllegalArgumentException(
                    "extra package " + code + ": need 0 ≤ used ≤ size, was " + usedBytes + " of " + sizeBytes);
        }
    }

    public long remainingBytes() {
        return sizeBytes - usedBytes;
    }

    ExtraPackageBalance use(long bytes) {
        return new ExtraPackageBalance(code, sizeBytes, boughtAt, payer, usedBytes + bytes);
    }
}
