package dev.zosmfsim.scenario;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as scenario files write them: {@code 500ms}, {@code 3s}, {@code 30m}, {@code 1h}, {@code 0}. */
public final class DurationText {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    private DurationText() {
    }

    public static Duration parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.trim());
        if (!matcher.matches() || (matcher.group(2) == null && !matcher.group(1).equals("0"))) {
            throw new IllegalArgumentException("expected a duration such as 500ms, 3s, 30m or 1h, got '" + text + "'");
        }
        long value = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        switch (unit) {
            case "ms":
                return Duration.ofMillis(value);
            case "s":
                return Duration.ofSeconds(value);
            case "m":
                return Duration.ofMinutes(value);
            default:
                return Duration.ofHours(value);
        }
    }

    /** The shortest exact form: {@code 90s} stays {@code 90s}, {@code 60s} becomes {@code 1m}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 3_600_000 == 0 && millis > 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0 && millis > 0) {
            return millis / 60_000 + "m";
        }
        if (millis % 1_000 == 0) {
            return millis / 1_000 + "s";
        }
        return millis + "ms";
    }
}
