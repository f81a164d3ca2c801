package nl.gedeeldbeeld.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use over a measured section: the sum of each heap pool's peak since {@link #reset()}. This is
 * an upper bound of the live peak (pools peak at different moments), which is what a heap limit must cover.
 */
final class HeapWatch {
    private HeapWatch() {
    }

    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
