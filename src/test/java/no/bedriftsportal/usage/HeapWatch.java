package no.bedriftsportal.usage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the work watched holds in the heap: every 250 ms a full collection, then the heap in use,
 * which is then what is alive (not garbage waiting for a collection); the most of it above what
 * was alive before. Full collections slow the work watched, and make the figure independent of
 * what other tests left in the heap.
 */
final class HeapWatch implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long baseline;
    private final AtomicLong maxAlive = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final Thread sampler;
    private volatile boolean watching = true;

    HeapWatch() {
        baseline = alive();
        sampler = new Thread(() -> {
            while (watching) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
                if (watching) {
                    maxAlive.accumulateAndGet(alive(), Math::max);
                    samples.incrementAndGet();
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private long alive() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The most the heap held alive while watched, above what it held before. */
    long heldBytes() {
        return Math.max(0, maxAlive.get() - baseline);
    }

    /** How often the heap was measured. */
    long samples() {
        return samples.get();
    }

    @Override
    public void close() {
        watching = false;
        sampler.interrupt();
        try {
            sampler.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
