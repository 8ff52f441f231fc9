package dev.zosmfsim.jes.jcl;

import dev.zosmfsim.datasets.Catalog;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The programs the simulated system's link list has, and the catalog they run over: IEFBR14 (does nothing,
 * CC 0000), IEBGENER and IDCAMS over the data sets, the TSO terminal monitor program under its three names, and
 * BPXBATCH (its shell knows {@code sleep} only). Any other program is not found: the step abends S806 with reason
 * 4, after the contents supervisor's CSV003I. A data set access the system refuses ends the step with its abend.
 */
public final class Programs {

    private final Map<String, BatchProgram> byName;
    private final Catalog catalog;
    private final DataSetAuthority authority;

    public Programs(BatchProgram tsoInBatch, Catalog catalog, DataSetAuthority authority, ZoneOffset localOffset) {
        BatchProgram iefbr14 = run -> BatchProgram.Outcome.completed(0, Map.of());
        this.byName = Map.of("IEFBR14", iefbr14, "IKJEFT01", tsoInBatch, "IKJEFT1A", tsoInBatch, "IKJEFT1B",
                tsoInBatch, "BPXBATCH", new BpxBatch(), "IEBGENER", new Iebgener(), "IDCAMS", new Idcams(localOffset));
        this.catalog = catalog;
        this.authority = authority;
    }

    /** The data sets of a job that starts now ({@code started}: the system's local time). */
    public JobDataSets dataSetsFor(String jobname, String jobId, String userid, LocalDateTime started) {
        return new JobDataSets(catalog, authority, jobname, jobId, userid, started);
    }

    public BatchProgram.Outcome run(String program, BatchProgram.StepRun run) {
        BatchProgram found = byName.get(program);
        if (found != null) {
            try {
                return found.run(run);
            } catch (StepAbend abend) {
                return abend.outcome();
            }
        }
        List<String> log = List.of("CSV003I REQUESTED MODULE " + program + " NOT FOUND",
                String.format("CSV028I ABEND806-04  JOBNAME=%-8s  STEPNAME=%s", run.jobname(), run.step().name()));
        return new BatchProgram.Outcome(0, "S806", 4, Map.of(), log, log, java.time.Duration.ZERO);
    }
}
