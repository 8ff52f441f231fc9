package dev.zosmfsim.security;

import dev.zosmfsim.tso.TsoContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code LISTUSER [userid...] [OPERPARM]}: a user's RACF profile, with its OPERPARM segment when asked. Anyone may
 * list their own; listing others needs SPECIAL.
 */
public final class ListuserCommand extends RacfCommand {

    public ListuserCommand(RacfDatabase racf) {
        super(racf);
    }

    @Override
    public Set<String> names() {
        return Set.of("LISTUSER", "LU");
    }

    @Override
    List<String> run(RacfOperands operands, TsoContext context) {
        boolean operParm = operands.has("OPERPARM");
        List<String> named = operands.positional().stream().filter(word -> !word.equals("OPERPARM")).toList();
        List<String> userids = named.isEmpty() ? List.of(context.userid()) : named;
        List<String> lines = new ArrayList<>();
        for (String userid : userids) {
            if (!userid.equals(context.userid()) && !special(context.userid())) {
                lines.add("ICH30002I NOT AUTHORIZED TO LIST " + userid);
                continue;
            }
            racf.user(userid).ifPresentOrElse(user -> {
                lines.addAll(profile(user));
                if (operParm) {
                    lines.addAll(operParmSegment(user));
                }
            },
                    () -> lines.add(String.format("ICH30001I UNABLE TO LOCATE USER    ENTRY %s", userid)));
        }
        return lines;
    }

    /** The OPERPARM segment, when LISTUSER is asked for it. */
    private static List<String> operParmSegment(UserProfile user) {
        if (user.operParm() == null) {
            return List.of(" ", "NO OPERPARM INFORMATION");
        }
        return List.of(" ", "OPERPARM INFORMATION", "--------------------",
                " AUTH= " + String.join(" ", user.operParm().words()));
    }

    private List<String> profile(UserProfile user) {
        List<String> attributes = new ArrayList<>();
        if (user.special()) {
            attributes.add("SPECIAL");
        }
        if (user.revoked()) {
            attributes.add("REVOKED");
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("USER=%-8s  NAME=%-20s OWNER=%-8s  CREATED=00.001", user.userid(), "UNKNOWN", "IBMUSER"));
        lines.add(" DEFAULT-GROUP=SYS1     PASSDATE=" + (user.passwordExpired() ? "00.000" : "00.001")
                + " PASS-INTERVAL=186 PHRASEDATE=N/A");
        lines.add(" ATTRIBUTES=" + (attributes.isEmpty() ? "NONE" : String.join(" ", attributes)));
        lines.add(" REVOKE DATE=NONE   RESUME DATE=NONE");
        lines.add(" LAST-ACCESS=UNKNOWN");
        lines.add(" CLASS AUTHORIZATIONS=NONE");
        lines.add(" NO-INSTALLATION-DATA");
        lines.add(" NO-MODEL-NAME");
        lines.add(" LOGON ALLOWED   (DAYS)          (TIME)");
        lines.add(" ---------------------------------------------");
        lines.add(" ANYDAY                          ANYTIME");
        lines.add("  GROUP=SYS1      AUTH=USE      CONNECT-OWNER=IBMUSER   CONNECT-DATE=00.001");
        lines.add("SECURITY-LEVEL=NONE SPECIFIED");
        lines.add("CATEGORY-AUTHORIZATION");
        lines.add(" NONE SPECIFIED");
        lines.add("SECURITY-LABEL=NONE SPECIFIED");
        return lines;
    }
}
