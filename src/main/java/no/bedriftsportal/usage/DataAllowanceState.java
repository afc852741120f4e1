package no.bedriftsportal.usage;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A {@link DataAllowance} at rest, for the caller to store between files (one row per
 * subscription and month, plus one per extra package).
 *
 * @param packageUsedBytes bytes used of the plan's monthly package
 * @param extraPackages    in the order bought
 * @param blockedAt        when Datakontroll blocked data, or null when not blocked
 */
public record DataAllowanceState(YearMonth month, long packageUsedBytes, List<ExtraPackageBalance> extraPackages,
                                 Instant blockedAt) {

    public DataAllowanceState {
        Objects.requireNonNull(month, "month");
        extraPackages = List.copyOf(extraPackages);
        if (packageUsedBytes < 0) {
            throw new IllegalArgumentException("packageUsedBytes must be ≥ 0, was " + packageUsedBytes);
        }
    }
}
