package dev.zosmfsim.syslog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The operations log of a sysplex: the hardcopy logs of its systems read as one, by time (then by system name, then
 * in the order each system wrote). A system's own SYSLOG is its {@link SystemLog} alone.
 */
public final class OperLog {

    private static final Comparator<LogEntry> ORDER = Comparator.comparing(LogEntry::time)
            .thenComparing(LogEntry::system).thenComparingLong(LogEntry::number);

    private OperLog() {
    }

    /**
     * What {@code query} finds in all of {@code logs}: at most {@link SystemLog#MAX_READ} entries, oldest first, and
     * where the next read starts, so that paging through the merged log loses nothing.
     */
    public static LogPage read(List<SystemLog> logs, LogQuery query) {
        boolean backward = query.direction() == Direction.BACKWARD;
        List<LogEntry> merged = new ArrayList<>();
        Instant next = null;
        for (SystemLog log : logs) {
            LogPage page = log.read(query);
            merged.addAll(page.entries());
            // a system whose read was cut short sets how far the merged read may go
            if (next == null || (backward ? page.next().isAfter(next) : page.next().isBefore(next))) {
                next = page.next();
            }
        }
        if (next == null) {
            throw new IllegalArgumentException("an operations log needs at least one system's log");
        }
        Instant edge = next;
        merged.removeIf(entry -> backward ? entry.time().isBefore(edge) : entry.time().isAfter(edge));
        merged.sort(ORDER);
        if (merged.size() > SystemLog.MAX_READ) {
            int cut = merged.size() - SystemLog.MAX_READ;
            if (backward) {
                next = merged.get(cut - 1).time();
                merged = merged.subList(cut, merged.size());
            } else {
                next = merged.get(SystemLog.MAX_READ).time();
                merged = merged.subList(0, SystemLog.MAX_READ);
            }
        }
        return new LogPage(merged, next);
    }
}
