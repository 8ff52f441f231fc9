package dev.zosmfsim.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as scenario files write them: bytes ({@code 65536}) or with a unit ({@code 512KiB}, {@code 64MiB}, {@code 1GiB}). */
public final class ByteSizeText {

    private static final Pattern FORM = Pattern.compile("(\\d{1,12}) ?(KiB|MiB|GiB)?");

    private ByteSizeText() {
    }

    public static long parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a size in bytes, or with a unit such as 512KiB, 64MiB or 1GiB,"
                    + " got '" + text + "'");
        }
        long value = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "" : matcher.group(2);
        int shift = switch (unit) {
            case "KiB" -> 10;
            case "MiB" -> 20;
            case "GiB" -> 30;
            default -> 0;
        };
        if (value > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("'" + text + "' is too large");
        }
        return value << shift;
    }

    /** The shortest exact form: {@code 67108864} becomes {@code 64MiB}, {@code 1000} stays {@code 1000}. */
    public static String format(long bytes) {
        for (String unit : new String[] {"GiB", "MiB", "KiB"}) {
            int shift = unit.equals("GiB") ? 30 : unit.equals("MiB") ? 20 : 10;
            if (bytes > 0 && bytes % (1L << shift) == 0) {
                return (bytes >> shift) + unit;
            }
        }
        return Long.toString(bytes);
    }
}
