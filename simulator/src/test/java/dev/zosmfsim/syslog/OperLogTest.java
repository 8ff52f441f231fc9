package dev.zosmfsim.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zosmfsim.clock.SimClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sysplex's OPERLOG: its systems' logs read as one, by time, paged without losing an entry. */
class OperLogTest {

    private static final Instant NOW = Instant.parse("2026-06-28T15:34:43.250Z");
    private final SimClock clock = SimClock.manual(NOW);
    private final SystemLog sysa = new SystemLog("SYSA", clock);
    private final SystemLog sysb = new SystemLog("SYSB", clock);

    private static List<String> seen(LogPage page) {
        return page.entries().stream().map(entry -> entry.system() + entry.text()).toList();
    }

    @Test
    void theSystemsMessagesInterleaveByTime() {
        sysb.message(NOW.minusSeconds(3), "", " B1");
        sysa.message(NOW.minusSeconds(2), "", " A1");
        sysb.message(NOW.minusSeconds(1), "", " B2");
        sysa.message(NOW.minusSeconds(1), "", " A2");
        LogPage page = OperLog.read(List.of(sysa, sysb), LogQuery.recent());
        assertEquals(List.of("SYSB B1", "SYSA A1", "SYSA A2", "SYSB B2"), seen(page), "same millisecond: by system");
        assertEquals(NOW.minusSeconds(600), page.next());
        assertEquals(List.of("SYSA A1", "SYSA A2"), seen(OperLog.read(List.of(sysa), LogQuery.recent())),
                "a system's own log is its SYSLOG");
    }

    @Test
    void pagingThroughAMergedLogThatOverflowsOneReadLosesNothing() {
        for (int i = 0; i < 7_000; i++) {
            sysa.message(NOW.minusMillis(20_000 - 2L * i), "", " A" + i);
            sysb.message(NOW.minusMillis(20_000 - 2L * i - 1), "", " B" + i);
        }
        for (Direction direction : Direction.values()) {
            List<String> all = new ArrayList<>();
            LogQuery query = direction == Direction.BACKWARD ? LogQuery.recent()
                    : new LogQuery(NOW.minusSeconds(60), TimeRange.parse("10m"), Direction.FORWARD);
            for (int reads = 0; reads < 4; reads++) {
                LogPage page = OperLog.read(List.of(sysa, sysb), query);
                assertEquals(true, page.entries().size() <= SystemLog.MAX_READ);
                if (direction == Direction.BACKWARD) {
                    all.addAll(0, seen(page));
                } else {
                    all.addAll(seen(page));
                }
                query = new LogQuery(page.next(), query.range(), direction);
            }
            assertEquals(14_000, all.stream().distinct().count(), direction + ": every entry, none twice over");
            assertEquals(14_000, all.size(), direction.toString());
            assertEquals("SYSA A0", all.get(0), direction.toString());
            assertEquals("SYSB B6999", all.get(all.size() - 1), direction.toString());
        }
    }

    @Test
    void aSysplexHasAtLeastOneSystem() {
        assertThrows(IllegalArgumentException.class, () -> OperLog.read(List.of(), LogQuery.recent()));
    }
}
