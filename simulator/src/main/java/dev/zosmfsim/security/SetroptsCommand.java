package dev.zosmfsim.security;

import dev.zosmfsim.tso.TsoContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * {@code SETROPTS RACLIST(FACILITY OPERCMDS) REFRESH}: makes the changes in the database to the classes named take
 * effect. {@code SETROPTS PASSWORD(REVOKE(n)|NOREVOKE INTERVAL(n)|NOINTERVAL HISTORY(n)|NOHISTORY)} and
 * {@code INACTIVE(n)|NOINACTIVE} set the password rules; {@code GENERIC(DATASET)|NOGENERIC(DATASET)} (or
 * {@code *}) switches the use of generic data set profiles; {@code LIST} shows them. Needs SPECIAL. The RACLISTed
 * classes always use their generic profiles, so GENERIC naming them changes nothing.
 */
public final class SetroptsCommand extends RacfCommand {

    public SetroptsCommand(RacfDatabase racf) {
        super(racf);
    }

    @Override
    public Set<String> names() {
        return Set.of("SETROPTS", "SETR");
    }

    @Override
    List<String> run(RacfOperands operands, TsoContext context) {
        if (!special(context.userid())) {
            return operands.keywords().stream()
                    .map(keyword -> "ICH14002I NOT AUTHORIZED TO SPECIFY " + keyword + "; KEYWORD IGNORED.").toList();
        }
        if (operands.has("REFRESH") && !operands.has("RACLIST")) {
            return List.of("ICH14013I REFRESH IGNORED. NO RELATED KEYWORDS SPECIFIED.");
        }
        PasswordRules rules = racf.passwordRules();
        try {
            if (operands.has("PASSWORD")) {
                rules = password(rules, RacfOperands.parse(operands.value("PASSWORD").orElse("")));
            }
            rules = setting(rules, operands, "INACTIVE", PasswordRules::withInactive);
        } catch (InvalidValue e) {
            return List.of(e.getMessage());
        }
        racf.setPasswordRules(rules);
        if (namesDataset(operands, "GENERIC")) {
            racf.setGenericDataset(true);
        }
        if (namesDataset(operands, "NOGENERIC")) {
            racf.setGenericDataset(false);
        }
        if (operands.has("REFRESH")) {
            for (String resourceClass : operands.value("RACLIST").orElse("").split("[ ,]+")) {
                if (!resourceClass.isEmpty() && racf.hasClass(resourceClass)) {
                    racf.refresh(resourceClass);
                }
            }
        }
        boolean changes = operands.keywords().stream().anyMatch(keyword -> !keyword.equals("LIST"));
        List<String> lines = new ArrayList<>();
        if (changes) {
            lines.add("ICH14063I SETROPTS command complete.");
        }
        if (operands.has("LIST")) {
            lines.addAll(SetroptsList.lines(rules, racf.genericActive(RacfDatabase.DATASET)));
        }
        return lines;
    }

    /** Whether {@code keyword(classes)} names DATASET, or all classes ({@code *}). */
    private static boolean namesDataset(RacfOperands operands, String keyword) {
        return operands.value(keyword).map(classes -> List.of(classes.toUpperCase(java.util.Locale.ROOT)
                .split("[ ,]+"))).map(classes -> classes.contains(RacfDatabase.DATASET) || classes.contains("*"))
                .orElse(false);
    }

    private static PasswordRules password(PasswordRules rules, RacfOperands password) {
        PasswordRules next = setting(rules, password, "REVOKE", PasswordRules::withRevoke);
        next = setting(next, password, "INTERVAL", PasswordRules::withInterval);
        return setting(next, password, "HISTORY", PasswordRules::withHistory);
    }

    /** {@code NAME(n)} sets the rule, {@code NONAME} switches it off; neither leaves it as it is. */
    private static PasswordRules setting(PasswordRules rules, RacfOperands operands, String name,
            BiFunction<PasswordRules, Integer, PasswordRules> with) {
        if (operands.has("NO" + name)) {
            return with.apply(rules, null);
        }
        if (!operands.has(name)) {
            return rules;
        }
        String text = operands.value(name).orElse("").strip();
        try {
            return with.apply(rules, Integer.parseInt(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("IKJ56702I INVALID " + name + ", " + (text.isEmpty() ? "A NUMBER IS REQUIRED"
                    : text + (e instanceof NumberFormatException ? " IS NOT A NUMBER" : " IS OUT OF RANGE")));
        }
    }

    /** A rule's value RACF would not take; the message says which. */
    private static final class InvalidValue extends RuntimeException {
        InvalidValue(String message) {
            super(message, null, false, false);
        }
    }
}
