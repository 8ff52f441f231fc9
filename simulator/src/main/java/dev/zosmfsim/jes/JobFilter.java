package dev.zosmfsim.jes;

/**
 * Which jobs a list asks for: the owner and job name prefix patterns ({@link NamePattern}), a job id pattern,
 * a status (null for any), the most to answer, and the user part of the job correlator.
 */
public record JobFilter(NamePattern owner, NamePattern prefix, NamePattern jobid, JobStatus status, int maxJobs,
        String userCorrelator) {

    /** The most jobs a list answers, and its default. */
    public static final int MAX_JOBS = 1000;

    public boolean selects(Job job) {
        return owner.matches(job.owner()) && prefix.matches(job.jobname())
                && (jobid == null || jobid.matches(job.jobId()))
                && (status == null || job.status() == status)
                && (userCorrelator == null || job.correlator().endsWith(":" + userCorrelator));
    }
}
