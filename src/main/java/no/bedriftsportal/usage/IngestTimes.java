package no.bedriftsportal.usage;

/**
 * Where a file's time went, for the debug log: the phases of the ingesting thread, and the
 * time each database lane spent on its jobs (each figure written by one lane only).
 */
final class IngestTimes {

    volatile long prepare;
    volatile long seen;
    volatile long events;
    volatile long rollups;

    private final StringBuilder phases = new StringBuilder();
    private long last = System.nanoTime();

    /** Ends a phase of the ingesting thread. */
    void done(String phase) {
        long now = System.nanoTime();
        phases.append(phase).append(' ').append((now - last) / 1_000_000).append(" ms, ");
        last = now;
    }

    /** What the lanes did, so far. */
    String lanes() {
        return "load lane: prepare %d ms, events %d ms, rollups %d ms; seen lane: %d ms".formatted(prepare / 1_000_000,
                events / 1_000_000, rollups / 1_000_000, seen / 1_000_000);
    }

    @Override
    public String toString() {
        return phases.toString();
    }
}
