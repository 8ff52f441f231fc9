package dev.zosmfsim.jes.jcl;

import java.util.List;

/**
 * A job as the converter makes it from its JCL: the JOB statement's name and parameters, and the steps; or the JCL
 * errors that stop it from running (then the job ends with JCL ERROR).
 */
public record JclJob(String jobname, String jobClass, String msgClass, String user, String typrun, String notifyUser,
        List<JclStep> steps, List<JclError> errors, int statements) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean held() {
        return "HOLD".equals(typrun);
    }
}
