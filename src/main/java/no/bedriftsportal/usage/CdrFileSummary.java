package no.bedriftsportal.usage;

import java.time.Instant;

/**
 * A file in the ledger with its counts: {@code records = rated + duplicate + rejected}, always. A
 * file refused whole counts nothing, and says why.
 *
 * @param sha256          null for a file that could not be read at all
 * @param alreadyIngested true when this delivery was the same content again, and changed nothing
 * @param refusedReason   why the file was refused whole; null when it was ingested
 */
public record CdrFileSummary(long id, String name, String sha256, CdrSource source, Instant receivedAt, Instant processedAt,
        int records, int rated, int duplicate, int rejected, boolean alreadyIngested, CdrFileStatus status,
        String refusedReason) {

    CdrFileSummary again() {
        return new CdrFileSummary(id, name, sha256, source, receivedAt, processedAt, records, rated, duplicate, rejected, true,
                status, refusedReason);
    }
}
