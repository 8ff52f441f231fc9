package dev.zosmfsim.faults;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/** What a firing rule does to the request. The HTTP layer carries each effect out. */
public sealed interface FaultEffect {

    /** A short name for listings and the firing journal. */
    String describe();

    /** The request waits this long on the simulator clock, then is answered normally. */
    record Delay(Duration duration) implements FaultEffect {
        public Delay {
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public String describe() {
            return "delay " + duration;
        }
    }

    /** The request is answered with this status and JSON body instead of being handled. */
    record Error(int status, Map<String, Object> body) implements FaultEffect {
        public Error {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("error: expected an HTTP status from 400 to 599, got " + status);
            }
            body = body == null ? Map.of() : Map.copyOf(body);
        }

        @Override
        public String describe() {
            return "error " + status;
        }
    }

    /** 503, as when z/OSMF is down. */
    record Unavailable() implements FaultEffect {
        @Override
        public String describe() {
            return "unavailable";
        }
    }

    /** The connection is closed without any response; the request is not handled. */
    record Drop() implements FaultEffect {
        @Override
        public String describe() {
            return "drop";
        }
    }

    /** The request is handled, but the response stops after {@code bytes} bytes of its body and the connection closes. */
    record Truncate(int bytes) implements FaultEffect {
        public Truncate {
            if (bytes < 0) {
                throw new IllegalArgumentException("truncate: expected a byte count of 0 or more, got " + bytes);
            }
        }

        @Override
        public String describe() {
            return "truncate after " + bytes + " bytes";
        }
    }

    /** New connections get no TLS handshake: the client's connect or handshake timeout fires. */
    record StallHandshake() implements FaultEffect {
        @Override
        public String describe() {
            return "stall handshake";
        }
    }

    /** The response body is sent {@code bytes} at a time, one piece every {@code every} on the simulator clock. */
    record Trickle(int bytes, Duration every) implements FaultEffect {
        public Trickle {
            if (bytes < 1) {
                throw new IllegalArgumentException("trickle: expected bytes of 1 or more, got " + bytes);
            }
            Objects.requireNonNull(every, "every");
        }

        @Override
        public String describe() {
            return "trickle " + bytes + " bytes every " + every;
        }
    }
}
