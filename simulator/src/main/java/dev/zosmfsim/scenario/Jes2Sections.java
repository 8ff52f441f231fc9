package dev.zosmfsim.scenario;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The jes2 section, checked: the next job number from 1 to 99,999, job classes of A-Z and 0-9 each named once, and
 * each job at start with a submitter the scenario defines and JCL that starts with a JOB statement's {@code //}.
 */
final class Jes2Sections {

    private Jes2Sections() {
    }

    static void check(ScenarioValidator validator, Scenario.Jes2Spec jes2, Map<String, Scenario.UserSpec> users) {
        Integer next = jes2.nextJobNumber();
        if (next != null && (next < 1 || next > 99_999)) {
            validator.problem("jes2.nextJobNumber", "expected a job number from 1 to 99999, got " + next);
        }
        String classes = jes2.jobClasses();
        if (classes != null) {
            Set<Character> seen = new HashSet<>();
            boolean valid = !classes.isEmpty();
            for (char c : classes.toCharArray()) {
                valid &= (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && seen.add(c);
            }
            if (!valid) {
                validator.problem("jes2.jobClasses", "expected the classes as one string of A-Z and 0-9, each once,"
                        + " such as ABC, got '" + classes + "'");
            }
        }
        for (int i = 0; i < jes2.jobs().size(); i++) {
            Scenario.JobSpec job = jes2.jobs().get(i);
            String at = "jes2.jobs[" + i + "]";
            if (job == null || job.submitter() == null || job.jcl() == null) {
                validator.problem(at, "expected submitter (a user of the scenario) and jcl");
                continue;
            }
            if (!users.containsKey(job.submitter())) {
                validator.problem(at + ".submitter", "the user " + job.submitter() + " is not defined in users");
            }
            if (!job.jcl().startsWith("//")) {
                validator.problem(at + ".jcl", "expected JCL that starts with a JOB statement (//name JOB ...)");
            }
        }
    }
}
