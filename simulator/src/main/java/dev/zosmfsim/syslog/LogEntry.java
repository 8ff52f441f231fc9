package dev.zosmfsim.syslog;

import java.time.Instant;
import java.util.List;

/**
 * One message of the hardcopy log: a command as a console entered it, a command's response, or a message nobody asked
 * for. A multi-line message (an MLWTO) is one entry of several lines.
 *
 * @param number   the log's record number, increasing in the order entries were written
 * @param time     when the message was written, to the millisecond
 * @param system   the name of the system that wrote it
 * @param kind     a command echo, a command's response, or an unsolicited message
 * @param jobName  the job that wrote it (for a command echo, the console that entered it); empty when none
 * @param console  the console a command came from or its response went to; null for other messages
 * @param cart     the command and response token that ties a response to its command; null when none
 * @param lines    the message's lines, each as the console shows it
 */
public record LogEntry(long number, Instant time, String system, Kind kind, String jobName, String console,
        String cart, List<String> lines) {

    /** What an entry is; SYSLOG marks commands with C and responses with R in its record type. */
    public enum Kind { COMMAND, RESPONSE, MESSAGE }

    /** Every message this log records is from the hardcopy message set. */
    public static final String TYPE = "HARDCOPY";
    /** No DOM, WTOR or HOLD message is simulated: every entry is an ordinary message. */
    public static final String SUB_TYPE = "NULL";
    /** Only WTORs carry a reply id; no entry here is one. */
    public static final String NO_REPLY = "0";
    /** What a console shows an ordinary message in. */
    public static final String COLOR = "green";

    public LogEntry {
        lines = List.copyOf(lines);
        jobName = jobName == null ? "" : jobName;
    }

    /** The lines as one text, separated by carriage returns as z/OSMF's console services separate them. */
    public String text() {
        return String.join("\r", lines);
    }

    /** How many characters the entry holds, for the log's bound. */
    int size() {
        int size = 0;
        for (String line : lines) {
            size += line.length() + 1;
        }
        return size;
    }
}
