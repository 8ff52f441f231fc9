package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.clock.SimClock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * A client call that waits on the simulator's manual clock (a console timeout, a collection window): it runs in the
 * background until the simulator waits on the clock; the test then moves the clock and reads the result.
 */
final class ClockedCall<T> {

    private final CompletableFuture<T> result;
    private final SimClock clock;

    private ClockedCall(CompletableFuture<T> result, SimClock clock) {
        this.result = result;
        this.clock = clock;
    }

    /** Starts {@code call} and returns once the simulator waits on {@code clock} for it (at most 30 s real time). */
    static <T> ClockedCall<T> start(SimClock clock, Callable<T> call) throws InterruptedException {
        int waitingBefore = clock.waiters();
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return call.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        assertTrue(clock.awaitWaiters(waitingBefore + 1, Duration.ofSeconds(30)) || result.isDone(),
                "the simulator never waited on its clock for the call");
        return new ClockedCall<>(result, clock);
    }

    ClockedCall<T> advance(Duration duration) {
        clock.advance(duration);
        return this;
    }

    /**
     * Whether the call is still unanswered half a second (real time) after the last move of the clock: a simulator
     * that answers when the clock passes a deadline does so at once.
     */
    boolean stillWaiting() throws Exception {
        try {
            result.get(500, TimeUnit.MILLISECONDS);
            return false;
        } catch (java.util.concurrent.TimeoutException e) {
            return true;
        }
    }

    /** The answer, which must come within 30 s of real time. */
    T result() throws Exception {
        return result.get(30, TimeUnit.SECONDS);
    }
}
