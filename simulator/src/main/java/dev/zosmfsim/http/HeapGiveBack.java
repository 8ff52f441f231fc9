package dev.zosmfsim.http;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * The full collection {@link MemoryAfterLoad} runs when a load peak has gone, made to hand back all the heap the peak
 * grew. A collection alone keeps the heap at up to {@code MaxHeapFreeRatio} (40 % in {@code ./zosmf-sim}) free above
 * what is live, and the young generation in proportion to the old: after a thousand connections that was a heap of
 * 45 MB around 18 MB of live data, twice the 25 MB of a warmed-up simulator that never met a peak. So for this one
 * collection the free ratios are lowered (they are settings the JVM lets a running program change) and set back
 * right after it: the heap then grows again from what is live, as it did at the start, when it is needed.
 *
 * <p>Where the JVM has no such settings (no {@code jdk.management} module, or they cannot be set), the collection
 * runs as it is.
 */
final class HeapGiveBack implements Runnable {

    static final String MIN_FREE = "MinHeapFreeRatio";
    static final String MAX_FREE = "MaxHeapFreeRatio";
    /** The free share, in per cent, the heap keeps above its live data after this collection. */
    static final int GIVE_BACK_MAX_FREE = 10;

    /** The part of the JVM's settings this needs: read one, set one (a refusal is an exception). */
    interface VmOptions {
        String get(String name);

        void set(String name, String value);
    }

    private final VmOptions options;
    private final Runnable collect;

    HeapGiveBack(VmOptions options, Runnable collect) {
        this.options = options;
        this.collect = collect;
    }

    /** This JVM's settings and its full collection; the collection alone when the settings cannot be reached. */
    @SuppressWarnings("java:S1215") // an explicit collection, on purpose: see MemoryAfterLoad
    static HeapGiveBack ofThisVm() {
        return new HeapGiveBack(platformOptions(), System::gc);
    }

    @Override
    public void run() {
        // the settings are the whole JVM's: two simulators in one JVM (a test suite's) must not interleave, or the
        // second would read the lowered values and put them back for good
        synchronized (HeapGiveBack.class) {
            lowerCollectRestore();
        }
    }

    private void lowerCollectRestore() {
        String min = null;
        String max = null;
        try {
            if (options != null) {
                min = options.get(MIN_FREE);
                max = options.get(MAX_FREE);
                // the minimum first: the JVM refuses a maximum below the minimum in force
                options.set(MIN_FREE, "0");
                options.set(MAX_FREE, Integer.toString(GIVE_BACK_MAX_FREE));
            }
        } catch (RuntimeException refused) {
            // not settable here (another JVM, a security manager): the collection still gives back what it can
        }
        try {
            collect.run();
            // a second one: the first keeps what only soft references hold, as their age limit is counted from the
            // free heap the previous collection left, and the peak's heap had plenty (bench/NOTES.md, issue 20)
            collect.run();
        } finally {
            restore(max, min);
        }
    }

    private void restore(String max, String min) {
        try {
            // the maximum first, the reverse of lowering them
            if (max != null) {
                options.set(MAX_FREE, max);
            }
            if (min != null) {
                options.set(MIN_FREE, min);
            }
        } catch (RuntimeException refused) {
            // they were readable and settable a moment ago; nothing better to do than keep what is set
        }
    }

    /** This JVM's settings; null when it has none to offer. */
    static VmOptions platformOptions() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null) {
                return null;
            }
            return new VmOptions() {
                @Override
                public String get(String name) {
                    return vm.getVMOption(name).getValue();
                }

                @Override
                public void set(String name, String value) {
                    vm.setVMOption(name, value);
                }
            };
        } catch (LinkageError | RuntimeException unavailable) {
            return null;
        }
    }
}
