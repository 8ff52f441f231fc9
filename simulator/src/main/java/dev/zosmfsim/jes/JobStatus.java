package dev.zosmfsim.jes;

/** Where a job is in its life: on the input queue, running, or on the output (hardcopy) queue. */
public enum JobStatus {
    INPUT, ACTIVE, OUTPUT
}
