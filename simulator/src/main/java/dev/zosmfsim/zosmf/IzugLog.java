package dev.zosmfsim.zosmf;

import dev.zosmfsim.clock.SimClock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * z/OSMF's own log, {@code IZUG0.log}, as an administrator reads it: time-stamped lines with the thread, the class
 * and method, and a level. Bounded: the oldest lines are dropped first.
 */
public final class IzugLog {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int CAPACITY = 5_000;

    private final SimClock clock;
    private final Deque<String> lines = new ArrayDeque<>();

    public IzugLog(SimClock clock) {
        this.clock = clock;
    }

    /** Writes an entry: a header line (time, thread, class, method) and the message line. */
    public synchronized void log(String thread, String source, String method, String level, String message) {
        add(STAMP.format(clock.now()) + "|" + thread + "|" + source + "|" + method);
        add(level + ":" + message);
    }

    /** Writes a line as it is (such as a request line or a stack frame). */
    public synchronized void raw(String line) {
        add(line);
    }

    public synchronized List<String> lines() {
        return new ArrayList<>(lines);
    }

    public synchronized void clear() {
        lines.clear();
    }

    private void add(String line) {
        lines.addLast(line);
        if (lines.size() > CAPACITY) {
            lines.removeFirst();
        }
    }
}
