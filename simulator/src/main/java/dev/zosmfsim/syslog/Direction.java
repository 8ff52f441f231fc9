package dev.zosmfsim.syslog;

import java.util.Locale;

/** Which way a log read goes from its start time: back to older messages (the default) or on to newer ones. */
public enum Direction {
    BACKWARD, FORWARD;

    /** {@code backward} or {@code forward}, in any case. */
    public static Direction parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "backward" -> BACKWARD;
            case "forward" -> FORWARD;
            default -> throw new IllegalArgumentException("The direction parameter must be backward or forward");
        };
    }
}
