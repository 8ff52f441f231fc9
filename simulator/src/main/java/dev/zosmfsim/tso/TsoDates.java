package dev.zosmfsim.tso;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and dates the way TSO/E writes them in its messages. */
public final class TsoDates {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private TsoDates() {
    }

    /** {@code 15:34:43}. */
    public static String clock(Instant time, ZoneOffset offset) {
        return CLOCK.format(LocalDateTime.ofInstant(time, offset));
    }

    /** {@code JUNE 28, 2026}. */
    public static String date(Instant time, ZoneOffset offset) {
        return DATE.format(LocalDateTime.ofInstant(time, offset)).toUpperCase(Locale.ROOT);
    }
}
