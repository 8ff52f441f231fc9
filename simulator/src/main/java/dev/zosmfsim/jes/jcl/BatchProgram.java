package dev.zosmfsim.jes.jcl;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A program a step can EXEC (IEFBR14, IKJEFT01): what it writes to its DDs and how it ends. */
public interface BatchProgram {

    /** What a step gives its program: who runs it, PARM, its DDs (allocated in {@code files}), and the time. */
    record StepRun(String jobname, String userid, JclStep step, Instant now, StepAllocation files) {

        /** The instream data of a DD, or null when the step has no such DD or it is not instream. */
        public List<String> instream(String ddname) {
            JclDd dd = step.dd(ddname);
            return dd == null ? null : dd.instream();
        }
    }

    /**
     * How the program ended: a return code, or a system abend and its reason; the lines it wrote to each DD, the
     * messages it wrote to the job log (JESMSGLG) and to JESYSMSG, and how long it ran on the simulator clock.
     */
    record Outcome(int returnCode, String abend, int reason, Map<String, List<String>> output, List<String> jobLog,
            List<String> systemMessages, java.time.Duration elapsed) {

        public static Outcome completed(int returnCode, Map<String, List<String>> output) {
            return new Outcome(returnCode, null, 0, output, List.of(), List.of(), java.time.Duration.ZERO);
        }
    }

    Outcome run(StepRun run);
}
