package dev.zosmfsim.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

/**
 * How the simulator gives a load peak's memory back (issue 20): the pool's threads may all end once idle, one full
 * collection runs when a peak's connections have gone, and that collection lowers the heap's free ratios for itself
 * only. Times are given, not waited for.
 */
class MemoryAfterLoadTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void allThreadsAboveTheMinimumMayEndWithinOneIdleTimeout() {
        QueuedThreadPool pool = (QueuedThreadPool) TlsPort.threadPool(64);
        assertEquals(64, pool.getMaxThreads());
        assertEquals(2, pool.getMinThreads());
        assertEquals(TlsPort.THREAD_IDLE_MILLIS, pool.getIdleTimeout());
        // Jetty's default ends one thread per idle timeout: the 62 of a peak took five minutes to go
        assertEquals(64, pool.getMaxEvictCount());
    }

    @Test
    void oneCollectionRunsWhenAPeaksConnectionsHaveBeenGoneForThreeSeconds() {
        int[] collections = {0};
        MemoryAfterLoad memory = new MemoryAfterLoad(() -> collections[0]++);
        memory.observe(1_500, 0);
        memory.observe(400, SECOND);
        memory.observe(200, 2 * SECOND);
        memory.observe(200, 10 * SECOND);
        assertEquals(0, collections[0], "more than a tenth of the peak is still load");
        memory.observe(200, 11 * SECOND);
        memory.observe(3, 12 * SECOND);
        memory.observe(3, 14 * SECOND);
        assertEquals(0, collections[0], "gone for only 2 s");
        memory.observe(3, 15 * SECOND);
        assertEquals(1, collections[0]);
        memory.observe(3, 30 * SECOND);
        assertEquals(1, collections[0], "once per peak");
    }

    @Test
    void fewConnectionsAreNoPeak() {
        int[] collections = {0};
        MemoryAfterLoad memory = new MemoryAfterLoad(() -> collections[0]++);
        memory.observe(MemoryAfterLoad.PEAK - 1, 0);
        memory.observe(0, 10 * SECOND);
        memory.observe(0, 20 * SECOND);
        assertEquals(0, collections[0]);
    }

    @Test
    void theCollectionRunsWithLowFreeRatiosThatAreSetBackAfterIt() {
        FakeOptions options = new FakeOptions();
        new HeapGiveBack(options, () -> options.log.add("collect at " + options.values)).run();
        assertEquals(List.of("MinHeapFreeRatio=0", "MaxHeapFreeRatio=10",
                "collect at {MaxHeapFreeRatio=10, MinHeapFreeRatio=0}",
                "collect at {MaxHeapFreeRatio=10, MinHeapFreeRatio=0}", "MaxHeapFreeRatio=40", "MinHeapFreeRatio=20"),
                options.log);
        assertEquals(Map.of("MinHeapFreeRatio", "20", "MaxHeapFreeRatio", "40"), options.values);
    }

    @Test
    void settingsThatCannotBeChangedStillLeaveTheCollection() {
        FakeOptions options = new FakeOptions();
        options.refuse = true;
        List<String> collected = new ArrayList<>();
        new HeapGiveBack(options, () -> collected.add("collect")).run();
        new HeapGiveBack(null, () -> collected.add("collect without settings")).run();
        assertEquals(List.of("collect", "collect", "collect without settings", "collect without settings"), collected);
        assertEquals(Map.of("MinHeapFreeRatio", "20", "MaxHeapFreeRatio", "40"), options.values);
    }

    @Test
    void thisJvmsSettingsAreTheSameAfterTheCollection() {
        var vm = java.lang.management.ManagementFactory.getPlatformMXBean(
                com.sun.management.HotSpotDiagnosticMXBean.class);
        String min = vm.getVMOption(HeapGiveBack.MIN_FREE).getValue();
        String max = vm.getVMOption(HeapGiveBack.MAX_FREE).getValue();
        int[] collections = {0};
        new HeapGiveBack(HeapGiveBack.platformOptions(), () -> {
            assertEquals("10", vm.getVMOption(HeapGiveBack.MAX_FREE).getValue());
            collections[0]++;
        }).run();
        assertEquals(2, collections[0]);
        assertEquals(min, vm.getVMOption(HeapGiveBack.MIN_FREE).getValue());
        assertEquals(max, vm.getVMOption(HeapGiveBack.MAX_FREE).getValue());
    }

    /** The JVM's settings as a map, with a log of what was set, in order; or refusing every change. */
    private static final class FakeOptions implements HeapGiveBack.VmOptions {
        final Map<String, String> values = new java.util.TreeMap<>(Map.of("MinHeapFreeRatio", "20",
                "MaxHeapFreeRatio", "40"));
        final List<String> log = new ArrayList<>();
        boolean refuse;

        @Override
        public String get(String name) {
            return values.get(name);
        }

        @Override
        public void set(String name, String value) {
            if (refuse) {
                throw new IllegalArgumentException("not writeable: " + name);
            }
            values.put(name, value);
            log.add(name + "=" + value);
        }
    }
}
