package dev.zosmfsim.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SimClockTest {

    private static final Instant START = Instant.parse("2026-06-28T16:43:02Z");

    @Test
    void manualClockStandsStillUntilAdvanced() {
        SimClock clock = SimClock.manual(START);
        assertEquals(START, clock.now());
        clock.advance(Duration.ofSeconds(60));
        assertEquals(START.plusSeconds(60), clock.now());
    }

    @Test
    void aWaiterWakesWhenTheManualClockPassesItsDeadline() throws Exception {
        SimClock clock = SimClock.manual(START);
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
            try {
                return clock.awaitUntil(START.plusSeconds(60), () -> false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(clock.awaitWaiters(1, Duration.ofSeconds(5)), "the waiter should be waiting");
        clock.advance(Duration.ofSeconds(59));
        assertFalse(waited.isDone(), "59 s is before the deadline");
        clock.advance(Duration.ofSeconds(1));
        assertFalse(waited.get(5, TimeUnit.SECONDS), "the deadline passed without the condition");
    }

    @Test
    void aWaiterWakesAtOnceWhenItsConditionIsSignalled() throws Exception {
        SimClock clock = SimClock.manual(START);
        AtomicBoolean arrived = new AtomicBoolean();
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
            try {
                return clock.awaitUntil(START.plusSeconds(3), arrived::get);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(clock.awaitWaiters(1, Duration.ofSeconds(5)));
        arrived.set(true);
        clock.signal();
        assertTrue(waited.get(5, TimeUnit.SECONDS));
        assertEquals(START, clock.now(), "no simulated time passed");
    }

    @Test
    void aScaledClockRunsFasterThanRealTime() throws Exception {
        SimClock clock = SimClock.scaled(1000);
        Instant before = clock.now();
        long realStart = System.nanoTime();
        clock.sleep(Duration.ofSeconds(60));
        long realMillis = (System.nanoTime() - realStart) / 1_000_000;
        assertTrue(Duration.between(before, clock.now()).getSeconds() >= 60);
        assertTrue(realMillis < 5_000, "60 simulated seconds at x1000 took " + realMillis + " ms of real time");
    }

    @Test
    void aWaiterOnAStoppedClockWakesWhenTheClockIsSwitchedToRunAndPassesItsDeadline() throws Exception {
        SimClock clock = SimClock.manual(START);
        Instant deadline = START.plusSeconds(30);
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
            try {
                return clock.awaitUntil(deadline, () -> false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(clock.awaitWaiters(1, Duration.ofSeconds(5)));
        clock.useScaledTime(1000);
        assertFalse(waited.get(5, TimeUnit.SECONDS), "the deadline passed; the condition never held");
        assertFalse(clock.now().isBefore(deadline), "woken no earlier than the deadline");
    }

    @Test
    void aFutureWaitHoldsNoThreadAndEndsOnItsConditionOrItsDeadline() throws Exception {
        SimClock clock = SimClock.manual(START);
        AtomicBoolean arrived = new AtomicBoolean();
        CompletableFuture<Boolean> signalled = clock.when(START.plusSeconds(15), arrived::get);
        CompletableFuture<Void> slept = clock.after(Duration.ofSeconds(10));
        assertEquals(2, clock.waiters(), "pending futures count as waiters");
        clock.signal();
        assertFalse(signalled.isDone(), "nothing changed");
        arrived.set(true);
        clock.signal();
        assertTrue(signalled.getNow(false), "the signal completes it at once, on the signalling thread");
        clock.advance(Duration.ofSeconds(9));
        assertFalse(slept.isDone());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(slept.isDone(), "the advance completes what has come due");
        assertEquals(0, clock.waiters());
    }

    @Test
    void aRunningClockCompletesFuturesAtTheirDeadlineOnItsTimer() throws Exception {
        SimClock clock = SimClock.scaled(1000, START);
        CompletableFuture<Boolean> waited = clock.when(clock.now().plusSeconds(30), () -> false);
        assertFalse(waited.get(5, TimeUnit.SECONDS), "30 simulated seconds pass in about 30 ms");
        assertFalse(clock.now().isBefore(START.plusSeconds(30)));
    }

    @Test
    void switchingModesKeepsTheTimeContinuous() {
        SimClock clock = SimClock.manual(START);
        clock.useScaledTime(10);
        assertFalse(clock.now().isBefore(START));
        clock.useManualTime();
        Instant stopped = clock.now();
        assertEquals(stopped, clock.now());
        assertEquals(SimClock.Mode.MANUAL, clock.mode());
    }

    @Test
    void onlyAManualClockCanBeAdvancedAndNeverBackwards() {
        assertThrows(IllegalStateException.class, () -> SimClock.system().advance(Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> SimClock.manual(START).advance(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> SimClock.scaled(0));
    }
}
