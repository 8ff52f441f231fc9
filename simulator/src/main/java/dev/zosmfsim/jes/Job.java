package dev.zosmfsim.jes;

import dev.zosmfsim.cea.AddressSpace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One job in JES2's queues: a batch job, a started task or a TSO user. Identity never changes; the life fields
 * (start, end, completion, hold, class, spool) change only through {@link Jes2}, which guards them.
 *
 * <p>A TSU or STC job bound to an address space follows it: {@link Jes2} ends the job when the address space ends.
 */
public final class Job {

    private final int number;
    private final JobType type;
    private final String jobname;
    private final String owner;
    private final String submitter;
    private final String correlator;
    private final Instant submitted;
    private final AddressSpace space;
    private final StartedTask task;
    private final List<String> jcl;
    private volatile String jobClass;
    private volatile boolean held;
    private volatile Instant started;
    private volatile Instant ended;
    private volatile String retcode;
    private volatile List<JobStep> steps = List.of();
    private volatile List<SpoolFile> spool = List.of();

    Job(int number, JobType type, String jobname, String owner, String submitter, String jobClass, Instant submitted,
            AddressSpace space, StartedTask task, List<String> jcl, String correlator) {
        this.number = number;
        this.type = Objects.requireNonNull(type, "type");
        this.jobname = Objects.requireNonNull(jobname, "jobname");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.submitter = submitter;
        this.jobClass = jobClass;
        this.submitted = submitted;
        this.space = space;
        this.task = task;
        this.jcl = List.copyOf(jcl);
        this.correlator = correlator;
    }

    public int number() {
        return number;
    }

    public JobType type() {
        return type;
    }

    public String jobId() {
        return type.jobId(number);
    }

    public String jobname() {
        return jobname;
    }

    /** The user the job runs as. */
    public String owner() {
        return owner;
    }

    /** Who submitted it (the owner unless USER= named another). */
    public String submitter() {
        return submitter;
    }

    public String jobClass() {
        return jobClass;
    }

    public boolean held() {
        return held;
    }

    public Instant submitted() {
        return submitted;
    }

    public Instant started() {
        return started;
    }

    public Instant ended() {
        return ended;
    }

    /** z/OSMF's completion: {@code CC 0000}, {@code ABEND S222}, {@code JCL ERROR}, {@code CANCELED}...; null until it ends. */
    public String retcode() {
        return retcode;
    }

    /** The address space a TSU or STC job runs in; null for batch jobs, whose address spaces are initiators. */
    public AddressSpace space() {
        return space;
    }

    /** The started task an STC job of the system is; null for other jobs. */
    public StartedTask task() {
        return task;
    }

    /** The JCL as submitted (what {@code files/JCL/records} returns). */
    public List<String> jcl() {
        return jcl;
    }

    /** The job correlator: the 31-character system part, a colon, and the user part. */
    public String correlator() {
        return correlator;
    }

    public List<JobStep> steps() {
        return steps;
    }

    public List<SpoolFile> spool() {
        return spool;
    }

    public JobStatus status() {
        if (ended != null) {
            return JobStatus.OUTPUT;
        }
        return started == null ? JobStatus.INPUT : JobStatus.ACTIVE;
    }

    void start(Instant when) {
        started = when;
    }

    void end(Instant when, String completion) {
        ended = when;
        retcode = completion;
    }

    void hold(boolean value) {
        held = value;
    }

    void jobClass(String value) {
        jobClass = value;
    }

    void steps(List<JobStep> value) {
        steps = List.copyOf(value);
    }

    void spool(List<SpoolFile> value) {
        spool = List.copyOf(value);
    }

    void addSpoolLines(String ddname, List<String> lines) {
        List<SpoolFile> changed = new ArrayList<>();
        for (SpoolFile file : spool) {
            if (file.ddname().equals(ddname)) {
                List<String> records = new ArrayList<>(file.records());
                records.addAll(lines);
                file = new SpoolFile(file.id(), file.ddname(), file.stepname(), file.procstep(), file.recfm(),
                        file.lrecl(), file.outputClass(), records);
            }
            changed.add(file);
        }
        spool = List.copyOf(changed);
    }

    @Override
    public String toString() {
        return "Job[" + jobname + " " + jobId() + " " + status() + (retcode == null ? "" : " " + retcode) + "]";
    }
}
