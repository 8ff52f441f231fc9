package dev.zosmfsim.jes;

import dev.zosmfsim.zosmf.SystemIdentity;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How JES2 and the job step messages write times: hh.mm.ss, the job log's date line, yyyyddd.hhmm. */
final class JesFormats {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm.ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ROOT);
    private static final DateTimeFormatter JULIAN = DateTimeFormatter.ofPattern("yyyyDDD.HHmm", Locale.ROOT);

    private final SystemIdentity system;

    JesFormats(SystemIdentity system) {
        this.system = system;
    }

    String time(Instant when) {
        return TIME.format(local(when));
    }

    /** The job log's line prefix: time and job id. */
    String prefix(Instant when, String jobId) {
        return " " + time(when) + " " + jobId + "  ";
    }

    /** {@code ---- WEDNESDAY, 02 DEC 2026 ----}, the day's name padded as JES2 pads it. */
    String dateLine(Instant when, String jobId) {
        LocalDateTime local = local(when);
        String day = local.getDayOfWeek().name() + ",";
        return " " + time(when) + " " + jobId + " ---- " + String.format("%-10s", day) + " "
                + DATE.format(local).toUpperCase(Locale.ROOT) + " ----";
    }

    String date(Instant when) {
        return DATE.format(local(when)).toUpperCase(Locale.ROOT);
    }

    String julian(Instant when) {
        return JULIAN.format(local(when));
    }

    /** The job log's title: the system and node names letter-spaced. */
    String title() {
        String sysname = spaced(system.sysname());
        return "1                    J E S 2  J O B  L O G  --  S Y S T E M  " + sysname + "  --  N O D E  "
                + sysname;
    }

    String sysname() {
        return system.sysname();
    }

    LocalDateTime local(Instant when) {
        return system.localTime(when);
    }

    private static String spaced(String text) {
        return String.join(" ", text.split(""));
    }
}
