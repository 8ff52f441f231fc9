package dev.zosmfsim.console;

import java.time.Duration;
import java.util.List;

/**
 * A command's solicited messages, as batches that arrive over time on the simulator clock: most commands answer at
 * once (one batch, no delay); a slow command's messages may come after z/OSMF's collection window.
 */
public record Reply(List<Batch> batches) {

    /** Lines that arrive {@code delay} after the command was issued. */
    public record Batch(Duration delay, List<String> lines) {
        public Batch {
            lines = List.copyOf(lines);
        }
    }

    public Reply {
        batches = List.copyOf(batches);
    }

    /** Lines that arrive at once. */
    public static Reply now(List<String> lines) {
        return new Reply(List.of(new Batch(Duration.ZERO, lines)));
    }

    public static Reply now(String... lines) {
        return now(List.of(lines));
    }
}
