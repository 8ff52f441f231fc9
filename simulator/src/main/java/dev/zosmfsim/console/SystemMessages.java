package dev.zosmfsim.console;

import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.syslog.SystemLog;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The system's unsolicited messages (those no command asked for: logons, cancels, z/OSMF starting), as every console
 * sees them. Bounded: the oldest are dropped first. Messages may be written for a time in the future (a scenario's
 * message schedule); they become visible when the clock reaches that time. Every message also goes to the system's
 * hardcopy log ({@link SystemLog}); the solicited responses to commands go there too, but never here, so that an
 * unsolicited-message detection never sees them.
 */
public final class SystemMessages {

    /** One message line and when it appears. */
    public record Message(long sequence, Instant time, String text) {
    }

    private static final int CAPACITY = 10_000;

    private final SimClock clock;
    private final SystemLog log;
    private final Deque<Message> messages = new ArrayDeque<>();
    private long sequence;
    /** The last multi-line message id handed out; IBM's D IPLINFO example shows 147. */
    private int messageId = 146;

    public SystemMessages(SimClock clock, SystemLog log) {
        this.clock = clock;
        this.log = log;
    }

    /**
     * The id of a new multi-line (MLWTO) message, as z/OS ends the title line of IEE254I, IEE114I, CEA0004I and the
     * like with it: three digits, from 001 to 999 and round again.
     */
    public synchronized String nextMessageId() {
        messageId = messageId % 999 + 1;
        return String.format("%03d", messageId);
    }

    /** Writes a message now, from no job in particular. */
    public void write(String text) {
        writeAt(clock.now(), "", text);
    }

    /** Writes a message now from {@code jobName}, the job the hardcopy log names as its writer. */
    public void write(String jobName, String text) {
        writeAt(clock.now(), jobName, text);
    }

    /**
     * Writes a multi-line message of {@code jobName} now: one entry of the hardcopy log, and each line a message
     * here, so that a detection finds any of them.
     */
    public void write(String jobName, List<String> lines) {
        Instant now = clock.now();
        log.message(now, jobName, lines);
        synchronized (this) {
            lines.forEach(line -> keep(now, line));
        }
        clock.signal();
    }

    /** Writes a message that appears at {@code time}. */
    public void writeAt(Instant time, String text) {
        writeAt(time, "", text);
    }

    /** Writes a message of {@code jobName} that appears at {@code time}. */
    public void writeAt(Instant time, String jobName, String text) {
        log.message(time, jobName, List.of(text));
        synchronized (this) {
            keep(time, text);
        }
        clock.signal();
    }

    private void keep(Instant time, String text) {
        messages.addLast(new Message(++sequence, time, text));
        if (messages.size() > CAPACITY) {
            messages.removeFirst();
        }
    }

    /** Messages that have appeared at or after {@code from} and by now. */
    public synchronized List<Message> between(Instant from, Instant to) {
        List<Message> found = new ArrayList<>();
        for (Message message : messages) {
            if (!message.time().isBefore(from) && !message.time().isAfter(to)) {
                found.add(message);
            }
        }
        return found;
    }
}
