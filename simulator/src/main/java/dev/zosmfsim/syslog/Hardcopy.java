package dev.zosmfsim.syslog;

import java.util.Locale;

/**
 * The hardcopy medium a log read asks for. OPERLOG is the sysplex's operations log, SYSLOG the one system's log; on
 * a system of its own both hold the same messages.
 */
public enum Hardcopy {
    OPERLOG, SYSLOG;

    /** {@code operlog} or {@code syslog}, in any case. */
    public static Hardcopy parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "operlog" -> OPERLOG;
            case "syslog" -> SYSLOG;
            default -> throw new IllegalArgumentException("The hardcopy parameter must be operlog or syslog");
        };
    }
}
