package dev.zosmfsim.jes;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How jobs are named: job ids as JES2 takes them, and the job correlator. */
final class JobIds {

    private static final Pattern JOB_ID = Pattern.compile("(JOB|STC|TSU|J|S|T)0*(\\d{1,7})");

    /** A job id's type letter (J, S, T) and number. */
    record Parsed(char type, int number) {
    }

    private JobIds() {
    }

    /** {@code JOB00125}, {@code J0000125}, {@code TSU00130}, {@code T130}...; empty when it is none. */
    static Optional<Parsed> parse(String jobid) {
        Matcher matcher = JOB_ID.matcher(jobid.toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(matcher.group(1).charAt(0), Integer.parseInt(matcher.group(2))));
    }

    /**
     * The job correlator: type letter and seven digits, the system name, eight hex digits of the time, dots to 31
     * characters; then a colon and the user's part (as the Zowe captures show {@code J0007172USILDAMDD41B4773.......:}).
     */
    static String correlator(char type, int number, String sysname, Instant when, String user) {
        String system = String.format("%c%07d%-8s%08X", type, number, sysname,
                when.toEpochMilli() / 1000 & 0xFFFFFFFFL).replace(' ', '.');
        return String.format("%-31s", system).replace(' ', '.') + ":" + (user == null ? "" : user);
    }
}
