package dev.zosmfsim.jes;

/** What JES2 calls a job: a batch job, a started task or a TSO user; the job id starts with the type. */
public enum JobType {
    JOB, STC, TSU;

    /** The job id as JES2 shows it with five digits: {@code JOB00125}, {@code TSU00130}. */
    public String jobId(int number) {
        return String.format("%s%05d", name(), number);
    }
}
