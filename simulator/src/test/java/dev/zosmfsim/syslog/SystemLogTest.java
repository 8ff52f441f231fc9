package dev.zosmfsim.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.clock.SimClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hardcopy log's store: its windows, its bounds, and what a read may see on the simulator clock. */
class SystemLogTest {

    private static final Instant NOW = Instant.parse("2026-06-28T15:34:43.250Z");
    private final SimClock clock = SimClock.manual(NOW);
    private final SystemLog log = new SystemLog("S0W1", clock);

    private static List<String> texts(LogPage page) {
        return page.entries().stream().map(LogEntry::text).toList();
    }

    private static LogQuery query(Instant start, String range, Direction direction) {
        return new LogQuery(start, TimeRange.parse(range), direction);
    }

    @Test
    void aBackwardReadTakesTheRangeUpToItsStartAndSaysWhereTheNextBegins() {
        log.message(NOW.minus(Duration.ofMinutes(10)), "", " AT THE EDGE");
        log.message(NOW.minus(Duration.ofMinutes(10)).plusMillis(1), "", " JUST INSIDE");
        log.message(NOW, "", " NOW");
        LogPage page = log.read(LogQuery.recent());
        assertEquals(List.of(" JUST INSIDE", " NOW"), texts(page), "after start minus range, up to start");
        assertEquals(NOW.minus(Duration.ofMinutes(10)), page.next());
        LogPage older = log.read(query(page.next(), "10m", Direction.BACKWARD));
        assertEquals(List.of(" AT THE EDGE"), texts(older), "the next read takes what this one left at its edge");
    }

    @Test
    void aForwardReadTakesTheRangeFromItsStartAndOnlyWhatHasHappened() {
        Instant start = NOW.minus(Duration.ofMinutes(5));
        log.message(start.minusMillis(1), "", " BEFORE");
        log.message(start, "", " AT THE START");
        log.message(start.plus(Duration.ofMinutes(1)), "", " ONE MINUTE ON");
        log.message(NOW.plusSeconds(1), "", " SCHEDULED");
        LogPage page = log.read(query(start, "10m", Direction.FORWARD));
        assertEquals(List.of(" AT THE START", " ONE MINUTE ON"), texts(page), "nothing the clock has not reached");
        assertEquals(start.plus(Duration.ofMinutes(10)), page.next());
        assertEquals(List.of(" AT THE START"), texts(log.read(query(start, "1m", Direction.FORWARD))),
                "the end of a forward range is not in it");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of(" AT THE START", " ONE MINUTE ON", " SCHEDULED"),
                texts(log.read(query(start, "10m", Direction.FORWARD))));
    }

    @Test
    void aReadThatStartsAfterNowFindsNothing() {
        log.message(NOW, "", " NOW");
        LogPage page = log.read(query(NOW.plusSeconds(60), "30s", Direction.FORWARD));
        assertEquals(List.of(), page.entries());
        assertEquals(NOW.plusSeconds(90), page.next());
        assertEquals(List.of(), log.read(query(NOW.plusSeconds(60), "30s", Direction.BACKWARD)).entries());
        assertEquals(List.of(" NOW"), texts(log.read(query(NOW.plusSeconds(60), "2m", Direction.BACKWARD))),
                "a backward range that reaches back past now holds what happened up to now");
    }

    @Test
    void entriesComeOutByTimeWhateverTheOrderTheyWereWrittenIn() {
        log.message(NOW.minusSeconds(1), "", " SECOND");
        log.message(NOW.minusSeconds(2), "", " FIRST");
        log.message(NOW.minusSeconds(1), "", " THIRD");
        assertEquals(List.of(" FIRST", " SECOND", " THIRD"), texts(log.read(LogQuery.recent())));
    }

    @Test
    void aCommandEchoNamesItsConsoleAndItsResponseSharesItsCart() {
        log.command(NOW, "COLIN99", "D IPLINFO", "C1046283");
        log.response(NOW, "COLIN99", List.of(" IEE254I  15.34.43 IPLINFO DISPLAY 147", "  SYSTEM IPLED AT 15.34.43",
                "  RELEASE z/OS 02.04.00    LICENSE = z/OS", " IEE136I LOCAL: TIME=15.34.43"), "C1046283");
        List<LogEntry> entries = log.read(LogQuery.recent()).entries();
        assertEquals(3, entries.size(), entries.toString());
        LogEntry echo = entries.get(0);
        assertEquals(LogEntry.Kind.COMMAND, echo.kind());
        assertEquals("COLIN99", echo.jobName());
        assertEquals("COLIN99", echo.console());
        assertEquals("D IPLINFO", echo.text());
        assertEquals("S0W1", echo.system());
        LogEntry mlwto = entries.get(1);
        assertEquals(LogEntry.Kind.RESPONSE, mlwto.kind());
        assertEquals(" IEE254I  15.34.43 IPLINFO DISPLAY 147\r  SYSTEM IPLED AT 15.34.43\r"
                + "  RELEASE z/OS 02.04.00    LICENSE = z/OS", mlwto.text(), "a multi-line message is one entry");
        assertEquals("C1046283", mlwto.cart());
        assertEquals("", mlwto.jobName());
        assertEquals(" IEE136I LOCAL: TIME=15.34.43", entries.get(2).text());
        assertTrue(echo.number() < mlwto.number() && mlwto.number() < entries.get(2).number());
    }

    @Test
    void theOldestEntriesGoWhenTheLogHoldsItsMostEntries() {
        for (int i = 0; i < SystemLog.MAX_ENTRIES + 5; i++) {
            log.message(NOW, "", " MSG" + i);
        }
        assertEquals(SystemLog.MAX_ENTRIES, log.size());
        List<LogEntry> all = log.all();
        assertEquals(" MSG5", all.get(0).text(), "the first five were dropped");
        assertEquals(" MSG" + (SystemLog.MAX_ENTRIES + 4), all.get(all.size() - 1).text());
    }

    @Test
    void aFullLogSlotsEntriesWrittenOutOfTimeOrderInByTime() {
        Instant first = NOW.minusSeconds(30);
        for (int i = 0; i < SystemLog.MAX_ENTRIES + 7; i++) {
            log.message(first.plusMillis(i / 10), "", " MSG" + i);
        }
        log.message(NOW.plusSeconds(5), "", " LATER");
        log.message(first.plusMillis(5_000), "", " MIDDLE");
        log.message(first.minusSeconds(1), "", " EARLIER");
        List<String> all = log.all().stream().map(LogEntry::text).toList();
        assertEquals(SystemLog.MAX_ENTRIES, all.size());
        assertEquals(" MSG9", all.get(0), "the oldest by time went, the entry written for an earlier time first");
        int middle = all.indexOf(" MIDDLE");
        assertEquals(List.of(" MSG50009", " MIDDLE", " MSG50010"), all.subList(middle - 1, middle + 2),
                "after every entry of its millisecond, before the next");
        assertEquals(" LATER", all.get(all.size() - 1));
        List<String> recent = texts(log.read(LogQuery.recent()));
        assertEquals(" MSG" + (SystemLog.MAX_ENTRIES + 6), recent.get(recent.size() - 1), "not yet: " + recent.size());
        clock.advance(Duration.ofSeconds(6));
        List<String> later = texts(log.read(LogQuery.recent()));
        assertEquals(" LATER", later.get(later.size() - 1), "seen once the clock reaches its time");
        List<String> window = texts(log.read(query(first.plusMillis(5_000), "10m", Direction.FORWARD)));
        assertEquals(List.of(" MSG50000", " MSG50001"), window.subList(0, 2), "a forward read starts at its time");
    }

    @Test
    void theOldestEntriesGoWhenTheLogHoldsItsMostCharacters() {
        String big = " BIG" + "x".repeat(99_995);
        int fit = (int) (SystemLog.MAX_CHARACTERS / 100_000);
        for (int i = 0; i < fit + 10; i++) {
            log.message(NOW.plusMillis(i), "", big);
        }
        assertEquals(fit, log.size(), "at most " + SystemLog.MAX_CHARACTERS + " characters");
        assertEquals(NOW.plusMillis(10), log.all().get(0).time(), "the oldest went first");
    }

    @Test
    void aReadHandsOutAtMostItsLimitAndTheNextReadGoesOnFromThere() {
        Instant start = NOW.minusSeconds(60);
        for (int i = 0; i < SystemLog.MAX_READ + 3; i++) {
            log.message(start.plusMillis(i), "", " MSG" + i);
        }
        LogPage forward = log.read(query(start, "10m", Direction.FORWARD));
        assertEquals(SystemLog.MAX_READ, forward.entries().size());
        assertEquals(start.plusMillis(SystemLog.MAX_READ), forward.next(), "the first entry left out");
        assertEquals(List.of(" MSG10000", " MSG10001", " MSG10002"), texts(log.read(query(forward.next(), "10m",
                Direction.FORWARD))));
        LogPage backward = log.read(LogQuery.recent());
        assertEquals(SystemLog.MAX_READ, backward.entries().size());
        assertEquals(" MSG3", backward.entries().get(0).text(), "backward keeps the newest");
        assertEquals(start.plusMillis(2), backward.next());
        assertEquals(List.of(" MSG0", " MSG1", " MSG2"), texts(log.read(query(backward.next(), "10m",
                Direction.BACKWARD))));
    }

    @Test
    void timesAreKeptToTheMillisecond() {
        log.message(NOW.plusNanos(999_999), "", " X");
        assertEquals(NOW, log.all().get(0).time());
    }

    @Test
    void theParametersValueTypesTakeIbmsFormsAndRefuseTheRest() {
        assertEquals(Duration.ofMinutes(10), TimeRange.parse("10m").length());
        assertEquals(Duration.ofSeconds(999), TimeRange.parse("999s").length());
        assertEquals(Duration.ofHours(1), TimeRange.parse("1H").length());
        for (String bad : List.of("0m", "1000s", "10", "m", "10d", "-5m", "1.5h", "10m ", "０1m")) {
            assertThrows(IllegalArgumentException.class, () -> TimeRange.parse(bad), bad);
        }
        assertEquals(Direction.FORWARD, Direction.parse("Forward"));
        assertEquals(Direction.BACKWARD, Direction.parse("BACKWARD"));
        assertThrows(IllegalArgumentException.class, () -> Direction.parse("sideways"));
        assertEquals(Hardcopy.SYSLOG, Hardcopy.parse("syslog"));
        assertEquals(Hardcopy.OPERLOG, Hardcopy.parse("OPERLOG"));
        assertThrows(IllegalArgumentException.class, () -> Hardcopy.parse("joblog"));
    }
}
