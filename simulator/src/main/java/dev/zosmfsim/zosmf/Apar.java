package dev.zosmfsim.zosmf;

import java.util.regex.Pattern;

/**
 * An APAR number, as IBM names a fix or a new function: two letters and five digits ({@code PH12143}). z/OSMF's
 * APARs begin with PH (earlier ones PI); the PTF that carries an APAR to one release is named apart (UI66512).
 */
public record Apar(String id) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{5}");

    public Apar {
        if (id == null || !SHAPE.matcher(id).matches()) {
            throw new IllegalArgumentException("expected an APAR number such as PH12143 (two letters and five"
                    + " digits), got '" + id + "'");
        }
    }

    /** Whether {@code text} has an APAR number's shape. */
    public static boolean shaped(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return id;
    }
}
