package no.bedriftsportal.costsharing;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

import no.bedriftsportal.shared.Oslo;

/**
 * One saved version of a profile.
 *
 * @param readyMade {@code STANDARD} or {@code PRIVATE_USE} for the two ready-made profiles, else null
 * @param savedBy   the name of who saved it ({@code system} for the ready-made first version)
 */
public record ProfileVersion(long profileId, int version, String name, ProfileRules rules, Instant savedAt,
        String savedBy, String readyMade) {

    public ProfileVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /**
     * The first usage month this version is in force for: the month of its invoice is the one after the
     * save ("Gjelder fra fakturaen for november 2026" for a save in November, which applies to usage in
     * November, invoiced on 1 December).
     */
    public YearMonth firstUsageMonth() {
        return Oslo.monthOf(savedAt);
    }
}
