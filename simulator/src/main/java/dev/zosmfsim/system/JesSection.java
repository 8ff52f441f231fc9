package dev.zosmfsim.system;

import dev.zosmfsim.jes.Jes2;
import dev.zosmfsim.jes.Jes2Parameters;
import dev.zosmfsim.jes.Job;
import dev.zosmfsim.jes.JobFilter;
import dev.zosmfsim.jes.JobStatus;
import dev.zosmfsim.jes.JobType;
import dev.zosmfsim.jes.NamePattern;
import dev.zosmfsim.scenario.CheckedScenario;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.jes.JesException;
import dev.zosmfsim.tso.CancelJobCommand;
import dev.zosmfsim.tso.StatusCommand;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scenario's jes2 section (checked by the validator) as JES2 takes it: its parameters, and the jobs submitted at
 * start; and back, for the export: the parameters in force and the batch jobs on JES2's queues, each its JCL and
 * submitter (a loaded export runs them again at IPL, so their spool is made anew and they are numbered anew).
 */
final class JesSection {

    private JesSection() {
    }

    static Jes2Parameters parameters(CheckedScenario checked) {
        Scenario.Jes2Spec spec = checked.source().jes2();
        Jes2Parameters defaults = Jes2Parameters.defaults();
        Set<String> classes = defaults.jobClasses();
        if (spec.jobClasses() != null) {
            classes = new TreeSet<>();
            for (char c : spec.jobClasses().toCharArray()) {
                classes.add(String.valueOf(c));
            }
        }
        return new Jes2Parameters(spec.nextJobNumber() == null ? defaults.nextJobNumber() : spec.nextJobNumber(),
                classes);
    }

    static void submitAtStart(CheckedScenario checked, Jes2 jes) {
        for (Scenario.JobSpec job : checked.source().jes2().jobs()) {
            List<String> cards = Arrays.asList(job.jcl().replace("\r\n", "\n").split("\n"));
            jes.submit(new Jes2.Submission(cards, job.submitter()));
        }
    }

    static Scenario.Jes2Spec export(Jes2 jes) {
        Jes2Parameters parameters = jes.parameters();
        List<Scenario.JobSpec> jobs = jes.all().stream().filter(job -> job.type() == JobType.JOB)
                .map(JesSection::spec).toList();
        // the jobs at start take their numbers from nextJobNumber on: loading the export numbers them anew, from
        // where JES2 stood before them, and ends where it stands now (an export of the loaded export is the same)
        int next = Math.max(1, parameters.nextJobNumber() - jobs.size());
        return new Scenario.Jes2Spec(next, String.join("", new TreeSet<>(parameters.jobClasses())), jobs);
    }

    /** The batch jobs {@code userid} may see, for TSO's STATUS. */
    static List<StatusCommand.BatchJob> batchJobs(Jes2 jes, String userid) {
        if (jes == null) {
            return List.of();
        }
        JobFilter everyone = new JobFilter(NamePattern.of("*"), NamePattern.of("*"), null, null, JobFilter.MAX_JOBS,
                null);
        return jes.list(userid, everyone).stream().filter(job -> job.type() == JobType.JOB)
                .map(job -> new StatusCommand.BatchJob(job.jobname(), job.jobId(), job.status().name())).toList();
    }

    /**
     * TSO's CANCEL of a batch job the user may see, by name (and id, or the one job of that name), through JES2's
     * cancel with its JESJOBS check.
     */
    static CancelJobCommand.Result cancel(Jes2 jes, String userid, String jobname, String jobid, boolean purge) {
        if (jes == null) {
            return CancelJobCommand.Result.NOT_FOUND;
        }
        JobFilter named = new JobFilter(NamePattern.of("*"), NamePattern.of(jobname), null, null, JobFilter.MAX_JOBS,
                null);
        List<Job> found = jes.list(userid, named).stream().filter(job -> job.type() == JobType.JOB)
                .filter(job -> job.jobname().equals(jobname))
                .filter(job -> jobid == null || job.jobId().equals(jobid)
                        || jes.byId(jobid).map(byId -> byId == job).orElse(false))
                .toList();
        if (found.isEmpty()) {
            return CancelJobCommand.Result.NOT_FOUND;
        }
        if (found.size() > 1) {
            return CancelJobCommand.Result.NOT_UNIQUE;
        }
        if (found.get(0).status() == JobStatus.INPUT && !found.get(0).held()) {
            // a job on the input queue and not held is the one being run now: IKJEFT01 in it issued this CANCEL
            return CancelJobCommand.Result.ITSELF;
        }
        try {
            Jes2.Feedback feedback = jes.cancel(userid, found.get(0), purge);
            if (feedback.status() != 0) {
                return CancelJobCommand.Result.NOT_CANCELLABLE;
            }
            return purge ? CancelJobCommand.Result.PURGED : CancelJobCommand.Result.CANCELLED;
        } catch (JesException refused) {
            return CancelJobCommand.Result.NOT_AUTHORIZED;
        }
    }

    private static Scenario.JobSpec spec(Job job) {
        return new Scenario.JobSpec(job.submitter(), String.join("\n", job.jcl()) + "\n");
    }
}
