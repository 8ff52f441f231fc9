package dev.zosmfsim.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives a {@link Target} with several blocking connections, each on its own thread, in three ways: as fast as it
 * answers (requests per second at saturation), at a fixed rate (latency, timed from when each request was due, so
 * that a slow answer also counts against the requests queued behind it), and with a new connection and full TLS
 * handshake per request (connections per second). Every run has a warm-up that is not counted, and every run is
 * bounded in time.
 */
public final class LoadDriver {

    /** A measuring window: {@code warmup} not counted, then {@code measure} counted. */
    public record Window(Duration warmup, Duration measure) {
        double seconds() {
            return measure.toNanos() / 1e9;
        }
    }

    /** Latencies of a fixed-rate run, in nanoseconds, and the rate that was asked for. */
    public record Latencies(long[] nanos, int ratePerSecond) {
        public double percentileMillis(double percent) {
            return Samples.percentile(nanos.clone(), percent) / 1e6;
        }
    }

    private LoadDriver() {
    }

    /** Requests per second with {@code connections} keep-alive connections sending back to back. */
    public static double saturation(Target target, int connections, Window window) throws Exception {
        long start = System.nanoTime();
        long counted = start + window.warmup().toNanos();
        long end = counted + window.measure().toNanos();
        long total = 0;
        for (long completed : onThreads(connections, index -> () -> {
            long count = 0;
            try (HttpsConnection connection = target.connect()) {
                for (long now = System.nanoTime(); now < end; ) {
                    target.send(connection);
                    now = System.nanoTime();
                    if (now >= counted && now < end) {
                        count++;
                    }
                }
            }
            return count;
        })) {
            total += completed;
        }
        return total / window.seconds();
    }

    /**
     * Latencies at {@code ratePerSecond}, spread over {@code connections} connections whose send times interleave
     * evenly.
     */
    public static Latencies fixedRate(Target target, int connections, int ratePerSecond, Window window)
            throws Exception {
        long periodPerConnection = Math.round(connections * 1e9 / ratePerSecond);
        long start = System.nanoTime() + 20_000_000;
        long counted = start + window.warmup().toNanos();
        long end = counted + window.measure().toNanos();
        List<long[]> perConnection = onThreads(connections, index -> () -> {
            long[] latencies = new long[(int) (window.measure().toNanos() / periodPerConnection) + 2];
            int recorded = 0;
            try (HttpsConnection connection = target.connect()) {
                for (long due = start + index * periodPerConnection / connections; due < end;
                        due += periodPerConnection) {
                    waitUntil(due);
                    target.send(connection);
                    long latency = System.nanoTime() - due;
                    if (due >= counted && recorded < latencies.length) {
                        latencies[recorded++] = latency;
                    }
                }
            }
            return java.util.Arrays.copyOf(latencies, recorded);
        });
        long[] all = perConnection.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new Latencies(all, ratePerSecond);
    }

    /** Connections per second when every request opens a new connection with a full handshake and closes it. */
    public static double newConnections(Target target, int threads, Window window) throws Exception {
        long start = System.nanoTime();
        long counted = start + window.warmup().toNanos();
        long end = counted + window.measure().toNanos();
        long total = 0;
        for (long completed : onThreads(threads, index -> () -> {
            long count = 0;
            for (long now = System.nanoTime(); now < end; ) {
                HttpsConnection connection = target.connect();
                try {
                    target.send(connection);
                } finally {
                    connection.closeAndForgetSession();
                }
                now = System.nanoTime();
                if (now >= counted && now < end) {
                    count++;
                }
            }
            return count;
        })) {
            total += completed;
        }
        return total / window.seconds();
    }

    private static void waitUntil(long due) {
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            if (left > 100_000) {
                LockSupport.parkNanos(left - 50_000);
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** A task for connection {@code index}. */
    @FunctionalInterface
    interface PerThread<T> {
        Callable<T> task(int index);
    }

    /** Runs one task per thread and returns their results; the first failure fails the run. */
    static <T> List<T> onThreads(int threads, PerThread<T> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "load-driver");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(tasks.task(i)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(10, TimeUnit.MINUTES));
            }
            return results;
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
