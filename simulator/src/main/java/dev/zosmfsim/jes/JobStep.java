package dev.zosmfsim.jes;

/**
 * One step of a job as z/OSMF's step data shows it. {@code completion} is what JES2 records: {@code CC 0000},
 * {@code ABEND S806}, {@code FLUSH} for a step that did not run; null while the step runs.
 */
public record JobStep(int number, String stepname, String procstep, String program, String completion,
        boolean active) {
}
