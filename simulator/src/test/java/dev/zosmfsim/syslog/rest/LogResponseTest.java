package dev.zosmfsim.syslog.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zosmfsim.syslog.LogEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms of the log's answer: z/OSMF's timezone number and an item as the captured response shows it. */
class LogResponseTest {

    @Test
    void theTimezoneIsInHoursAndAWholeHourIsAnInteger() {
        assertEquals(-4, LogResponse.hours(ZoneOffset.ofHours(-4)));
        assertEquals(0, LogResponse.hours(ZoneOffset.UTC));
        assertEquals(5.5, LogResponse.hours(ZoneOffset.ofHoursMinutes(5, 30)));
    }

    @Test
    void anItemLooksLikeTheCapturedOne() {
        // the first item of Zowe's captured response: 1628576195960 is Tue Aug 10 06:16:35.960 GMT 2021
        LogEntry entry = new LogEntry(90_679_641_840L, Instant.ofEpochMilli(1_628_576_195_960L), "P00",
                LogEntry.Kind.MESSAGE, "TCP342", null, null, List.of(" EZD1287I TTLS Error RC: 5004 Initial Handshake",
                        "   LOCAL: ::FFFF:9.12.41.62..3973"));
        assertEquals(new LogResponse.Item("TCP342  ", "P00     ", "green", "0", "90679641840", "NULL",
                "Tue Aug 10 06:16:35 GMT 2021", " EZD1287I TTLS Error RC: 5004 Initial Handshake\r"
                        + "   LOCAL: ::FFFF:9.12.41.62..3973", "HARDCOPY", "0", 1_628_576_195_960L),
                LogResponse.Item.of(entry));
    }
}
