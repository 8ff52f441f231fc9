package dev.zosmfsim.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The waits on one clock, as futures rather than blocked threads: each completes with true once its condition holds
 * (looked at again on every signal and advance), or with false once the clock reaches its deadline. A clock that
 * moves by itself (system, scaled) has one timer thread for all deadlines; it ends when nothing waits. A manual
 * clock needs none: its advance completes what has come due.
 */
final class ClockWatches {

    /** How a deadline in simulated time maps to real time now: the clock's current mode and speed. */
    interface Timing {
        Instant now();

        /** Real nanoseconds until the clock shows {@code deadline}; negative on a clock that stands still. */
        long realNanosUntil(Instant deadline);
    }

    private final Timing timing;
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final Runnable onCountChanged;
    private ScheduledThreadPoolExecutor timer;

    ClockWatches(Timing timing, Runnable onCountChanged) {
        this.timing = timing;
        this.onCountChanged = onCountChanged;
    }

    /** One wait: a deadline, a condition and the future its waiter holds. */
    private final class Watch {
        final Instant deadline;
        final BooleanSupplier done;
        final CompletableFuture<Boolean> future = new CompletableFuture<>();
        ScheduledFuture<?> wakeUp;

        Watch(Instant deadline, BooleanSupplier done) {
            this.deadline = deadline;
            this.done = done;
        }

        /** Completes the watch if its condition holds or its deadline has passed; true if it is finished. */
        boolean check() {
            if (future.isDone()) {
                return true;
            }
            boolean held;
            try {
                held = done.getAsBoolean();
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
                return true;
            }
            if (held) {
                future.complete(true);
            } else if (!timing.now().isBefore(deadline)) {
                future.complete(false);
            }
            return future.isDone();
        }
    }

    /** A future for {@code done} or {@code deadline}, whichever comes first. */
    CompletableFuture<Boolean> watch(Instant deadline, BooleanSupplier done) {
        Watch watch = new Watch(deadline, done);
        watch.future.whenComplete((result, failure) -> forget(watch));
        watches.add(watch);
        onCountChanged.run();
        if (!watch.check()) {
            synchronized (this) {
                schedule(watch);
            }
        }
        return watch.future;
    }

    /** How many waits are pending. */
    int count() {
        return watches.size();
    }

    /** Looks at every pending condition and deadline again (after a signal, an advance or a change of mode). */
    void checkAll() {
        for (Watch watch : watches) {
            watch.check();
        }
    }

    /** The clock changed how it moves: every deadline gets a new wake-up time (or none on a manual clock). */
    synchronized void rescheduleAll() {
        for (Watch watch : watches) {
            if (watch.wakeUp != null) {
                watch.wakeUp.cancel(false);
                watch.wakeUp = null;
            }
            schedule(watch);
        }
    }

    private void schedule(Watch watch) {
        if (watch.future.isDone()) {
            return;
        }
        long nanos = timing.realNanosUntil(watch.deadline);
        if (nanos < 0) {
            return;
        }
        watch.wakeUp = timer().schedule(() -> {
            if (!watch.check()) {
                // woken a little early by rounding: look again when the clock should show the deadline
                synchronized (this) {
                    schedule(watch);
                }
            }
        }, Math.max(nanos, Duration.ofMillis(1).toNanos()), TimeUnit.NANOSECONDS);
    }

    private void forget(Watch watch) {
        watches.remove(watch);
        ScheduledFuture<?> wakeUp = watch.wakeUp;
        if (wakeUp != null) {
            wakeUp.cancel(false);
        }
        onCountChanged.run();
    }

    /** The one timer thread; it ends a few seconds after the last deadline and is made again when needed. */
    private ScheduledThreadPoolExecutor timer() {
        if (timer == null) {
            timer = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "SimClock-timer");
                thread.setDaemon(true);
                return thread;
            });
            timer.setKeepAliveTime(5, TimeUnit.SECONDS);
            timer.allowCoreThreadTimeOut(true);
            timer.setRemoveOnCancelPolicy(true);
        }
        return timer;
    }
}
