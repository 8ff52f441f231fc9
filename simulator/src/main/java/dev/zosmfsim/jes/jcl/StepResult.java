package dev.zosmfsim.jes.jcl;

/**
 * How a step ended: it ran with a return code, it abended (system code like {@code S806}, reason), it did not
 * run ({@code FLUSH}: bypassed by COND or IF, or after an abend), or its data sets could not be allocated (a JCL
 * error that ends the job).
 */
public record StepResult(String stepname, boolean ran, int returnCode, String abend, int reason,
        boolean jclError) {

    public static StepResult completed(String stepname, int returnCode) {
        return new StepResult(stepname, true, returnCode, null, 0, false);
    }

    public static StepResult abended(String stepname, String abend, int reason) {
        return new StepResult(stepname, true, 0, abend, reason, false);
    }

    public static StepResult flushed(String stepname) {
        return new StepResult(stepname, false, 0, null, 0, false);
    }

    /** The step's DDs could not be allocated (IEF212I, IEF253I...): not run, and the job fails. */
    public static StepResult notAllocated(String stepname) {
        return new StepResult(stepname, false, 0, null, 0, true);
    }

    public boolean abended() {
        return abend != null;
    }

    /** What z/OSMF's step data and JES2 show: {@code CC 0004}, {@code ABEND S806}, {@code FLUSH}. */
    public String completion() {
        if (jclError) {
            return "JCL ERROR";
        }
        if (!ran) {
            return "FLUSH";
        }
        return abended() ? "ABEND " + abend : String.format("CC %04d", returnCode);
    }
}
