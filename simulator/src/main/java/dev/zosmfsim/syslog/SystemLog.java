package dev.zosmfsim.syslog;

import dev.zosmfsim.clock.SimClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The hardcopy log of one system, as OPERLOG and SYSLOG record it: every command a console entered (its echo names
 * the console), every response to one, and every message nobody asked for (logons, cancels, RACF refusals, z/OSMF
 * starting and stopping). Each entry carries the system's name, so that the logs of a sysplex's systems merge into
 * one OPERLOG.
 *
 * <p>Bounded like the other stores of the simulator: at most {@value #MAX_ENTRIES} entries and
 * {@value #MAX_CHARACTERS} characters of message text; the oldest entries go first. Messages may be written for a
 * time still to come (a response that arrives late, a scenario's message schedule): reads see them once the clock
 * reaches their time.
 */
public final class SystemLog {

    /** At most this many entries are kept. */
    public static final int MAX_ENTRIES = 100_000;
    /** At most this many characters of message text are kept (about 32 MB). */
    public static final long MAX_CHARACTERS = 16_000_000L;
    /** One read hands out at most this many entries; {@link LogPage#next()} says where to go on. */
    public static final int MAX_READ = 10_000;

    private final String system;
    private final SimClock clock;
    /** By time, then by record number: the order a read hands entries out in. */
    private final TimeOrderedEntries entries = new TimeOrderedEntries();
    private long number;
    private long characters;

    public SystemLog(String system, SimClock clock) {
        this.system = Objects.requireNonNull(system, "system");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The name of the system whose log this is. */
    public String system() {
        return system;
    }

    /** A command as {@code console} entered it at {@code time}: the echo names the console in its job name. */
    public void command(Instant time, String console, String command, String cart) {
        add(time, LogEntry.Kind.COMMAND, console, console, cart, List.of(command));
    }

    /**
     * The response to a command of {@code console} that arrived at {@code time}: one entry per message of
     * {@code lines} (a message's continuation lines stay with it).
     */
    public void response(Instant time, String console, List<String> lines, String cart) {
        for (List<String> message : MessageLines.split(lines)) {
            add(time, LogEntry.Kind.RESPONSE, "", console, cart, message);
        }
    }

    /** A one-line message nobody asked for, written by {@code jobName} (empty when no job wrote it). */
    public void message(Instant time, String jobName, String text) {
        message(time, jobName, List.of(text));
    }

    /** A message nobody asked for, of one line or more, written by {@code jobName} (empty when no job wrote it). */
    public void message(Instant time, String jobName, List<String> lines) {
        add(time, LogEntry.Kind.MESSAGE, jobName, null, null, lines);
    }

    private synchronized void add(Instant time, LogEntry.Kind kind, String jobName, String console, String cart,
            List<String> lines) {
        Instant when = time.truncatedTo(ChronoUnit.MILLIS);
        LogEntry entry = new LogEntry(++number, when, system, kind, jobName, console, cart, lines);
        entries.add(entry, when.toEpochMilli());
        characters += entry.size();
        while (entries.size() > MAX_ENTRIES || characters > MAX_CHARACTERS) {
            characters -= entries.removeOldest().size();
        }
    }

    /** The entries {@code query} asks for that have been written by now, oldest first. */
    public LogPage read(LogQuery query) {
        long now = clock.now().toEpochMilli();
        long start = query.start() == null ? now : query.start().toEpochMilli();
        long length = query.range().length().toMillis();
        List<LogEntry> found = new ArrayList<>();
        Instant next;
        synchronized (this) {
            if (query.direction() == Direction.BACKWARD) {
                long after = start - length;
                long upTo = Math.min(start, now);
                Iterator<LogEntry> newestFirst = upTo <= after ? Collections.emptyIterator()
                        : entries.newestFirst(after, upTo);
                next = Instant.ofEpochMilli(take(newestFirst, found, after));
                Collections.reverse(found);
            } else {
                long before = start + length;
                long upTo = Math.min(before - 1, now);
                Iterator<LogEntry> oldestFirst = upTo < start ? Collections.emptyIterator()
                        : entries.oldestFirst(start, upTo);
                next = Instant.ofEpochMilli(take(oldestFirst, found, before));
            }
        }
        return new LogPage(found, next);
    }

    /**
     * Takes up to {@link #MAX_READ} entries into {@code found}; answers where the next read starts: the time of the
     * first entry left out, or {@code end} when none was.
     */
    private static long take(Iterator<LogEntry> entries, List<LogEntry> found, long end) {
        while (entries.hasNext()) {
            LogEntry entry = entries.next();
            if (found.size() == MAX_READ) {
                return entry.time().toEpochMilli();
            }
            found.add(entry);
        }
        return end;
    }

    /** How many entries the log holds now. */
    public synchronized int size() {
        return entries.size();
    }

    /** Every entry, oldest first, written by now or not: for tests and the admin API. */
    public synchronized List<LogEntry> all() {
        return List.copyOf(entries.all());
    }
}
