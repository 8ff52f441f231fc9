package dev.zosmfsim.jes;

import java.util.Optional;

/**
 * The security checks JES2 asks of RACF: whether a user may see or act on another user's job (JESSPOOL, JESJOBS),
 * whether a submitter may run a job as another user (SURROGAT), and whether a job's user may start it at all.
 * Implemented over the RACF model by the system; JES2 itself knows no profiles.
 */
public interface JobSecurity {

    /** Whether {@code userid} may do {@code action} to a job of {@code owner}; a user's own jobs are always allowed. */
    boolean allows(String userid, JobAction action, Job job);

    /**
     * Why {@code submitter} may not run a job as {@code user} (SURROGAT {@code user.SUBMIT}, READ), or why {@code user}
     * may not start a job (unknown, revoked): the RACF message lines, or empty when it may.
     */
    Optional<java.util.List<String>> refusesJob(String submitter, String user);

    /** Allows everything: for a system without RACF checks (tests of the model). */
    JobSecurity NONE = new JobSecurity() {
        @Override
        public boolean allows(String userid, JobAction action, Job job) {
            return true;
        }

        @Override
        public Optional<java.util.List<String>> refusesJob(String submitter, String user) {
            return Optional.empty();
        }
    };
}
