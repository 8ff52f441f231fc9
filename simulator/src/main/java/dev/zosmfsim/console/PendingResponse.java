package dev.zosmfsim.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A command's messages, arriving over time, and how many of them were handed out. */
final class PendingResponse {
    private final List<Instant> arrivals = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    final KeyMatcher solKey;
    private int collected;

    PendingResponse(Instant issued, Reply reply, KeyMatcher solKey) {
        this.solKey = solKey;
        List<Reply.Batch> batches = new ArrayList<>(reply.batches());
        batches.sort(Comparator.comparing(Reply.Batch::delay));
        for (Reply.Batch batch : batches) {
            for (String line : batch.lines()) {
                arrivals.add(issued.plus(batch.delay()));
                lines.add(line);
            }
        }
    }

    synchronized boolean anyArrived(Instant now) {
        return arrivedCount(now) > 0;
    }

    synchronized boolean solKeySeen(Instant now) {
        return solKey != null && solKey.matchesAny(lines.subList(0, arrivedCount(now)));
    }

    synchronized List<String> collect(Instant now) {
        int arrived = arrivedCount(now);
        List<String> taken = arrived > collected ? List.copyOf(lines.subList(collected, arrived)) : List.of();
        collected = Math.max(collected, arrived);
        return taken;
    }

    private int arrivedCount(Instant now) {
        int count = 0;
        while (count < arrivals.size() && !arrivals.get(count).isAfter(now)) {
            count++;
        }
        return count;
    }
}

