package nl.gedeeldbeeld.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap use over a measured section, sampled every 10 ms by a daemon thread: the peak of heap in use
 * (live data and garbage not yet collected, bounded by -Xmx) and the peak live set (heap in use right after
 * a collection), which is what grows when an import holds more than one batch.
 */
final class HeapWatch implements AutoCloseable {
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterGc;

    private HeapWatch() {
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
    }

    static HeapWatch start() {
        System.gc();
        HeapWatch watch = new HeapWatch();
        watch.sampler.start();
        return watch;
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            long afterGc = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    afterGc += pool.getCollectionUsage().getUsed();
                }
            }
            peakAfterGc = Math.max(peakAfterGc, afterGc);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakUsedMiB() {
        return peakUsed / 1048576;
    }

    long peakLiveMiB() {
        return peakAfterGc / 1048576;
    }

    static long maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() / 1048576;
    }

    static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
