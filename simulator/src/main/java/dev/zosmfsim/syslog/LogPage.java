package dev.zosmfsim.syslog;

import java.time.Instant;
import java.util.List;

/**
 * What a log read found, oldest first, and where the next read in the same direction starts: the messages at
 * {@code next} itself were not part of this one.
 */
public record LogPage(List<LogEntry> entries, Instant next) {

    public LogPage {
        entries = List.copyOf(entries);
    }
}
