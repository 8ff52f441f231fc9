package dev.zosmfsim.jes.jcl;

import java.util.List;

/**
 * An EXEC statement and its DDs: the program, PARM, COND, and the IF/THEN/ELSE conditions it sits under (each must
 * hold for the step to run; {@code negated} for the ELSE branch).
 */
public record JclStep(int number, int statement, String name, String program, String parm, String cond,
        List<Condition> conditions, List<JclDd> dds) {

    /** An IF expression the step runs under, or its ELSE. */
    public record Condition(String expression, boolean negated) {
    }

    public JclDd dd(String ddname) {
        return dds.stream().filter(dd -> dd.name().equals(ddname)).findFirst().orElse(null);
    }
}
