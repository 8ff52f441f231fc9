package dev.zosmfsim.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the validity bounds a scenario gives a certificate: an ISO-8601 instant or a day offset like {@code -30d}. */
public final class CertificateWindow {

    private CertificateWindow() {
    }

    /** {@code text} as an instant; a day offset counts from {@code start}. */
    public static Instant instant(String text, Instant start) {
        String trimmed = text.trim();
        if (trimmed.matches("[+-]?\\d{1,5}d")) {
            long days = Long.parseLong(trimmed.substring(0, trimmed.length() - 1).replace("+", ""));
            return start.plus(Duration.ofDays(days));
        }
        try {
            return Instant.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an ISO-8601 instant such as 2026-01-31T00:00:00Z or a day"
                    + " offset such as -30d or 365d, got '" + text + "'");
        }
    }
}
