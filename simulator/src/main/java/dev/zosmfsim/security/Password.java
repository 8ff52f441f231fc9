package dev.zosmfsim.security;

/**
 * A RACF password: 1 to 8 characters (pass phrases are not simulated). The one place that rule is stated; the
 * scenario, the command line, the admin API, the container class and the RACF commands all check it here.
 */
public record Password(String text) {

    /** The longest password RACF takes. */
    public static final int MAX_LENGTH = 8;

    public Password {
        if (!valid(text)) {
            throw new IllegalArgumentException("expected a password of 1-" + MAX_LENGTH + " characters, got "
                    + (text == null ? "none" : text.length() + " characters"));
        }
    }

    public static Password of(String text) {
        return new Password(text);
    }

    /** Whether {@code text} can be a password. */
    public static boolean valid(String text) {
        return text != null && !text.isEmpty() && text.length() <= MAX_LENGTH;
    }

    /** The text is not shown: a password never lands in a log by accident. */
    @Override
    public String toString() {
        return "Password[********]";
    }
}
