package no.bedriftsportal.usage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A connection (the file's, or cdr_seen's), worked by one other thread while the ingesting
 * thread rates. Plain JDBC, since the transaction's connection is bound to the ingesting
 * thread; that thread leaves the connection alone until {@link #await()}. Work the ingesting
 * thread is waiting for (a batch's preparation) goes before loads queued earlier, so that
 * rating never waits behind them. After a failure nothing more runs: the transaction is lost
 * anyway.
 */
final class DatabaseLane implements AutoCloseable {

    /** Chunks handed over and not yet loaded, at most: bounds the memory when rating runs ahead. */
    private static final int MAX_PENDING_LOADS = 2;

    private final ThreadPoolExecutor worker;
    private final List<CompletableFuture<?>> given = new ArrayList<>();
    private final ArrayDeque<CompletableFuture<?>> pendingLoads = new ArrayDeque<>();
    private long sequence;
    private volatile Throwable failure;

    DatabaseLane(String threadName) {
        worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new PriorityBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs before any load not yet started. */
    <T> CompletableFuture<T> urgently(Callable<T> work) {
        return run(0, work);
    }

    /** Runs after everything given before; waits first while {@link #MAX_PENDING_LOADS} loads are queued. */
    void load(Callable<Void> work) {
        pendingLoads.removeIf(CompletableFuture::isDone);
        while (pendingLoads.size() >= MAX_PENDING_LOADS) {
            pendingLoads.poll().join();
        }
        pendingLoads.add(run(1, work));
    }

    private <T> CompletableFuture<T> run(int priority, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        worker.execute(new Task(priority, sequence++, () -> {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                failure = e;
                result.completeExceptionally(e);
            }
        }));
        given.add(result);
        return result;
    }

    /** Waits for everything given; throws the first failure. */
    void await() {
        given.forEach(CompletableFuture::join);
    }

    /**
     * Stops the lane and its thread: what is queued is dropped, and what runs is waited for (even
     * when this thread is interrupted), so that the connection is the ingesting thread's alone
     * again (it may roll back on it next).
     */
    @Override
    public void close() {
        if (failure == null) {
            failure = new IllegalStateException("the ingest stopped");
        }
        worker.shutdownNow();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (!worker.awaitTermination(10, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("the database lane did not stop");
                    }
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Task(int priority, long sequence, Runnable work) implements Runnable, Comparable<Task> {

        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Task other) {
            return priority != other.priority ? Integer.compare(priority, other.priority)
                    : Long.compare(sequence, other.sequence);
        }
    }
}
