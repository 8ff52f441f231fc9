package dev.zosmfsim.system;

import dev.zosmfsim.jes.Job;
import dev.zosmfsim.jes.JobAction;
import dev.zosmfsim.jes.JobSecurity;
import dev.zosmfsim.security.AccessLevel;
import dev.zosmfsim.security.RacfDatabase;
import dev.zosmfsim.security.UserProfile;
import java.util.List;
import java.util.Optional;

/**
 * JES2's questions to RACF, answered from the RACF model. A user's own jobs are always theirs; SPECIAL sees and
 * changes every job (chosen, as the issue asks); otherwise a covering profile decides, and none means no:
 * JESSPOOL {@code node.owner.jobname.jobid} READ to see a job, JESJOBS {@code CANCEL.node.owner.jobname} ALTER to
 * cancel or purge it, JESJOBS {@code MODIFY.node.owner.jobname} UPDATE to hold, release or change its class. The
 * node is the system's name. SURROGAT {@code user.SUBMIT} READ lets a submitter name another user in USER=.
 */
final class RacfJobSecurity implements JobSecurity {

    private final RacfDatabase racf;
    private final String node;

    RacfJobSecurity(RacfDatabase racf, String node) {
        this.racf = racf;
        this.node = node;
    }

    @Override
    public boolean allows(String userid, JobAction action, Job job) {
        if (userid.equalsIgnoreCase(job.owner())) {
            return true;
        }
        if (racf.user(userid).map(UserProfile::special).orElse(false)) {
            return true;
        }
        return switch (action) {
            case VIEW -> has(RacfDatabase.JESSPOOL, userid, node + "." + job.owner() + "." + job.jobname() + "."
                    + job.jobId(), AccessLevel.READ);
            case CANCEL -> has(RacfDatabase.JESJOBS, userid, "CANCEL." + node + "." + job.owner() + "."
                    + job.jobname(), AccessLevel.ALTER);
            case MODIFY -> has(RacfDatabase.JESJOBS, userid, "MODIFY." + node + "." + job.owner() + "."
                    + job.jobname(), AccessLevel.UPDATE);
        };
    }

    private boolean has(String resourceClass, String userid, String resource, AccessLevel needed) {
        return racf.access(resourceClass, userid, resource).map(level -> level.allows(needed)).orElse(false);
    }

    @Override
    public Optional<List<String>> refusesJob(String submitter, String user) {
        Optional<UserProfile> profile = racf.user(user);
        if (profile.isEmpty()) {
            return Optional.of(List.of(String.format("ICH408I USER(%-8s) GROUP(%-8s) NAME(%-20s)", user, "", "???"),
                    "  LOGON/JOB INITIATION - USER AT TERMINAL NOT RACF-DEFINED",
                    "IRR012I  VERIFICATION FAILED. USER PROFILE NOT FOUND."));
        }
        if (profile.get().revoked()) {
            return Optional.of(List.of(String.format("ICH408I USER(%-8s) GROUP(%-8s) NAME(%-20s)", user, "SYS1",
                    "UNKNOWN"), "  LOGON/JOB INITIATION - REVOKED USER ACCESS ATTEMPT"));
        }
        if (!submitter.equalsIgnoreCase(user)
                && !has(RacfDatabase.SURROGAT, submitter, user + ".SUBMIT", AccessLevel.READ)) {
            return Optional.of(List.of(String.format("ICH408I USER(%-8s) GROUP(%-8s) NAME(%-20s)", user, "SYS1",
                    "UNKNOWN"), "  LOGON/JOB INITIATION - SUBMITTER IS NOT AUTHORIZED BY USER"));
        }
        return Optional.empty();
    }
}
