package dev.zosmfsim.tso;

import java.util.Locale;

/** A TSO command as typed: its name (upper case) and the rest of the line (operands, case kept). */
public record TsoCommandLine(String text, String name, String operands) {

    /** Splits command text at the first blank. */
    public static TsoCommandLine parse(String text) {
        String trimmed = text.strip();
        int blank = trimmed.indexOf(' ');
        String name = (blank < 0 ? trimmed : trimmed.substring(0, blank)).toUpperCase(Locale.ROOT);
        String operands = blank < 0 ? "" : trimmed.substring(blank + 1).strip();
        return new TsoCommandLine(trimmed, name, operands);
    }
}
