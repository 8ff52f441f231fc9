package dev.zosmfsim.faults;

import java.util.Locale;

/** The z/OSMF services a fault rule can single out. */
public enum FaultService {
    CONSOLE, TSO, INFO, AUTH;

    /** The service a z/OSMF path belongs to, or null for paths of no service (unknown paths). */
    public static FaultService ofPath(String path) {
        if (path.startsWith("/zosmf/restconsoles/")) {
            return CONSOLE;
        }
        if (path.startsWith("/zosmf/tsoApp/")) {
            return TSO;
        }
        if (path.equals("/zosmf/info")) {
            return INFO;
        }
        if (path.startsWith("/zosmf/services/authenticate")) {
            return AUTH;
        }
        return null;
    }

    public static FaultService parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown service '" + text + "': expected console, tso, info or auth");
        }
    }

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
