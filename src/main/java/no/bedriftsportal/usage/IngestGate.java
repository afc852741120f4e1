package no.bedriftsportal.usage;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Lets ingests run until the application stops. Stopping (SIGTERM) is the first phase of the
 * shutdown: from then on no ingest starts, and one running gives way at its next
 * {@link #checkpoint()} (every read of the file, some 64 KiB, so well within a second), rolls back
 * and leaves its file to be delivered again; the stop is done when the last one has. Spring waits
 * {@code spring.lifecycle.timeout-per-shutdown-phase} (30 s) for that, before the web server, the
 * scheduler and the connection pool are stopped.
 */
@Component
public class IngestGate implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IngestGate.class);

    private volatile boolean stopping;
    private int running;

    /** Enters an ingest; close the ticket when it is over. Throws {@link IngestStopped} once the application stops. */
    synchronized Ticket enter() {
        if (stopping) {
            throw new IngestStopped();
        }
        running++;
        return this::leave;
    }

    private synchronized void leave() {
        running--;
        notifyAll();
    }

    /** Throws {@link IngestStopped} when the ingest is to give way: the application stops, or its thread was interrupted. */
    void checkpoint() {
        if (stopping || Thread.currentThread().isInterrupted()) {
            throw new IngestStopped();
        }
    }

    boolean stopping() {
        return stopping;
    }

    @Override
    public synchronized void start() {
        stopping = false;
    }

    @Override
    public void stop(Runnable done) {
        stopping = true;
        Thread waiting = new Thread(() -> {
            awaitIngests();
            done.run();
        }, "cdr-ingest-stop");
        waiting.setDaemon(true);
        waiting.start();
    }

    @Override
    public void stop() {
        stopping = true;
        awaitIngests();
    }

    private synchronized void awaitIngests() {
        if (running > 0) {
            log.info("Stopping: {} CDR ingest(s) give way and roll back; their files are to be delivered again", running);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (running > 0 && System.nanoTime() < deadline) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return !stopping;
    }

    /** First to stop: before the web server's graceful shutdown, so that an upload being ingested gives way too. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    /** An ingest in progress. */
    interface Ticket extends AutoCloseable {
        @Override
        void close();
    }
}
