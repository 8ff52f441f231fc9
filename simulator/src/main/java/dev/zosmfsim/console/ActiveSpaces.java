package dev.zosmfsim.console;

import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.jes.Jes2;
import dev.zosmfsim.jes.Job;
import dev.zosmfsim.jes.JobStatus;
import dev.zosmfsim.jes.JobStep;
import dev.zosmfsim.jes.JobType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The address spaces operator commands display, in one list: the system's own (system address spaces and started
 * tasks, whose ASIDs are fixed at IPL), the initiators of running batch jobs, and every live TSO and console address
 * space of the CEA table. D A, D J,
 * D TS and JES2's $D A all read this one view.
 */
final class ActiveSpaces {

    /** Whether an address space is a system address space, a started task, a TSO user or a batch job's initiator. */
    enum Type { SYSAS, STC, TSU, JOB }

    /** The ASID of initiator 1; the others follow (chosen: after z/OSMF's IZUSVR1). */
    private static final int FIRST_INITIATOR_ASID = 0x19;

    /** One address space as the displays show it; {@code jobId} is JES2's (empty for system address spaces). */
    record Space(String jobname, String stepname, String procstep, Type type, int asid, String userid,
            Instant started, String jobId) {

        String asidHex() {
            return String.format("%04X", asid);
        }
    }

    /** The system address spaces: jobname, stepname, procstep, in ASID order from 0001; JES2 knows none of them. */
    private static final String[][] SYSTEM = {
        {"*MASTER*", "", ""}, {"PCAUTH", "", ""}, {"RASP", "", ""}, {"TRACE", "", ""},
        {"DUMPSRV", "DUMPSRV", "DUMPSRV"}, {"XCFAS", "IEFPROC", "IEFPROC"}, {"GRS", "", ""}, {"SMSPDSE", "", ""},
        {"CONSOLE", "", ""}, {"WLM", "WLM", "IEFPROC"}, {"OMVS", "", ""}, {"IEFSCHAS", "", ""},
        {"JESXCF", "JESXCF", "IEFPROC"}, {"ALLOCAS", "", ""}, {"IXGLOGR", "IXGLOGR", "IEFPROC"},
        {"SMF", "SMF", "IEFPROC"},
    };

    private ActiveSpaces() {
    }

    /**
     * The system address spaces, then the started tasks JES2 runs (z/OSMF's IZUSVR1 while it runs), then the live
     * TSO and console address spaces with their TSU jobs, all read from JES2's one job table.
     */
    static List<Space> of(CommandContext context, Jes2 jes) {
        List<Space> spaces = systemSpaces(context);
        List<Job> running = jes.all().stream().filter(job -> job.status() == JobStatus.ACTIVE).toList();
        running.stream().filter(job -> job.task() != null)
                .sorted(java.util.Comparator.comparingInt(job -> job.task().asid()))
                .forEach(job -> spaces.add(new Space(job.jobname(), job.task().stepname(), job.task().procstep(),
                        Type.STC, job.task().asid(), job.owner(), job.started(), job.jobId())));
        int initiator = 0;
        for (Job job : running) {
            if (job.type() == JobType.JOB) {
                String step = job.steps().stream().filter(s -> s.completion() == null).map(JobStep::stepname)
                        .findFirst().orElse("");
                spaces.add(new Space(job.jobname(), step, "", Type.JOB, FIRST_INITIATOR_ASID + initiator++,
                        job.owner(), job.started(), job.jobId()));
            }
        }
        for (Job job : running) {
            AddressSpace space = job.space();
            if (space != null && space.live()) {
                spaces.add(new Space(space.userid(), space.parameters().logonProc(), "", Type.TSU, space.asid(),
                        space.userid(), space.started(), job.jobId()));
            }
        }
        return spaces;
    }

    /** The system address spaces alone. */
    static List<Space> systemSpaces(CommandContext context) {
        List<Space> spaces = new ArrayList<>();
        for (int i = 0; i < SYSTEM.length; i++) {
            spaces.add(new Space(SYSTEM[i][0], SYSTEM[i][1], SYSTEM[i][2], Type.SYSAS, i + 1, "+MASTER+",
                    context.iplTime(), ""));
        }
        return spaces;
    }
}
