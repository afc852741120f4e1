package no.bedriftsportal.usage;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap still in use after each garbage collection while it watches (what is kept, not what is
 * garbage yet), against what was in use after a collection before: what the work watched held.
 */
final class HeapWatch implements AutoCloseable {

    private final long baseline;
    private final AtomicLong maxAfterCollection = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<Runnable> unregister = new ArrayList<>();

    HeapWatch() {
        System.gc();
        baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        NotificationListener listener = (Notification notification, Object handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                    .from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            maxAfterCollection.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) collector;
            emitter.addNotificationListener(listener, null, null);
            unregister.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // gone already
                }
            });
        }
    }

    /** The most the heap held after a collection, above what it held before; 0 when none ran. */
    long heldBytes() {
        return Math.max(0, maxAfterCollection.get() - baseline);
    }

    long collections() {
        return collections.get();
    }

    @Override
    public void close() {
        unregister.forEach(Runnable::run);
    }
}
