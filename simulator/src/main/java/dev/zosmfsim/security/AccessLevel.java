package dev.zosmfsim.security;

/** RACF access levels, weakest first, so that {@code a.compareTo(b) >= 0} means "a allows what b allows". */
public enum AccessLevel {
    NONE, EXECUTE, READ, UPDATE, CONTROL, ALTER;

    public boolean allows(AccessLevel needed) {
        return compareTo(needed) >= 0;
    }

    public static AccessLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown access level '" + text
                    + "': expected NONE, EXECUTE, READ, UPDATE, CONTROL or ALTER");
        }
    }
}
