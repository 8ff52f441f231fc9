package dev.zosmfsim.console;

import java.util.Locale;

/**
 * Where an unsolicited-message detection stands: still looking, found, looked for its whole detect-time without
 * finding, or (a synchronous detection) not found within its unsol-detect-timeout.
 */
public enum DetectionStatus {
    WAITING, DETECTED, EXPIRED, TIMEOUT;

    /** The status as z/OSMF's JSON writes it: {@code waiting}, {@code detected}, {@code expired}, {@code timeout}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
