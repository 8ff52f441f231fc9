package dev.zosmfsim.syslog.rest;

import dev.zosmfsim.http.ZosmfError;
import dev.zosmfsim.syslog.Direction;
import dev.zosmfsim.syslog.Hardcopy;
import dev.zosmfsim.syslog.LogQuery;
import dev.zosmfsim.syslog.TimeRange;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The query of a log read: {@code time} (ISO 8601) or {@code timestamp} (milliseconds since 1970) where it starts,
 * {@code timeRange}, {@code direction}, {@code hardcopy} and {@code sysName}. A value that does not fit is refused
 * with the console services' body, return code 1 and reason code 22 (24 for a system name).
 */
record LogParameters(LogQuery query, Hardcopy hardcopy, String sysName) {

    /** Reason code of a parameter that does not fit. */
    static final int BAD_PARAMETER = 22;
    /** Reason code of a system name that names no system here. */
    static final int BAD_SYSTEM = 24;
    /** Year 9999 ends here; no log reaches further. */
    private static final long LAST_MILLISECOND = 253_402_300_799_999L;
    private static final Pattern SYSTEM_NAME = Pattern.compile("[A-Za-z0-9$#@]{1,8}");

    static LogParameters of(Context ctx) {
        String time = single(ctx, "time");
        String timestamp = single(ctx, "timestamp");
        if (time != null && timestamp != null) {
            throw refused(BAD_PARAMETER, "Give the time parameter or the timestamp parameter, not both");
        }
        Instant start = time != null ? time(time) : timestamp != null ? timestamp(timestamp) : null;
        TimeRange range = value(ctx, "timeRange", TimeRange::parse, TimeRange.DEFAULT);
        Direction direction = value(ctx, "direction", Direction::parse, Direction.BACKWARD);
        Hardcopy hardcopy = value(ctx, "hardcopy", Hardcopy::parse, Hardcopy.OPERLOG);
        String sysName = single(ctx, "sysName");
        if (sysName != null && !SYSTEM_NAME.matcher(sysName).matches()) {
            throw refused(BAD_SYSTEM, "The sysName parameter must be a system name of 1 to 8 characters, got '"
                    + sysName + "'");
        }
        return new LogParameters(new LogQuery(start, range, direction), hardcopy,
                sysName == null ? null : sysName.toUpperCase(Locale.ROOT));
    }

    private static <T> T value(Context ctx, String name, Function<String, T> parse, T absent) {
        String text = single(ctx, name);
        if (text == null) {
            return absent;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw refused(BAD_PARAMETER, e.getMessage() + ", got '" + text + "'");
        }
    }

    /** The parameter's one value; null when it is not there; refused when it is there twice or empty. */
    private static String single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw refused(BAD_PARAMETER, "The " + name + " parameter is given " + values.size() + " times");
        }
        if (values.get(0).isEmpty()) {
            throw refused(BAD_PARAMETER, "The " + name + " parameter is empty");
        }
        return values.get(0);
    }

    /**
     * An ISO 8601 time: 2021-01-26T03:33:18.065Z, 2021-01-26T11:33:18.065+08:00, 2022-11-27T05:06Z (seconds left
     * out, as the Zowe Java SDK sends it), with a region after the offset (Java's ZonedDateTime text, which older
     * Java SDKs sent), or without an offset for UTC. A '+' a client did not encode arrives as a blank, and is read as
     * the '+'.
     */
    private static Instant time(String text) {
        String iso = text.replace(' ', '+');
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from,
                    LocalDateTime::from);
            Instant instant = parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            return inRange(instant.toEpochMilli(), text);
        } catch (DateTimeException | ArithmeticException e) {
            throw refused(BAD_PARAMETER, "The time parameter must be an ISO 8601 time such as"
                    + " 2021-01-26T03:33:18.065Z, got '" + text + "'");
        }
    }

    private static Instant timestamp(String text) {
        if (!text.matches("[0-9]{1,15}")) {
            throw refused(BAD_PARAMETER, "The timestamp parameter must be milliseconds since 1970, got '" + text + "'");
        }
        return inRange(Long.parseLong(text), text);
    }

    private static Instant inRange(long millis, String text) {
        if (millis < 0 || millis > LAST_MILLISECOND) {
            throw refused(BAD_PARAMETER, "The time must lie between 1970 and the end of 9999, got '" + text + "'");
        }
        return Instant.ofEpochMilli(millis);
    }

    static ZosmfError refused(int reasonCode, String reason) {
        return ZosmfError.console(400, 1, reasonCode, reason);
    }
}
