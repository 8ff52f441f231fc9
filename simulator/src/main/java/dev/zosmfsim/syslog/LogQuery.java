package dev.zosmfsim.syslog;

import java.time.Instant;
import java.util.Objects;

/**
 * A read of the log: from {@code start} (null: now) over {@code range} in {@code direction}. Backward takes the
 * messages after start minus range up to and with start; forward those from start on to before start plus range.
 */
public record LogQuery(Instant start, TimeRange range, Direction direction) {

    public LogQuery {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(direction, "direction");
    }

    /** The last ten minutes up to now, what {@code zowe zos-logs list logs} asks for without options. */
    public static LogQuery recent() {
        return new LogQuery(null, TimeRange.DEFAULT, Direction.BACKWARD);
    }
}
