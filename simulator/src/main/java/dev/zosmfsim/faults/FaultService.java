package dev.zosmfsim.faults;

import java.util.Locale;

/**
 * The z/OSMF services a fault rule can single out, by the names their service modules have (a test keeps the two
 * lists, and the scenario schema's, the same).
 */
public enum FaultService {
    CONSOLE, TSO, INFO, AUTH, TOPOLOGY, JWK, JOBS, FILES;

    public static FaultService parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown service '" + text + "': expected one of "
                    + java.util.Arrays.stream(values()).map(FaultService::lowerCase)
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
