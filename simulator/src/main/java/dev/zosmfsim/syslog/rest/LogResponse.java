package dev.zosmfsim.syslog.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.zosmfsim.syslog.LogEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What {@code GET /zosmf/restconsoles/v1/log} answers, in the order and forms of a real response captured in Zowe's
 * tests: {@code timezone} the system's offset from UTC in hours, times in milliseconds since 1970, and each item's
 * {@code time} the same instant as text in GMT.
 */
@JsonPropertyOrder({"timezone", "nextTimestamp", "source", "totalitems", "items"})
record LogResponse(Number timezone, long nextTimestamp, String source, int totalitems, List<Item> items) {

    /** One message; the system and job names are padded to eight characters, as z/OSMF sends them. */
    @JsonPropertyOrder({"jobName", "system", "color", "replyId", "messageId", "subType", "time", "message", "type",
            "cart", "timestamp"})
    record Item(String jobName, String system, String color, String replyId, String messageId, String subType,
            String time, String message, String type, String cart, long timestamp) {

        /** "Tue Aug 10 06:16:35 GMT 2021". */
        private static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'GMT' yyyy",
                Locale.ENGLISH).withZone(ZoneOffset.UTC);

        static Item of(LogEntry entry) {
            return new Item(pad(entry.jobName()), pad(entry.system()), LogEntry.COLOR, LogEntry.NO_REPLY,
                    Long.toString(entry.number()), LogEntry.SUB_TYPE, GMT.format(entry.time()), entry.text(),
                    LogEntry.TYPE, entry.cart() == null ? "0" : entry.cart(), entry.time().toEpochMilli());
        }

        private static String pad(String name) {
            return String.format("%-8s", name);
        }
    }

    /** Whole hours as an integer (-4), anything else as a fraction (5.5 for India). */
    static Number hours(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600;
        }
        return seconds / 3600.0;
    }
}
