package dev.zosmfsim.jes;

import java.util.Set;

/**
 * The JES2 initialization settings that matter to clients: the number the next job gets, and the job classes
 * defined (JOBCLASS). Numbers run from 1 to 99,999 and wrap, skipping numbers still in use.
 */
public record Jes2Parameters(int nextJobNumber, Set<String> jobClasses) {

    public static final int FIRST_AFTER_IPL = 125;
    public static final int HIGHEST = 99_999;

    public Jes2Parameters {
        if (nextJobNumber < 1 || nextJobNumber > HIGHEST) {
            throw new IllegalArgumentException("the next job number must be from 1 to " + HIGHEST);
        }
        jobClasses = Set.copyOf(jobClasses);
    }

    /** A fresh system: job 125 next (after the started tasks of IPL), classes A-Z and 0-9. */
    public static Jes2Parameters defaults() {
        java.util.Set<String> classes = new java.util.TreeSet<>();
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".chars().forEach(c -> classes.add(String.valueOf((char) c)));
        return new Jes2Parameters(FIRST_AFTER_IPL, classes);
    }
}
