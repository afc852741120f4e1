package no.bedriftsportal.usage;

import java.time.Instant;

/**
 * A file in the ledger with its counts: {@code records = rated + duplicate + rejected}, always.
 *
 * @param alreadyIngested true when this delivery was the same content again, and changed nothing
 */
public record CdrFileSummary(long id, String name, String sha256, CdrSource source, Instant receivedAt, Instant processedAt,
        int records, int rated, int duplicate, int rejected, boolean alreadyIngested) {

    CdrFileSummary again() {
        return new CdrFileSummary(id, name, sha256, source, receivedAt, processedAt, records, rated, duplicate, rejected, true);
    }
}
