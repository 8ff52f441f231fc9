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

    /** The TSU job of an address space that has just started: named for its user, class TSU, running. */
    static Job tsuJob(JesFormats formats, int number, AddressSpace space, Instant now) {
        String proc = space.parameters().logonProc();
        List<String> jcl = List.of(String.format("//%-8s JOB '%s',REGION=%dK", space.userid(),
                space.parameters().account(), space.parameters().region()), String.format("//%-8s EXEC %s", proc,
                proc));
        Job job = new Job(number, JobType.TSU, space.userid(), space.userid(), space.userid(), "TSU", now, space,
                null, jcl, JobIds.correlator('T', number, formats.sysname(), now, ""));
        job.start(now);
        job.steps(List.of(new JobStep(1, proc, null, "IKJEFT01", null, true)));
        job.spool(atLogon(formats, job, now));
        return job;
    }

    /**
     * The TSU job of a logon whose procedure TSO/E refused: JES2 made the job, its conversion failed. JESMSGLG has the
     * logon's IKJ messages, IEFC452I JOB NOT RUN - JCL ERROR and $HASP396; JESYSMSG IEFC612I for the procedure.
     */
    static Job failedLogon(JesFormats formats, int number, FailedLogon logon, Instant now) {
        List<String> jcl = List.of(String.format("//%-8s JOB '%s',REGION=%dK", logon.userid(), logon.account(),
                logon.region()), String.format("//%-8s EXEC %s", logon.proc(), logon.proc()));
        Job job = new Job(number, JobType.TSU, logon.userid(), logon.userid(), logon.userid(), "TSU", now, null, null,
                jcl, JobIds.correlator('T', number, formats.sysname(), now, ""));
        String prefix = formats.prefix(now, job.jobId());
        List<String> log = new ArrayList<>(List.of(formats.title(), "0", formats.dateLine(now, job.jobId())));
        log.add(prefix + "IRR010I  USERID " + logon.userid() + "  IS ASSIGNED TO THIS JOB.");
        logon.messages().forEach(line -> log.add(prefix + line));
        log.addAll(logon.ending(prefix, formats.time(now)));
        List<String> listing = new ArrayList<>();
        for (int i = 0; i < jcl.size(); i++) {
            listing.add(String.format("%9d %s", i + 1, jcl.get(i)));
        }
        job.spool(List.of(new SpoolFile(2, "JESMSGLG", "JES2", null, "UA", 133, "Z", log),
                new SpoolFile(3, "JESJCL", "JES2", null, "V", 136, "Z", listing),
                new SpoolFile(4, "JESYSMSG", "JES2", null, "VA", 137, "Z", List.of(" STMT NO. MESSAGE",
                        "        2 IEFC612I PROCEDURE " + logon.proc() + " WAS NOT FOUND"))));
        job.end(now, "JCL ERROR");
        return job;
    }

    /** A started task's STC job, running from {@code when}. */
    static Job stcJob(JesFormats formats, int number, StartedTask task, Instant when) {
        Job job = new Job(number, JobType.STC, task.jobname(), task.userid(), task.userid(), "STC", when, null, task,
                List.of(String.format("//%-8s JOB MSGLEVEL=1", task.jobname()),
                        String.format("//%-8s EXEC %s", task.stepname(), task.procstep())),
                JobIds.correlator('S', number, formats.sysname(), when, ""));
        job.start(when);
        job.steps(List.of(new JobStep(1, task.stepname(), task.procstep(), task.procstep(), null, true)));
        job.spool(atLogon(formats, job, when));
        return job;
    }

    /** Ends a TSU job whose address space has ended (idled out, logged off, cancelled), as the space ended. */
    static void endWithItsSpace(JesFormats formats, Job job, Instant now) {
        AddressSpace space = job.space();
        if (space == null || job.ended() != null || space.live()) {
            return;
        }
        Instant when = space.endedAt() == null ? now : space.endedAt();
        String completion = completion(space.endReason());
        job.end(when, completion);
        job.steps(List.of(new JobStep(1, space.parameters().logonProc(), null, "IKJEFT01", completion, false)));
        atEnd(formats, job, when);
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
