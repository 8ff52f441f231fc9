package dev.zosmfsim.journal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last requests the server answered, oldest dropped first, for tests and the admin API to read. */
public final class RequestJournal {

    /**
     * One answered request; {@code service} names the service that owns the path (null for a path of none),
     * {@code userid} is null when no logon succeeded, {@code fault} names the fault effect that fired on it (null when
     * none did).
     */
    public record Entry(long sequence, Instant time, String method, String path, String service, int status,
            String userid, String fault) {
    }

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long sequence;

    public RequestJournal(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the journal needs room for at least one entry");
        }
        this.capacity = capacity;
    }

    public synchronized void record(Instant time, String method, String path, String service, int status,
            String userid, String fault) {
        entries.addLast(new Entry(++sequence, time, method, path, service, status, userid, fault));
        if (entries.size() > capacity) {
            entries.removeFirst();
        }
    }

    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /** Entries recorded after {@code sequence} (0 for all kept). */
    public synchronized List<Entry> since(long afterSequence) {
        List<Entry> newer = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.sequence() > afterSequence) {
                newer.add(entry);
            }
        }
        return newer;
    }

    public synchronized long lastSequence() {
        return sequence;
    }

    public synchronized void clear() {
        entries.clear();
    }
}
