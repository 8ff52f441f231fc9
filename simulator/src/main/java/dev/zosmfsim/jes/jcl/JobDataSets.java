package dev.zosmfsim.jes.jcl;

import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.datasets.DataSet;
import dev.zosmfsim.datasets.DataSetName;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data sets of one batch job over the system's catalog: the names the system gives its temporary data sets
 * ({@code SYSyyddd.Thhmmss.RA000.jobname.name.H01}), the data sets passed from one step to the next, and what the
 * end of the job does with those still passed (temporary and new ones are deleted, the others kept).
 */
public final class JobDataSets {

    /** The device number JESYSMSG shows for a DASD allocation (one device for all volumes: chosen). */
    static final String DASD_DEVICE = "0A80";

    private final Catalog catalog;
    private final DataSetAuthority authority;
    private final String jobname;
    private final String jobId;
    private final String userid;
    private final String temporaryPrefix;
    private final Map<String, DataSetName> temporaries = new LinkedHashMap<>();
    private final Map<DataSetName, Boolean> passedNew = new LinkedHashMap<>();

    JobDataSets(Catalog catalog, DataSetAuthority authority, String jobname, String jobId, String userid,
            LocalDateTime started) {
        this.catalog = catalog;
        this.authority = authority;
        this.jobname = jobname;
        this.jobId = jobId;
        this.userid = userid;
        this.temporaryPrefix = String.format("SYS%02d%03d.T%02d%02d%02d.RA000.%s.", started.getYear() % 100,
                started.getDayOfYear(), started.getHour(), started.getMinute(), started.getSecond(), jobname);
    }

    /** Allocates a step's DDs, writing IEF237I (or the reason the step cannot run) to {@code sysmsg}. */
    public StepAllocation allocate(JclStep step, List<String> sysmsg) {
        return StepAllocation.allocate(this, step, sysmsg);
    }

    Catalog catalog() {
        return catalog;
    }

    DataSetAuthority authority() {
        return authority;
    }

    String jobname() {
        return jobname;
    }

    String userid() {
        return userid;
    }

    /** Who holds what the job writes: the user, told apart from the same user's TSO session and other jobs. */
    String owner() {
        return userid + "#" + jobId;
    }

    /** The catalog name of a DD's data set: a temporary one gets the system's name, the same in every step. */
    DataSetName nameOf(DataSetDd dd) {
        if (!dd.temporary()) {
            return new DataSetName(dd.dsn());
        }
        return temporaries.computeIfAbsent(dd.dsn(), temp -> new DataSetName(temporaryPrefix + temp.substring(2)
                + ".H01"));
    }

    void passed(DataSetName name, boolean created) {
        passedNew.merge(name, created, Boolean::logicalOr);
    }

    /** A later step took the passed data set and gives it its own disposition. */
    void received(DataSetName name) {
        passedNew.remove(name);
    }

    boolean wasPassed(DataSetName name) {
        return passedNew.containsKey(name);
    }

    /** The end of the job: data sets still passed are deleted if the job made them (temporaries too), else kept. */
    public void end(List<String> sysmsg) {
        for (Map.Entry<DataSetName, Boolean> passed : passedNew.entrySet()) {
            DataSetName name = passed.getKey();
            boolean delete = passed.getValue() || temporaries.containsValue(name);
            String volume = catalog.find(name).map(DataSet::volume).orElse("VOL001");
            if (delete && catalog.find(name).isPresent()) {
                catalog.delete(name, owner());
            }
            sysmsg.addAll(StepAllocation.disposed(name, delete ? "DELETED" : "KEPT", volume));
        }
        passedNew.clear();
    }
}
