package dev.zosmfsim.jes.jcl;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a step runs, from the steps before it: after an abend only steps with {@code COND=EVEN} or
 * {@code COND=ONLY} run; {@code COND=(code,op[,step])} tests bypass the step when any is true ("code op RC");
 * an IF expression ({@code RC}, {@code step.RC}, {@code ABEND}, {@code step.ABEND}, {@code RUN}, relational
 * operators GT GE LT LE EQ NE and their symbols, AND/OR/NOT and &amp; | ¬, parentheses) must be true for its THEN
 * branch and false for its ELSE.
 */
public final class StepConditions {

    /** Why a step does not run: COND codes, an IF, or an earlier abend; empty when it runs. */
    public enum Skip { CONDITION_CODES, CONDITIONAL_STATEMENT, ABEND }

    private StepConditions() {
    }

    public static Optional<Skip> skip(JclStep step, List<StepResult> before) {
        for (JclStep.Condition condition : step.conditions()) {
            boolean value = new IfExpression(condition.expression(), before).evaluate();
            if (value == condition.negated()) {
                return Optional.of(Skip.CONDITIONAL_STATEMENT);
            }
        }
        boolean abendBefore = before.stream().anyMatch(StepResult::abended);
        String cond = step.cond() == null ? "" : step.cond().toUpperCase(Locale.ROOT);
        List<String> tests = cond.isEmpty() ? List.of() : Operands.list(cond);
        if (tests.size() >= 2 && !tests.get(0).startsWith("(") && tests.get(0).matches("\\d+")) {
            tests = List.of(cond);
        }
        boolean even = tests.contains("EVEN");
        boolean only = tests.contains("ONLY");
        if (abendBefore && !even && !only) {
            return Optional.of(Skip.ABEND);
        }
        if (only && !abendBefore) {
            return Optional.of(Skip.CONDITION_CODES);
        }
        for (String test : tests) {
            if (test.equals("EVEN") || test.equals("ONLY")) {
                continue;
            }
            List<String> parts = Operands.list(test);
            if (parts.size() < 2 || !parts.get(0).matches("\\d{1,4}")) {
                continue;
            }
            int code = Integer.parseInt(parts.get(0));
            String operator = parts.get(1);
            for (StepResult result : before) {
                if (!result.ran() || result.abended() || parts.size() > 2 && !parts.get(2).equals(result.stepname())) {
                    continue;
                }
                if (IfExpression.compare(code, operator, result.returnCode())) {
                    return Optional.of(Skip.CONDITION_CODES);
                }
            }
        }
        return Optional.empty();
    }
}
