package dev.zosmfsim.tls;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A certificate's validity window. Settable so that expired and not-yet-valid certificates can be tested. */
public record Validity(Instant notBefore, Instant notAfter) {

    public Validity {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("a certificate must end after it starts: " + notBefore + " .. " + notAfter);
        }
    }

    /** Valid from a day before {@code now} (tolerates clock skew between client and simulator) for {@code length}. */
    public static Validity startingAround(Instant now, Duration length) {
        return new Validity(now.minus(Duration.ofDays(1)), now.plus(length));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }
}
