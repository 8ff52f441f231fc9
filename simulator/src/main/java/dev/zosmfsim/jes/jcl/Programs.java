package dev.zosmfsim.jes.jcl;

import java.util.List;
import java.util.Map;

/**
 * The programs the simulated system's link list has: IEFBR14 (does nothing, CC 0000), the TSO terminal monitor
 * program under its three names, and BPXBATCH (its shell knows {@code sleep} only). Any other program is not found: the step abends S806 with reason 4, after the
 * contents supervisor's CSV003I.
 */
public final class Programs {

    private final Map<String, BatchProgram> byName;

    public Programs(BatchProgram tsoInBatch) {
        BatchProgram iefbr14 = run -> BatchProgram.Outcome.completed(0, Map.of());
        this.byName = Map.of("IEFBR14", iefbr14, "IKJEFT01", tsoInBatch, "IKJEFT1A", tsoInBatch, "IKJEFT1B",
                tsoInBatch, "BPXBATCH", new BpxBatch());
    }

    public BatchProgram.Outcome run(String program, BatchProgram.StepRun run) {
        BatchProgram found = byName.get(program);
        if (found != null) {
            return found.run(run);
        }
        List<String> log = List.of("CSV003I REQUESTED MODULE " + program + " NOT FOUND",
                String.format("CSV028I ABEND806-04  JOBNAME=%-8s  STEPNAME=%s", run.jobname(), run.step().name()));
        return new BatchProgram.Outcome(0, "S806", 4, Map.of(), log, log, java.time.Duration.ZERO);
    }
}
