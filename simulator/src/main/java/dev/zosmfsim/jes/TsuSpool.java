package dev.zosmfsim.jes;

import dev.zosmfsim.cea.AddressSpace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The spool of a TSO user's (or a started task's) job: JESMSGLG with its start ($HASP373, IEF125I LOGGED ON for a
 * TSU) and end (IEF450I ABEND=S222 for a cancel, IEF126I LOGGED OFF, $HASP395), JESJCL, JESYSMSG. The completion
 * follows how the address space ended: an operator's cancel is S222, an idle end S522 (TSO's time limit); a logoff
 * is CC 0000.
 */
final class TsuSpool {

    private TsuSpool() {
    }

    static List<SpoolFile> atLogon(JesFormats formats, Job job, Instant when) {
        String prefix = formats.prefix(when, job.jobId());
        List<String> log = new ArrayList<>(List.of(formats.title(), "0", formats.dateLine(when, job.jobId())));
        if (job.type() == JobType.TSU) {
            log.add(prefix + "IRR010I  USERID " + job.owner() + "  IS ASSIGNED TO THIS JOB.");
            log.add(prefix + "IEF125I " + job.jobname() + " - LOGGED ON - TIME=" + formats.time(when));
        } else {
            log.add(prefix + String.format("$HASP373 %-8s STARTED", job.jobname()));
            log.add(prefix + "IEF403I " + job.jobname() + " - STARTED - TIME=" + formats.time(when));
        }
        List<String> jcl = new ArrayList<>();
        for (int i = 0; i < job.jcl().size(); i++) {
            jcl.add(String.format("%9d %s", i + 1, job.jcl().get(i)));
        }
        String step = job.steps().isEmpty() ? job.jobname() : job.steps().get(0).stepname();
        List<String> sysmsg = List.of(" IEF236I ALLOC. FOR " + job.jobname() + " " + step);
        String outputClass = job.type() == JobType.TSU ? "Z" : "A";
        return List.of(new SpoolFile(2, "JESMSGLG", "JES2", null, "UA", 133, outputClass, log),
                new SpoolFile(3, "JESJCL", "JES2", null, "V", 136, outputClass, jcl),
                new SpoolFile(4, "JESYSMSG", "JES2", null, "VA", 137, outputClass, sysmsg));
    }

    static void atEnd(JesFormats formats, Job job, Instant when) {
        String prefix = formats.prefix(when, job.jobId());
        AddressSpace space = job.space();
        List<String> lines = new ArrayList<>();
        if (space.endReason() == AddressSpace.EndReason.CANCELLED
                || space.endReason() == AddressSpace.EndReason.ZOSMF_STOPPED) {
            lines.add(prefix + "IEF450I " + job.jobname() + " " + space.parameters().logonProc()
                    + " - ABEND=S222 U0000 REASON=00000000  TIME=" + formats.time(when));
        } else if (space.endReason() == AddressSpace.EndReason.IDLE) {
            lines.add(prefix + "IEF450I " + job.jobname() + " " + space.parameters().logonProc()
                    + " - ABEND=S522 U0000 REASON=00000000  TIME=" + formats.time(when));
        } else {
            lines.add(prefix + "IEF126I " + job.jobname() + " - LOGGED OFF - TIME=" + formats.time(when));
        }
        lines.add(prefix + String.format("$HASP395 %-8s ENDED", job.jobname()));
        job.addSpoolLines("JESMSGLG", lines);
    }

    /** A job cancelled before it ran: its log says so. */
    static List<SpoolFile> cancelledBeforeRun(JesFormats formats, Job job, Instant when) {
        if (job.type() != JobType.JOB || !job.spool().isEmpty()) {
            return job.spool();
        }
        String prefix = formats.prefix(when, job.jobId());
        List<String> log = List.of(formats.title(), "0", formats.dateLine(when, job.jobId()),
                prefix + String.format("$HASP608 %-8s CANCELLED BY OPERATOR BEFORE EXECUTION", job.jobname()));
        List<String> jcl = new ArrayList<>();
        for (int i = 0; i < job.jcl().size(); i++) {
            jcl.add(String.format("%9d %s", i + 1, job.jcl().get(i)));
        }
        return List.of(new SpoolFile(2, "JESMSGLG", "JES2", null, "UA", 133, "A", log),
                new SpoolFile(3, "JESJCL", "JES2", null, "V", 136, "A", jcl));
    }

    static String completion(AddressSpace.EndReason reason) {
        return switch (reason) {
            case CANCELLED, ZOSMF_STOPPED -> "ABEND S222";
            case IDLE -> "ABEND S522";
            case LOGOFF, RECONNECT_EXPIRED -> "CC 0000";
        };
    }
}
