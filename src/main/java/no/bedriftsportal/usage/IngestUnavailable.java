package no.bedriftsportal.usage;

/**
 * A file not ingested because the database is away ({@link DatabaseOutage}): nothing of it was
 * kept, and it is to be delivered again (the spool pauses and tries again by itself).
 */
public class IngestUnavailable extends RuntimeException {

    IngestUnavailable(String file, Throwable cause) {
        super("the database is not reachable, so " + file + " was not ingested: " + DatabaseOutage.describe(cause), cause);
    }
}
