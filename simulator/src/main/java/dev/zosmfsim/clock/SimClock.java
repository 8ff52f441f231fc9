package dev.zosmfsim.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;

/**
 * The one clock of a simulated system. Every timeout, idle cancel, token expiry and log time stamp reads it.
 *
 * <p>Three modes: {@link Mode#SYSTEM} follows real time; {@link Mode#MANUAL} stands still until {@link #advance}
 * moves it; {@link Mode#SCALED} runs N times faster than real time. The mode can change while the clock runs; the
 * time shown never jumps when it does.
 *
 * <p>Code that waits for something asks {@link #when} for a future (no thread waits), or blocks in
 * {@link #awaitUntil}: either ends as soon as its condition holds, or when the clock passes the deadline, in any mode.
 * Whoever changes the state a waiter looks at calls {@link #signal()}.
 */
public final class SimClock {

    /** How the clock moves. */
    public enum Mode { SYSTEM, MANUAL, SCALED }

    private final Object lock = new Object();
    /**
     * How the clock moves now. Replaced whole (under {@code lock}) and read without a lock: {@link #now()} runs
     * several times per request on every thread, and must not make them queue.
     */
    private volatile Timeline timeline;
    /** Every wait on this clock, blocking or not, is one of these. */
    private final ClockWatches watches;
    /** Separate from {@code lock}: waking tests that wait for waiters must not wake the waiters themselves. */
    private final Object waitersChanged = new Object();

    /** The clock shows {@code base} at {@code baseNanos} of {@link System#nanoTime()} and moves as {@code mode} says. */
    private record Timeline(Mode mode, Instant base, long baseNanos, double scale) {
        Instant now() {
            switch (mode) {
                case MANUAL:
                    return base;
                case SYSTEM:
                    return base.plusNanos(System.nanoTime() - baseNanos);
                default:
                    return base.plusNanos((long) ((System.nanoTime() - baseNanos) * scale));
            }
        }
    }

    private SimClock(Mode mode, Instant start, double scale) {
        this.timeline = new Timeline(mode, start, System.nanoTime(), scale);
        this.watches = new ClockWatches(new ClockWatches.Timing() {
            @Override
            public Instant now() {
                return SimClock.this.now();
            }

            @Override
            public long realNanosUntil(Instant deadline) {
                return SimClock.this.realNanosUntil(deadline);
            }
        }, this::announceWaiters);
    }

    /** A clock that follows real time. */
    public static SimClock system() {
        return new SimClock(Mode.SYSTEM, Instant.now(), 1.0);
    }

    /** A clock that follows real time from {@code start}. */
    public static SimClock system(Instant start) {
        return new SimClock(Mode.SYSTEM, Objects.requireNonNull(start, "start"), 1.0);
    }

    /** A clock that starts at {@code start} and runs {@code factor} times faster than real time. */
    public static SimClock scaled(double factor, Instant start) {
        requireValidScale(factor);
        return new SimClock(Mode.SCALED, Objects.requireNonNull(start, "start"), factor);
    }

    /** A clock that starts at the current real time and moves only when {@link #advance} is called. */
    public static SimClock manual() {
        return manual(Instant.now());
    }

    /** A clock that starts at {@code start} and moves only when {@link #advance} is called. */
    public static SimClock manual(Instant start) {
        return new SimClock(Mode.MANUAL, Objects.requireNonNull(start, "start"), 1.0);
    }

    /** A clock that starts now and runs {@code factor} times faster than real time. */
    public static SimClock scaled(double factor) {
        requireValidScale(factor);
        return new SimClock(Mode.SCALED, Instant.now(), factor);
    }

    /** The current simulated time. */
    public Instant now() {
        return timeline.now();
    }

    public Mode mode() {
        return timeline.mode();
    }

    /** The speed-up factor: 1 for system and manual clocks. */
    public double scale() {
        Timeline current = timeline;
        return current.mode() == Mode.SCALED ? current.scale() : 1.0;
    }

    /** Moves a manual clock forward and wakes every waiter whose deadline has now passed. */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock cannot go back: " + duration);
        }
        synchronized (lock) {
            Timeline current = timeline;
            if (current.mode() != Mode.MANUAL) {
                throw new IllegalStateException("only a manual clock can be advanced; this clock is " + current.mode());
            }
            timeline = new Timeline(Mode.MANUAL, current.base().plus(duration), current.baseNanos(), 1.0);
        }
        watches.checkAll();
    }

    /** Switches to real time, continuing from the current simulated time. */
    public void useSystemTime() {
        switchTo(Mode.SYSTEM, 1.0);
    }

    /** Stops the clock at the current simulated time; from now on only {@link #advance} moves it. */
    public void useManualTime() {
        switchTo(Mode.MANUAL, 1.0);
    }

    /** Runs the clock {@code factor} times faster than real time, from the current simulated time. */
    public void useScaledTime(double factor) {
        requireValidScale(factor);
        switchTo(Mode.SCALED, factor);
    }

    /** Wakes every waiter so that it looks at its condition again. Call it after changing what waiters wait for. */
    public void signal() {
        watches.checkAll();
    }

    /**
     * How many waits are pending on this clock right now, blocked threads and futures alike (lets a test advance the
     * clock at the right moment).
     */
    public int waiters() {
        return watches.count();
    }

    /**
     * A future that completes with true as soon as {@code done} holds, or with false when the clock reaches
     * {@code deadline}, whichever comes first. No thread waits for it: {@link #signal()} and {@link #advance} look at
     * the condition again, and a running clock's one timer thread completes it at the deadline. Dependent stages run
     * on whichever thread completes it; hand them to an executor of your own if they do real work.
     */
    public CompletableFuture<Boolean> when(Instant deadline, BooleanSupplier done) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(done, "done");
        return watches.watch(deadline, done);
    }

    /** A future that completes when {@code duration} of simulated time has passed. */
    public CompletableFuture<Void> after(Duration duration) {
        return when(now().plus(duration), () -> false).thenApply(passed -> null);
    }

    /**
     * Waits until {@code done} holds or the clock reaches {@code deadline}, whichever comes first.
     *
     * @return true if {@code done} held, false if the deadline passed first
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitUntil(Instant deadline, BooleanSupplier done) throws InterruptedException {
        return join(when(deadline, done));
    }

    /**
     * Blocks until {@code future} (a wait on a clock, or work built on one) completes: its value, or its failure
     * rethrown as it was thrown. An interrupt cancels the future.
     */
    public static <T> T join(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(false);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Waits on the clock for {@code duration} of simulated time. */
    public void sleep(Duration duration) throws InterruptedException {
        awaitUntil(now().plus(duration), () -> false);
    }

    /**
     * Waits, in real time and at most {@code realTimeout}, until at least {@code count} threads wait on this clock.
     * Meant for tests that start a request and then advance a manual clock past its deadline.
     *
     * @return true if the waiters came in time
     */
    public boolean awaitWaiters(int count, Duration realTimeout) throws InterruptedException {
        long end = System.nanoTime() + realTimeout.toNanos();
        synchronized (waitersChanged) {
            while (waiters() < count) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                waitersChanged.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private void announceWaiters() {
        synchronized (waitersChanged) {
            waitersChanged.notifyAll();
        }
    }

    private void switchTo(Mode next, double factor) {
        synchronized (lock) {
            Instant shown = timeline.now();
            timeline = new Timeline(next, shown, System.nanoTime(), factor);
        }
        watches.rescheduleAll();
        watches.checkAll();
    }

    /** Real nanoseconds until the clock shows {@code deadline}; -1 on a manual clock (only an advance moves it). */
    private long realNanosUntil(Instant deadline) {
        Timeline current = timeline;
        if (current.mode() == Mode.MANUAL) {
            return -1;
        }
        Duration left = Duration.between(current.now(), deadline);
        // a far deadline is looked at again after about 11 days (and then again) rather than overflowing
        double simulatedNanos = left.isNegative() ? 0 : Math.min(left.getSeconds(), 1_000_000) * 1e9 + left.getNano();
        double realNanos = current.mode() == Mode.SCALED ? simulatedNanos / current.scale() : simulatedNanos;
        return (long) Math.ceil(realNanos);
    }

    private static void requireValidScale(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("the time scale must be a positive number, got " + factor);
        }
    }

    @Override
    public String toString() {
        return "SimClock[" + mode() + " " + now() + "]";
    }
}
