package dev.zosmfsim.http;

import dev.zosmfsim.clock.SimClock;
import java.time.Duration;

/**
 * What a fired fault rule asks of the response of one request, for the effects that act on the wire (dropping the
 * connection, cutting the body short, trickling it). Made per request by {@link FaultResponseHandler} before the
 * request reaches Javalin, filled in by {@link FaultFilter}.
 */
final class FaultOutcome {

    /** The request attribute that carries the outcome from Jetty's handler to Javalin's filter. */
    static final String ATTRIBUTE = "zosmf-sim.fault-outcome";

    enum Kind { NONE, DROP, TRUNCATE, TRICKLE }

    private volatile Kind kind = Kind.NONE;
    private volatile int bytes;
    private volatile Duration every = Duration.ZERO;
    private volatile SimClock clock;

    Kind kind() {
        return kind;
    }

    int bytes() {
        return bytes;
    }

    Duration every() {
        return every;
    }

    SimClock clock() {
        return clock;
    }

    void drop() {
        kind = Kind.DROP;
    }

    void truncateAfter(int count) {
        bytes = count;
        kind = Kind.TRUNCATE;
    }

    void trickle(int count, Duration interval, SimClock on) {
        bytes = count;
        every = interval;
        clock = on;
        kind = Kind.TRICKLE;
    }
}
