package dev.zosmfsim.syslog;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The entries of a system log in the order reads hand them out: by time (to the millisecond), then by record number.
 * A ring of slots, oldest first: an entry written for the latest time so far is appended, one written for an earlier
 * time (while a message for a time still to come is held) is slotted in after every entry of its millisecond, since
 * its record number is the highest; the oldest goes first when the log is full. Reads find their time range by
 * binary search. Not thread-safe: {@link SystemLog} holds its lock around every call.
 */
final class TimeOrderedEntries {

    private LogEntry[] entries = new LogEntry[64];
    private long[] millis = new long[64];
    /** The slot of the oldest entry. */
    private int head;
    private int size;

    int size() {
        return size;
    }

    /** Adds {@code entry}, whose record number is higher than every other's, at its time {@code at} (epoch ms). */
    void add(LogEntry entry, long at) {
        if (size == entries.length) {
            grow();
        }
        int position = size == 0 || millisAt(size - 1) <= at ? size : after(at);
        for (int i = size; i > position; i--) {
            set(i, entryAt(i - 1), millisAt(i - 1));
        }
        set(position, entry, at);
        size++;
    }

    /** Removes and answers the oldest entry. */
    LogEntry removeOldest() {
        if (size == 0) {
            throw new NoSuchElementException("the log is empty");
        }
        LogEntry oldest = entries[head];
        entries[head] = null;
        head = (head + 1) & (entries.length - 1);
        size--;
        return oldest;
    }

    /** The entries at or after {@code from} and at or before {@code upTo} (epoch ms), oldest first. */
    Iterator<LogEntry> oldestFirst(long from, long upTo) {
        return range(from(from), after(upTo), false);
    }

    /** The entries after {@code after} and at or before {@code upTo} (epoch ms), newest first. */
    Iterator<LogEntry> newestFirst(long after, long upTo) {
        return range(after(after), after(upTo), true);
    }

    /** Every entry, oldest first. */
    List<LogEntry> all() {
        List<LogEntry> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(entryAt(i));
        }
        return all;
    }

    /** The index of the first entry later than {@code at}; {@link #size} if none is. */
    private int after(long at) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (millisAt(middle) <= at) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The index of the first entry at or later than {@code at}; {@link #size} if none is. */
    private int from(long at) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (millisAt(middle) < at) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The entries of indexes {@code start} (inclusive) to {@code end} (exclusive), in either direction. */
    private Iterator<LogEntry> range(int start, int end, boolean newestFirst) {
        return new Iterator<>() {
            private int next = newestFirst ? end - 1 : start;

            @Override
            public boolean hasNext() {
                return newestFirst ? next >= start : next < end;
            }

            @Override
            public LogEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                LogEntry entry = entryAt(next);
                next += newestFirst ? -1 : 1;
                return entry;
            }
        };
    }

    private LogEntry entryAt(int index) {
        return entries[(head + index) & (entries.length - 1)];
    }

    private long millisAt(int index) {
        return millis[(head + index) & (millis.length - 1)];
    }

    private void set(int index, LogEntry entry, long at) {
        int slot = (head + index) & (entries.length - 1);
        entries[slot] = entry;
        millis[slot] = at;
    }

    /** Twice the slots (always a power of two), the oldest entry moved to the first. */
    private void grow() {
        LogEntry[] moreEntries = new LogEntry[entries.length * 2];
        long[] moreMillis = new long[millis.length * 2];
        for (int i = 0; i < size; i++) {
            moreEntries[i] = entryAt(i);
            moreMillis[i] = millisAt(i);
        }
        entries = moreEntries;
        millis = moreMillis;
        head = 0;
    }
}
