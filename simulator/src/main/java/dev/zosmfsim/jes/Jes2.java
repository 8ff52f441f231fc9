package dev.zosmfsim.jes;

import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.cea.AddressSpaceEvents;
import dev.zosmfsim.cea.AddressSpaceOperations;
import dev.zosmfsim.cea.AddressSpaceView;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.jes.jcl.JclConverter;
import dev.zosmfsim.jes.jcl.JclJob;
import dev.zosmfsim.jes.jcl.JclParser;
import dev.zosmfsim.jes.jcl.Programs;
import dev.zosmfsim.zosmf.SystemIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.BiConsumer;

/**
 * JES2's job queues: every job of the system, batch jobs, started tasks and TSO users alike, with unique job numbers
 * handed out in increasing order. Every address space of the CEA table gets its TSU job when it starts
 * ({@link #started}); the job ends when the address space does. Submitted JCL is converted and run at once on the
 * simulator clock (see {@link BatchRun}).
 *
 * <p>Bounded: at most {@value #OUTPUT_CAPACITY} jobs on the output queue; past that the oldest output is purged, as
 * a spool offload would. Jobs that run are never purged by the bound.
 *
 * <p>Locking: the queues are guarded by this object; it never calls the address-space table while holding it (the
 * table calls {@link #started} with its own lock held).
 */
public final class Jes2 implements AddressSpaceEvents {

    /** The most jobs kept on the output queue (their spool included). */
    public static final int OUTPUT_CAPACITY = 10_000;

    private final SimClock clock;
    private final JesFormats formats;
    private final BiConsumer<Instant, String> systemLog;
    private final JobSecurity security;
    private final BatchRun runner;
    private final BooleanSupplier zosmfRunning;
    private final Map<Integer, Job> jobs = new LinkedHashMap<>();
    /** Held jobs, with what they will run when released. */
    private final Map<Integer, Pending> pending = new LinkedHashMap<>();
    private final RunningJobs running;
    private Jes2Parameters parameters;
    private int next;
    private Job zosmfJob;
    private AddressSpaceView spaces;
    private AddressSpaceOperations operations;

    private record Pending(JclJob jcl, Optional<List<String>> refusal) {
    }

    /**
     * What a submit asks for: the JCL, who submits it, the JCL symbols of its X-IBM-JCL-Symbol headers, the user part
     * of the job correlator, and the class a JOB statement without CLASS= gets (the internal reader's).
     */
    public record Submission(List<String> cards, String submitter, Map<String, String> symbols,
            String userCorrelator, String defaultClass) {

        public Submission(List<String> cards, String submitter) {
            this(cards, submitter, Map.of(), null, "A");
        }
    }

    /** What the job modify services answer synchronously: the job, and status 0 or why it failed. */
    public record Feedback(Job job, int status, String message) {
    }

    public Jes2(SimClock clock, SystemIdentity system, Jes2Parameters parameters,
            BiConsumer<Instant, String> systemLog,
            JobSecurity security, Programs programs, BooleanSupplier zosmfRunning) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.formats = new JesFormats(system);
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.systemLog = Objects.requireNonNull(systemLog, "systemLog");
        this.security = Objects.requireNonNull(security, "security");
        this.runner = new BatchRun(formats, programs);
        this.running = new RunningJobs(formats);
        this.zosmfRunning = zosmfRunning;
        this.next = parameters.nextJobNumber();
        Instant ipl = clock.now();
        for (StartedTask task : StartedTask.AT_IPL) {
            startTask(task, task.iplNumber(), ipl);
        }
        if (zosmfRunning == null || zosmfRunning.getAsBoolean()) {
            zosmfJob = startTask(StartedTask.ZOSMF, StartedTask.ZOSMF.iplNumber(), ipl);
        }
    }

    /** Connects JES2 to the address-space table whose TSO address spaces are its TSU jobs. */
    public synchronized void attach(AddressSpaceView view, AddressSpaceOperations ops) {
        this.spaces = view;
        this.operations = ops;
    }

    // ---- the address spaces' jobs

    @Override
    public synchronized void started(AddressSpace space) {
        int number = allocateLocked();
        jobs.put(number, TsuSpool.tsuJob(formats, number, space, clock.now()));
    }

    /** A TSO logon whose procedure TSO/E refused leaves a TSU job that failed in conversion (JCL ERROR). */
    public Job failedLogon(FailedLogon logon) {
        Job job;
        synchronized (this) {
            job = TsuSpool.failedLogon(formats, allocateLocked(), logon, clock.now());
            jobs.put(job.number(), job);
            trimLocked();
        }
        logon.ending(" ", formats.time(clock.now())).forEach(this::log);
        return job;
    }

    @Override
    public void ended(AddressSpace space, AddressSpace.EndReason reason) {
        refresh();
    }

    /** Ends the jobs whose address spaces have ended (idled out, logged off, cancelled), and follows z/OSMF's STC. */
    private void refresh() {
        AddressSpaceView view;
        synchronized (this) {
            view = spaces;
        }
        if (view != null) {
            view.inUse(); // lets the table end what has idled out
        }
        boolean zosmf = zosmfRunning == null || zosmfRunning.getAsBoolean();
        List<Runnable> writes = new ArrayList<>();
        synchronized (this) {
            running.finishDue(clock.now(), jobs, (when, line) -> writes.add(() -> systemLog.accept(when, line)));
            for (Job job : jobs.values()) {
                TsuSpool.endWithItsSpace(formats, job, clock.now());
            }
            if (zosmf && (zosmfJob == null || zosmfJob.ended() != null)) {
                zosmfJob = startTask(StartedTask.ZOSMF, zosmfJob == null ? StartedTask.ZOSMF.iplNumber()
                        : allocateLocked(), clock.now());
            } else if (!zosmf && zosmfJob != null && zosmfJob.ended() == null) {
                zosmfJob.end(clock.now(), "CC 0000");
            }
            trimLocked();
        }
        writes.forEach(Runnable::run);
    }

    private Job startTask(StartedTask task, int number, Instant when) {
        Job job = TsuSpool.stcJob(formats, number, task, when);
        jobs.put(number, job);
        return job;
    }

    // ---- what users see

    /** The jobs {@code userid} may see that {@code filter} selects, oldest first, at most {@code max}. */
    public List<Job> list(String userid, JobFilter filter) {
        refresh();
        List<Job> all;
        synchronized (this) {
            all = List.copyOf(jobs.values());
        }
        List<Job> shown = new ArrayList<>();
        for (Job job : all) {
            if (shown.size() >= filter.maxJobs()) {
                break;
            }
            if (filter.selects(job) && security.allows(userid, JobAction.VIEW, job)) {
                shown.add(job);
            }
        }
        return shown;
    }

    /** Every job, oldest first (the operator's view: $D J, D A). */
    public List<Job> all() {
        refresh();
        synchronized (this) {
            return List.copyOf(jobs.values());
        }
    }

    /** The job with this name and id that {@code userid} may see; refused as z/OSMF refuses an unknown job. */
    public Job find(String userid, String jobname, String jobid) {
        Job job = byId(jobid).filter(found -> found.jobname().equalsIgnoreCase(jobname))
                .orElseThrow(() -> JesException.notFound(jobname, jobid));
        if (!security.allows(userid, JobAction.VIEW, job)) {
            throw JesException.notFound(jobname, jobid);
        }
        return job;
    }

    /** The job with this id (JOB00125, J0000125, TSU00130, T130...). */
    public Optional<Job> byId(String jobid) {
        refresh();
        Optional<JobIds.Parsed> parsed = JobIds.parse(jobid);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        synchronized (this) {
            Job job = jobs.get(parsed.get().number());
            return job != null && job.type().name().charAt(0) == parsed.get().type() ? Optional.of(job)
                    : Optional.empty();
        }
    }

    /** The TSU job of an address space. */
    public synchronized Optional<Job> jobOf(AddressSpace space) {
        return jobs.values().stream().filter(job -> job.space() == space).findFirst();
    }

    // ---- submit

    /**
     * Submits JCL: the job gets its number, is converted and runs at once (unless TYPRUN=HOLD keeps it on the input
     * queue). Returns the job as it stood on the input queue, as z/OSMF's submit answers.
     *
     * @throws JesException when the input is not a job (no JOB statement first)
     */
    public Job submit(Submission submission) {
        List<String> cards = JclSymbols.substitute(submission.cards(), submission.symbols(), submission.submitter());
        JclJob jcl;
        try {
            jcl = JclConverter.convert(JclParser.parse(cards), submission.defaultClass());
        } catch (IllegalArgumentException e) {
            throw JesException.service(8, "Job input was not recognized by system as a job");
        }
        String owner = jcl.user() == null ? submission.submitter() : jcl.user();
        Optional<List<String>> refusal = security.refusesJob(submission.submitter(), owner);
        Instant now = clock.now();
        Job job;
        synchronized (this) {
            int number = allocateLocked();
            String jobname = jcl.jobname().isEmpty() ? submission.submitter() : jcl.jobname();
            job = new Job(number, JobType.JOB, jobname, owner, submission.submitter(), jcl.jobClass(), now, null,
                    null, cards, JobIds.correlator('J', number, formats.sysname(), now,
                    submission.userCorrelator()));
            jobs.put(number, job);
        }
        log(String.format(" $HASP100 %-8s ON INTRDR      %-20s FROM %s", job.jobname(),
                submission.submitter(), "STC" + String.format("%05d", StartedTask.ZOSMF.iplNumber()) + " IZUSVR1"));
        Job asSubmitted = job;
        if (jcl.held() && !jcl.hasErrors()) {
            synchronized (this) {
                job.hold(true);
                pending.put(job.number(), new Pending(jcl, refusal));
            }
            log(String.format(" $HASP101 %-8s HELD", job.jobname()));
            return asSubmitted;
        }
        execute(job, jcl, refusal);
        return asSubmitted;
    }

    private void execute(Job job, JclJob jcl, Optional<List<String>> refusal) {
        Instant now = clock.now();
        BatchRun.Ran ran = runner.run(jcl, job.jcl(), job.jobId(), job.owner(), now, refusal);
        boolean ends = !ran.ended().isAfter(now);
        synchronized (this) {
            running.start(job, ran, now);
            trimLocked();
        }
        List<String> lines = ran.systemLog();
        lines.subList(0, ends ? lines.size() : ran.startLines()).forEach(line -> systemLog.accept(now, line));
    }

    // ---- modify

    /**
     * Cancels a job (and with {@code purge} removes it and its output). A TSU job's address space ends as
     * {@code C U=} ends it, with the same messages; a job on the input queue ends CANCELED; a job on the output queue
     * cannot be cancelled (status 156, chosen after Zowe's system tests), but can be purged.
     */
    public Feedback cancel(String userid, Job job, boolean purge) {
        check(userid, JobAction.CANCEL, job);
        boolean wasRunning = job.ended() == null;
        AddressSpace space = job.space();
        if (space != null && space.live()) {
            operations.cancel(space.userid(), space.asid());
            refresh();
        } else if (job.type() == JobType.STC && job.ended() == null) {
            return new Feedback(job, 8, "The simulator does not cancel the system's started tasks");
        }
        Feedback feedback;
        List<String> cancelLines = List.of();
        synchronized (this) {
            Optional<List<String>> cancelledRun = running.cancel(job, clock.now());
            if (cancelledRun.isPresent()) {
                cancelLines = cancelledRun.get();
                feedback = new Feedback(job, 0, null);
            } else if (job.ended() == null) {
                job.end(clock.now(), "CANCELED");
                pending.remove(job.number());
                job.hold(false);
                job.spool(TsuSpool.cancelledBeforeRun(formats, job, clock.now()));
                feedback = new Feedback(job, 0, null);
            } else {
                boolean done = purge || wasRunning;
                feedback = new Feedback(job, done ? 0 : 156, done ? null
                        : "Job " + job.jobname() + "(" + job.jobId() + ") is not in a state to be cancelled");
            }
            if (purge) {
                jobs.remove(job.number());
            }
        }
        Instant now = clock.now();
        cancelLines.forEach(line -> systemLog.accept(now, " " + line));
        if (purge) {
            log(String.format(" $HASP250 %-8s PURGED -- (JOB KEY WAS %s)", job.jobname(),
                    String.format("%08X", job.correlator().hashCode())));
        }
        return feedback;
    }

    /** Holds (true) or releases (false) a job; a released job that was held at submit runs now. */
    public Feedback hold(String userid, Job job, boolean hold) {
        check(userid, JobAction.MODIFY, job);
        Pending toRun = null;
        synchronized (this) {
            job.hold(hold);
            if (!hold) {
                toRun = pending.remove(job.number());
            }
        }
        log(String.format(" $HASP%s %-8s %s", hold ? "101" : "890", job.jobname(),
                hold ? "HELD" : "RELEASED"));
        if (toRun != null) {
            execute(job, toRun.jcl(), toRun.refusal());
        }
        return new Feedback(job, 0, null);
    }

    /** Changes a job's class; only a class JES2 defines, and only while the job waits to run. */
    public Feedback changeClass(String userid, Job job, String jobClass) {
        check(userid, JobAction.MODIFY, job);
        String wanted = jobClass.toUpperCase(Locale.ROOT);
        synchronized (this) {
            if (!parameters.jobClasses().contains(wanted)) {
                throw JesException.service(4, "Value of class is not valid: '" + jobClass + "'");
            }
            if (job.status() != JobStatus.INPUT) {
                return new Feedback(job, 4, "Job " + job.jobname() + "(" + job.jobId()
                        + ") is not on the input queue; its class was not changed");
            }
            job.jobClass(wanted);
        }
        return new Feedback(job, 0, null);
    }

    private void check(String userid, JobAction action, Job job) {
        if (!security.allows(userid, action, job)) {
            throw new JesException(403, 8, 11, 6, "The user " + userid + " is not authorized to "
                    + action.name().toLowerCase(Locale.ROOT) + " job " + job.jobname() + "(" + job.jobId() + ")");
        }
    }

    // ---- settings

    public synchronized Jes2Parameters parameters() {
        return new Jes2Parameters(next, parameters.jobClasses());
    }

    private void log(String line) {
        systemLog.accept(clock.now(), line);
    }

    // ---- numbers

    private int allocateLocked() {
        for (int tries = 0; tries < Jes2Parameters.HIGHEST; tries++) {
            int candidate = next;
            next = next >= Jes2Parameters.HIGHEST ? 1 : next + 1;
            if (!jobs.containsKey(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free job number");
    }

    /** Purges the oldest output past the bound. */
    private void trimLocked() {
        long output = jobs.values().stream().filter(job -> job.ended() != null).count();
        var iterator = jobs.values().iterator();
        while (output > OUTPUT_CAPACITY && iterator.hasNext()) {
            if (iterator.next().ended() != null) {
                iterator.remove();
                output--;
            }
        }
    }
}
