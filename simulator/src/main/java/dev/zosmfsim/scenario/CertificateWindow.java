package dev.zosmfsim.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the validity bounds a scenario gives a certificate: an ISO-8601 instant or a day offset like {@code -30d}. */
public final class CertificateWindow {

    private CertificateWindow() {
    }

    /** A bound as written: a fixed instant, or days from the start. */
    public record Bound(Instant instant, Duration offset) {

        /** Parses {@code 2026-01-31T00:00:00Z}, {@code -30d} or {@code 365d}. */
        public static Bound parse(String text) {
            String trimmed = text.trim();
            if (trimmed.matches("[+-]?\\d{1,5}d")) {
                long days = Long.parseLong(trimmed.substring(0, trimmed.length() - 1).replace("+", ""));
                return new Bound(null, Duration.ofDays(days));
            }
            try {
                return new Bound(Instant.parse(trimmed), null);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("expected an ISO-8601 instant such as 2026-01-31T00:00:00Z or a day"
                        + " offset such as -30d or 365d, got '" + text + "'");
            }
        }

        /** The instant this bound names when the certificate is issued at {@code start}. */
        public Instant at(Instant start) {
            return instant != null ? instant : start.plus(offset);
        }
    }
}
