package no.bedriftsportal.usage;

/**
 * An ingest that gave way because the application is stopping ({@link IngestGate}): rolled back,
 * nothing of the file kept; a spool file stays in the spool to be taken again.
 */
public class IngestStopped extends RuntimeException {

    IngestStopped() {
        super("the application is stopping: the file was not ingested and is to be delivered again");
    }
}
