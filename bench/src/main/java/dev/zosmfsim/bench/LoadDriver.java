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
        return perSecond(connections, window, (counted, end) -> {
            try (HttpsConnection connection = target.connect()) {
                return countedLoop(() -> target.send(connection), counted, end);
            }
        });
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
        return perSecond(threads, window, (counted, end) -> countedLoop(() -> {
            HttpsConnection connection = target.connect();
            try {
                target.send(connection);
            } finally {
                connection.closeAndForgetSession();
            }
        }, counted, end));
    }

    /** One thread's share of a run: how many units it completed between {@code counted} and {@code end}. */
    @FunctionalInterface
    private interface Counting {
        long completed(long counted, long end) throws Exception;
    }

    /** One unit of work: a request, or a connection with its request. */
    @FunctionalInterface
    private interface Unit {
        void run() throws Exception;
    }

    /** Completions per second of the measured part of {@code window}, over {@code threads} threads. */
    private static double perSecond(int threads, Window window, Counting counting) throws Exception {
        long counted = System.nanoTime() + window.warmup().toNanos();
        long end = counted + window.measure().toNanos();
        long total = 0;
        for (long completed : onThreads(threads, index -> () -> counting.completed(counted, end))) {
            total += completed;
        }
        return total / window.seconds();
    }

    /** Runs {@code unit} until {@code end}, counting those that complete after {@code counted}. */
    private static long countedLoop(Unit unit, long counted, long end) throws Exception {
        long count = 0;
        for (long now = System.nanoTime(); now < end; ) {
            unit.run();
            now = System.nanoTime();
            if (now >= counted && now < end) {
                count++;
            }
        }
        return count;
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
