package dev.zosmfsim.jes.jcl;

import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.datasets.DataSet;
import dev.zosmfsim.datasets.DataSetAttributes;
import dev.zosmfsim.datasets.DataSetException;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.RecordFormat;
import dev.zosmfsim.datasets.Records;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step's DDs as the initiator allocates them and its programs open them. Allocation first looks up every
 * existing data set (OLD, SHR, MOD) in the catalog, then creates the NEW ones; a failure leaves the step not run
 * (IEF212I, IEF253I, IEF344I, then IEF272I) and the job ends with a JCL error. Programs read and write the DDs by
 * name: RACF is asked at open (S913-38 when it refuses), a missing member abends S013-18, space runs out with
 * B37/D37/E37. When the step ends each data set gets its disposition (IEF285I).
 */
public final class StepAllocation {

    private final JobDataSets job;
    private final JclStep step;
    private final Map<String, DataSetName> names;
    private final Map<String, Boolean> created;
    private final Map<String, List<String>> sysoutLines = new HashMap<>();
    private final boolean failed;

    private StepAllocation(JobDataSets job, JclStep step, Map<String, DataSetName> names,
            Map<String, Boolean> created, boolean failed) {
        this.job = job;
        this.step = step;
        this.names = names;
        this.created = created;
        this.failed = failed;
    }

    static StepAllocation allocate(JobDataSets job, JclStep step, List<String> sysmsg) {
        Catalog catalog = job.catalog();
        Map<String, DataSetName> names = new LinkedHashMap<>();
        Map<String, Boolean> created = new HashMap<>();
        String prefix = job.jobname() + " " + step.name() + " ";
        for (JclDd dd : step.dds()) {
            DataSetDd request = dd.dataSet();
            if (request == null) {
                continue;
            }
            DataSetName name = job.nameOf(request);
            names.put(dd.name(), name);
            boolean exists = catalog.find(name).isPresent();
            boolean needed = request.status() == DataSetDd.Status.OLD || request.status() == DataSetDd.Status.SHR;
            if (needed && !exists) {
                return failed(job, step, sysmsg, "IEF212I " + prefix + dd.name() + " - DATA SET NOT FOUND");
            }
            Optional<String> holder = catalog.enqueues().holder(name, null).filter(who -> !who.equals(job.owner()));
            if (request.status() != DataSetDd.Status.SHR && holder.isPresent()) {
                // real JES2 waits for the data set (IEF099I); the simulator does not make a job wait: chosen
                sysmsg.add(" IEF861I FOLLOWING RESERVED DATA SET NAMES UNAVAILABLE TO " + job.jobname());
                sysmsg.add(" IEF863I DSN = " + name + " " + job.jobname() + " RC = 04");
                return failed(job, step, sysmsg, null);
            }
        }
        for (JclDd dd : step.dds()) {
            DataSetDd request = dd.dataSet();
            if (request == null) {
                continue;
            }
            DataSetName name = names.get(dd.name());
            if (job.wasPassed(name) && request.normalOrDefault() != DataSetDd.Disposition.PASS) {
                job.received(name);
            }
            boolean exists = catalog.find(name).isPresent();
            if (exists && catalog.find(name).get().migrated()) {
                catalog.recall(name);
            }
            if (request.status() == DataSetDd.Status.NEW && exists) {
                return failed(job, step, sysmsg, "IEF253I " + prefix + dd.name()
                        + " - DUPLICATE NAME ON DIRECT ACCESS VOLUME");
            }
            if (!exists) {
                Optional<String> problem = create(job, name, request);
                if (problem.isPresent()) {
                    sysmsg.add(" IEF344I " + prefix + dd.name() + " - ALLOCATION FAILED DUE TO DATA FACILITY SYSTEM"
                            + " ERROR");
                    return failed(job, step, sysmsg, problem.get());
                }
                created.put(dd.name(), true);
            }
        }
        for (JclDd dd : step.dds()) {
            String unit = dd.dummy() ? "DMY " : dd.dataSet() != null ? JobDataSets.DASD_DEVICE : "JES2";
            sysmsg.add(" IEF237I " + unit + " ALLOCATED TO " + dd.name());
        }
        return new StepAllocation(job, step, names, created, false);
    }

    private static StepAllocation failed(JobDataSets job, JclStep step, List<String> sysmsg, String message) {
        if (message != null) {
            sysmsg.add(" " + message);
        }
        sysmsg.add(" IEF272I " + job.jobname() + " " + step.name() + " - STEP WAS NOT EXECUTED.");
        return new StepAllocation(job, step, Map.of(), Map.of(), true);
    }

    /** Creates a NEW data set as its DD describes it; the problem when RACF or the attributes refuse it. */
    private static Optional<String> create(JobDataSets job, DataSetName name, DataSetDd request) {
        DataSetDd.Space space = request.space() == null ? new DataSetDd.Space("TRK", 1, 1, 0) : request.space();
        String volume = request.volume() == null ? "VOL001" : request.volume();
        if (!job.authority().permits(job.userid(), name.value(), volume, DataSetAuthority.Access.ALTER)) {
            return Optional.of("IGD17012I USER NOT AUTHORIZED TO DEFINE DATA SET " + name);
        }
        boolean library = "LIBRARY".equals(request.dsntype()) || "PDS".equals(request.dsntype());
        String dsorg = request.dsorg() != null ? request.dsorg() : space.directory() > 0 || library ? "PO" : "PS";
        try {
            DataSetAttributes attributes = new DataSetAttributes(dsorg, request.dsntype(),
                    request.recfm() == null ? RecordFormat.FB : RecordFormat.parse(request.recfm()),
                    request.lrecl() == null ? 80 : request.lrecl(), request.blksize() == null ? 0 : request.blksize(),
                    space.unit(), space.primary(), space.secondary(), dsorg.equals("PO") ? space.directory() : 0,
                    volume);
            job.catalog().create(name, attributes);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("IGD01008I " + e.getMessage());
        }
    }

    /** Whether the step could not be allocated (and so did not run). */
    public boolean failed() {
        return failed;
    }

    /** Whether the step has a DD of that name. */
    public boolean has(String ddname) {
        return step.dd(ddname) != null;
    }

    /** Whether the DD is a SYSOUT data set (or DUMMY: what is written to it goes nowhere). */
    public boolean sysout(String ddname) {
        JclDd dd = step.dd(ddname);
        return dd != null && dd.sysout();
    }

    /** Whether the DD writes to a new data set whose DCB the program takes from its input (IEB352I). */
    public boolean takesDcbFromInput(String ddname) {
        JclDd dd = step.dd(ddname);
        return dd != null && (dd.sysout() || dd.dataSet() != null && Boolean.TRUE.equals(created.get(ddname))
                && dd.dataSet().recfm() == null && dd.dataSet().lrecl() == null);
    }

    /** The data set name a DD allocated, or empty for SYSOUT, instream and DUMMY. */
    public Optional<DataSetName> dataSet(String ddname) {
        return Optional.ofNullable(names.get(ddname));
    }

    /** The lines a program reads from the DD: instream data, the data set's records (or member's), none for DUMMY. */
    public List<String> read(String ddname) {
        JclDd dd = step.dd(ddname);
        if (dd == null || dd.dummy() || dd.sysout()) {
            return List.of();
        }
        if (dd.instream() != null) {
            return dd.instream();
        }
        return read(ddname, names.get(ddname), dd.dataSet().member());
    }

    /** Reads a data set a program names itself (IDCAMS INDATASET): allocated and opened as a DD would be. */
    public List<String> readDataSet(DataSetName name, String member) {
        if (job.catalog().find(name).isEmpty()) {
            throw new DataSetException(DataSetException.Kind.NOT_FOUND, "not found", name.value());
        }
        return read("SYS00001", name, member);
    }

    private List<String> read(String ddname, DataSetName name, String member) {
        DataSet dataSet = job.catalog().get(name);
        if (!job.authority().permits(job.userid(), name.value(), dataSet.volume(), DataSetAuthority.Access.READ)) {
            throw openRefused(ddname, dataSet);
        }
        if (member != null && !dataSet.members().containsKey(member)) {
            throw new StepAbend("S013", 0x18, List.of(String.format("IEC141I 013-18,IGG0191B,%s,%s,%s,%s,%s,%s(%s)",
                    job.jobname(), step.name(), ddname, JobDataSets.DASD_DEVICE, dataSet.volume(), name, member)));
        }
        if (member == null && dataSet.partitioned()) {
            return List.of();
        }
        return Records.lines(job.catalog().read(name, member), dataSet.attributes());
    }

    /**
     * Writes lines to the DD: a SYSOUT data set keeps them for the spool, DUMMY drops them, a data set (or member)
     * gets them as records, after the ones it has for DISP=MOD.
     */
    public void write(String ddname, List<String> lines) {
        write(ddname, null, lines);
    }

    /** Writes a member of the partitioned data set the DD names ({@code member} null: the DD's own member). */
    public void write(String ddname, String member, List<String> lines) {
        JclDd dd = step.dd(ddname);
        if (dd == null || dd.dummy() || dd.instream() != null) {
            return;
        }
        if (dd.sysout()) {
            sysoutLines.computeIfAbsent(ddname, name -> new ArrayList<>()).addAll(lines);
            return;
        }
        write(ddname, names.get(ddname), member != null ? member : dd.dataSet().member(),
                dd.dataSet().status() == DataSetDd.Status.MOD, lines);
    }

    /** Writes a data set a program names itself (IDCAMS OUTDATASET), from its first record. */
    public void writeDataSet(DataSetName name, String member, List<String> lines) {
        if (job.catalog().find(name).isEmpty()) {
            throw new DataSetException(DataSetException.Kind.NOT_FOUND, "not found", name.value());
        }
        write("SYS00002", name, member, false, lines);
    }

    private void write(String ddname, DataSetName name, String target, boolean append, List<String> lines) {
        DataSet dataSet = job.catalog().get(name);
        if (!job.authority().permits(job.userid(), name.value(), dataSet.volume(), DataSetAuthority.Access.UPDATE)) {
            throw openRefused(ddname, dataSet);
        }
        if (dataSet.partitioned() && target == null || !dataSet.partitioned() && target != null) {
            throw new StepAbend("S013", 0x14, List.of(String.format("IEC141I 013-14,IGG0191B,%s,%s,%s,%s,%s,%s",
                    job.jobname(), step.name(), ddname, JobDataSets.DASD_DEVICE, dataSet.volume(), name)));
        }
        List<String> all = new ArrayList<>();
        if (append && target == null) {
            all.addAll(read(ddname, name, null));
        }
        all.addAll(lines);
        List<byte[]> records = Records.ofLines(all, dataSet.attributes());
        try {
            job.catalog().write(name, target, records, job.owner());
        } catch (DataSetException e) {
            if (e.completion() == null) {
                throw e;
            }
            String abend = e.completion().substring(0, 3);
            throw new StepAbend("S" + abend, Integer.parseInt(e.completion().substring(4), 16), List.of(String.format(
                    "IEC031I %s,IFG0554T,%s,%s,%s,%s,%s,%s", e.completion(), job.jobname(), step.name(), ddname,
                    JobDataSets.DASD_DEVICE, dataSet.volume(), name)));
        }
    }

    private StepAbend openRefused(String ddname, DataSet dataSet) {
        return new StepAbend("S913", 0x38, List.of(String.format("IEC150I 913-38,IFG0194E,%s,%s,%s,%s,%s,%s",
                job.jobname(), step.name(), ddname, JobDataSets.DASD_DEVICE, dataSet.volume(), dataSet.name())));
    }

    /** Whether RACF lets the job's user at a data set a program names itself (a refusal writes ICH408I). */
    boolean permits(DataSetName name, DataSetAuthority.Access access) {
        String volume = job.catalog().find(name).map(DataSet::volume).orElse("VOL001");
        return job.authority().permits(job.userid(), name.value(), volume, access);
    }

    Catalog catalog() {
        return job.catalog();
    }

    /** Who holds what the job changes (its enqueue owner). */
    String owner() {
        return job.owner();
    }

    /** What the program wrote to each SYSOUT DD. */
    public Map<String, List<String>> sysoutWritten() {
        return sysoutLines;
    }

    /**
     * The end of the step: each data set's disposition (the abnormal one after an abend), as IEF285I lines per
     * DD name.
     */
    public Map<String, List<String>> dispose(boolean abended) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (JclDd dd : step.dds()) {
            DataSetName name = names.get(dd.name());
            if (name == null) {
                continue;
            }
            DataSetDd request = dd.dataSet();
            DataSetDd.Disposition disposition = abended ? request.abnormalOrDefault() : request.normalOrDefault();
            boolean isNew = Boolean.TRUE.equals(created.get(dd.name()));
            Optional<DataSet> dataSet = job.catalog().find(name);
            String volume = dataSet.map(DataSet::volume).orElse("VOL001");
            String outcome;
            switch (disposition) {
                case DELETE, UNCATLG -> {
                    boolean may = isNew || job.authority().permits(job.userid(), name.value(), volume,
                            DataSetAuthority.Access.ALTER);
                    if (!may) {
                        outcome = "NOT DELETED   8";
                    } else {
                        if (dataSet.isPresent()) {
                            job.catalog().delete(name, job.owner());
                        }
                        outcome = disposition == DataSetDd.Disposition.DELETE ? "DELETED" : "UNCATALOGED";
                    }
                }
                case PASS -> {
                    job.passed(name, isNew);
                    outcome = "PASSED";
                }
                case CATLG -> outcome = isNew ? "CATALOGED" : "KEPT";
                default -> outcome = "KEPT";
            }
            lines.put(dd.name(), disposed(name, outcome, volume));
        }
        return lines;
    }

    /** IEF285I for a data set's disposition, and the volume line that follows it. */
    static List<String> disposed(DataSetName name, String outcome, String volume) {
        String message = outcome.startsWith("NOT") ? "IEF283I" : "IEF285I";
        return List.of(String.format(" %s   %-44s %s", message, name, outcome),
                String.format(" %s   VOL SER NOS= %s.", message, volume));
    }
}
