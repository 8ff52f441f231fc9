package dev.zosmfsim.security;

import dev.zosmfsim.tso.TsoContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code LISTUSER [userid...] [OPERPARM]}: a user's RACF profile, laid out as real LISTUSER output (IBM pyRACF's
 * captured IRRSMO00 result, Galasa's LISTUSER capture), with its OPERPARM segment when asked. Anyone may list their
 * own; listing others needs SPECIAL.
 */
public final class ListuserCommand extends RacfCommand {

    /** What every simulated profile shows: IBMUSER owns it, SYS1 is its default group, created on day 1 of 2000. */
    private static final String OWNER = "IBMUSER";
    private static final String GROUP = "SYS1";
    private static final String CREATED = "00.001";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yy.DDD");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yy.DDD/HH:mm:ss");

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
                lines.addAll(profile(user, context));
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

    private List<String> profile(UserProfile user, TsoContext context) {
        List<String> attributes = new ArrayList<>();
        if (user.special()) {
            attributes.add("SPECIAL");
        }
        if (user.operations()) {
            attributes.add("OPERATIONS");
        }
        if (user.revoked()) {
            attributes.add("REVOKED");
        }
        Optional<RacfDatabase.Logons> logons = racf.logons(user.userid());
        String lastAccess = logons.map(seen -> stamp(seen.last(), context)).orElse("UNKNOWN");
        List<String> lines = new ArrayList<>();
        // two blanks after each value; a real name is padded to 20, UNKNOWN is not; the owner is padded to 8
        lines.add("USER=" + user.userid() + "  NAME=" + name(null) + "  OWNER=" + String.format("%-8s", OWNER)
                + "  CREATED=" + CREATED);
        Integer interval = racf.passwordRules().interval();
        lines.add(String.format(" DEFAULT-GROUP=%-8s PASSDATE=%-6s PASS-INTERVAL=%3d PHRASEDATE=N/A", GROUP,
                user.passwordExpired() ? "00.000" : CREATED, interval == null ? 186 : interval));
        lines.add(" ATTRIBUTES=" + (attributes.isEmpty() ? "NONE" : String.join(" ", attributes)));
        // the day a password rule (REVOKE, INACTIVE) revoked the user; an ALTUSER REVOKE without a date shows NONE
        Instant revokeDate = user.revoked() ? user.standing().revokeDate() : null;
        lines.add(" REVOKE DATE=" + (revokeDate == null ? "NONE  " : day(revokeDate, context)) + " RESUME DATE=NONE");
        lines.add(" LAST-ACCESS=" + lastAccess);
        lines.add(" CLASS AUTHORIZATIONS=NONE");
        lines.add(" NO-INSTALLATION-DATA");
        lines.add(" NO-MODEL-NAME");
        lines.add(" LOGON ALLOWED   (DAYS)          (TIME)");
        lines.add(" ---------------------------------------------");
        lines.add(" ANYDAY                          ANYTIME");
        lines.add(String.format("  GROUP=%-8s  AUTH=USE      CONNECT-OWNER=%-8s  CONNECT-DATE=%s", GROUP, OWNER,
                CREATED));
        lines.add("    CONNECTS=" + connects(logons.map(RacfDatabase.Logons::count).orElse(0L))
                + "  UACC=NONE     LAST-CONNECT=" + lastAccess);
        lines.add("    CONNECT ATTRIBUTES=NONE");
        lines.add("    REVOKE DATE=NONE   RESUME DATE=NONE");
        lines.add("SECURITY-LEVEL=NONE SPECIFIED");
        lines.add("CATEGORY-AUTHORIZATION");
        lines.add(" NONE SPECIFIED");
        lines.add("SECURITY-LABEL=NONE SPECIFIED");
        return lines;
    }

    /** NAME=: the user's name padded to 20, or UNKNOWN (unpadded) when the profile has none, as the simulator's do. */
    static String name(String name) {
        return name == null ? "UNKNOWN" : String.format("%-20s", name);
    }

    /** CONNECTS=: six columns, right-aligned, thousands separated by commas, at least two digits ("    00"). */
    static String connects(long count) {
        String digits = count < 10 ? "0" + count : String.format(Locale.ROOT, "%,d", count);
        return String.format("%6s", digits);
    }

    /** yy.ddd, the form RACF gives a date in, on the system's local clock. */
    private static String day(Instant time, TsoContext context) {
        return DAY.format(LocalDateTime.ofInstant(time, context.localOffset()));
    }

    /** yy.ddd/hh:mm:ss on the system's local clock, as LAST-ACCESS and LAST-CONNECT show a time. */
    private static String stamp(Instant time, TsoContext context) {
        return STAMP.format(LocalDateTime.ofInstant(time, context.localOffset()));
    }
}
