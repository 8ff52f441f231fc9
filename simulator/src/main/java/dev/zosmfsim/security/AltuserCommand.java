package dev.zosmfsim.security;

import dev.zosmfsim.tso.TsoContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ALTUSER userid REVOKE|RESUME|PASSWORD(x) [EXPIRED|NOEXPIRED] [SPECIAL|NOSPECIAL]
 * [OPERATIONS|NOOPERATIONS] [OPERPARM(AUTH(...))|NOOPERPARM]}. Only a SPECIAL user may
 * alter another user here (profile owners are not simulated). A new password is expired unless NOEXPIRED is given,
 * as RACF does. A revoke stops new logons only: running address spaces go on.
 */
public final class AltuserCommand extends RacfCommand {

    private static final List<String> OPERANDS = List.of("REVOKE", "RESUME", "PASSWORD", "EXPIRED", "NOEXPIRED",
            "SPECIAL", "NOSPECIAL", "OPERATIONS", "NOOPERATIONS", "OPERPARM", "NOOPERPARM");

    public AltuserCommand(RacfDatabase racf) {
        super(racf);
    }

    @Override
    public Set<String> names() {
        return Set.of("ALTUSER", "ALU");
    }

    @Override
    List<String> run(RacfOperands operands, TsoContext context) {
        List<String> words = operands.positional();
        if (words.isEmpty() || OPERANDS.contains(words.get(0))) {
            return List.of("IKJ56701I MISSING USERID");
        }
        String userid = words.get(0);
        for (String keyword : operands.keywords()) {
            if (!OPERANDS.contains(keyword) && !keyword.equals(userid)) {
                return List.of("IKJ56712I INVALID KEYWORD, " + keyword);
            }
        }
        if (racf.user(userid).isEmpty()) {
            return List.of("ICH21009I UNABLE TO LOCATE " + userid);
        }
        List<String> given = OPERANDS.stream().filter(operands::has).toList();
        if (!special(context.userid())) {
            List<String> refused = new ArrayList<>();
            given.forEach(operand -> refused.add("ICH21005I NOT AUTHORIZED TO SPECIFY " + operand + ", OPERAND IGNORED"));
            return refused;
        }
        if (operands.has("REVOKE") && operands.has("RESUME")) {
            return List.of("IKJ56702I INVALID REVOKE, RESUME IS SPECIFIED TOO");
        }
        List<String> lines = new ArrayList<>();
        if (operands.has("REVOKE")) {
            racf.setRevoked(userid, true);
        }
        if (operands.has("RESUME")) {
            if (!racf.user(userid).orElseThrow().revoked()) {
                lines.add("ICH21019I 'RESUME' IGNORED. " + userid + " NOT CURRENTLY REVOKED");
            }
            racf.setRevoked(userid, false);
        }
        if (operands.has("PASSWORD")) {
            String password = operands.value("PASSWORD").orElse("");
            if (!Password.valid(password)) {
                return List.of("IKJ56702I INVALID PASSWORD, A PASSWORD IS 1 TO 8 CHARACTERS");
            }
            UserProfile user = racf.user(userid).orElseThrow();
            PasswordRules rules = racf.passwordRules();
            if (rules.reuses(password, user.password(), user.standing().previousPasswords())) {
                return List.of("IKJ56702I INVALID PASSWORD, IT IS ONE OF THE LAST " + (rules.history() + 1)
                        + " PASSWORDS OF " + userid + " (SETROPTS PASSWORD(HISTORY(" + rules.history() + ")))");
            }
            racf.setPassword(userid, password, !operands.has("NOEXPIRED"));
        } else if (operands.has("EXPIRED") || operands.has("NOEXPIRED")) {
            racf.setExpired(userid, operands.has("EXPIRED"));
        }
        if (operands.has("SPECIAL") || operands.has("NOSPECIAL")) {
            racf.setSpecial(userid, operands.has("SPECIAL"));
        }
        if (operands.has("OPERATIONS") || operands.has("NOOPERATIONS")) {
            racf.setOperations(userid, operands.has("OPERATIONS"));
        }
        if (operands.has("OPERPARM") && operands.has("NOOPERPARM")) {
            return List.of("IKJ56702I INVALID OPERPARM, NOOPERPARM IS SPECIFIED TOO");
        }
        if (operands.has("NOOPERPARM")) {
            racf.setOperParm(userid, null);
        }
        if (operands.has("OPERPARM")) {
            OperParm current = racf.user(userid).orElseThrow().operParm();
            String auth = RacfOperands.parse(operands.value("OPERPARM").orElse("")).value("AUTH").orElse(null);
            try {
                racf.setOperParm(userid, auth == null ? current == null
                        ? OperParm.of(dev.zosmfsim.console.ConsoleAuthority.INFO) : current
                        : OperParm.parse(List.of(auth.split("[ ,]+"))));
            } catch (IllegalArgumentException e) {
                return List.of("IKJ56702I INVALID AUTH, " + auth);
            }
        }
        return lines;
    }
}
