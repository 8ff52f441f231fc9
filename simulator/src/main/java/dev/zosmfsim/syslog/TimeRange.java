package dev.zosmfsim.syslog;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How far a log read reaches from its start: {@code nnnu}, nnn 1 to 999 and u one of s, m, h (10m by default). */
public record TimeRange(Duration length, String text) {

    public static final TimeRange DEFAULT = new TimeRange(Duration.ofMinutes(10), "10m");

    private static final Pattern FORM = Pattern.compile("([0-9]{1,3})([smhSMH])");

    /** The range {@code text} names; IllegalArgumentException, in words for a client, when it names none. */
    public static TimeRange parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) == 0) {
            throw new IllegalArgumentException("The timeRange parameter must be 1 to 999 followed by s, m or h,"
                    + " such as 10m");
        }
        long count = Integer.parseInt(matcher.group(1));
        Duration length = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "s" -> Duration.ofSeconds(count);
            case "m" -> Duration.ofMinutes(count);
            default -> Duration.ofHours(count);
        };
        return new TimeRange(length, text);
    }
}
