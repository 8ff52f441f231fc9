package dev.zosmfsim.http;

import java.util.concurrent.TimeUnit;

/**
 * Gives the memory of a load peak back once it has passed. The JVM keeps the heap it grew to under a thousand
 * connections, and collects an idle server's heap never: a laptop's simulator that once met a connection flood would
 * hold hundreds of MB for good. So when the connections that made a peak have gone (a tenth of it is left, for a few
 * seconds), one full collection runs, which also returns the free heap to the system ({@link HeapGiveBack}: the
 * server also empties its buffer pool first).
 */
final class MemoryAfterLoad {

    /** Fewer connections than this at the most are not a peak worth a collection. */
    static final int PEAK = 200;
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final Runnable collect;
    private int peak;
    private long quietSince = -1;

    MemoryAfterLoad(Runnable collect) {
        this.collect = collect;
    }

    /** Called now and then (by one thread) with the connections open now. */
    void observe(int connections, long nowNanos) {
        peak = Math.max(peak, connections);
        if (peak < PEAK || connections > peak / 10) {
            quietSince = -1;
            return;
        }
        if (quietSince < 0) {
            quietSince = nowNanos;
        } else if (nowNanos - quietSince >= QUIET_NANOS) {
            peak = 0;
            quietSince = -1;
            collect.run();
        }
    }
}
