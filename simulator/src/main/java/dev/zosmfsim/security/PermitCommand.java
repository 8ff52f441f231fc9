package dev.zosmfsim.security;

import dev.zosmfsim.tso.TsoContext;
import java.util.List;
import java.util.Set;

/**
 * {@code PERMIT profile CLASS(FACILITY) ID(userid) ACCESS(level)} or {@code ... DELETE}: changes a FACILITY
 * profile's access list in the RACF database; checks see it after {@code SETROPTS RACLIST(FACILITY) REFRESH}.
 * Needs SPECIAL or ALTER access to the profile.
 */
public final class PermitCommand extends RacfCommand {

    static String raclistedUpdate(String resourceClass) {
        return "ICH06011I RACLISTED PROFILES FOR " + resourceClass + " WILL NOT REFLECT THE UPDATE(S) UNTIL A SETROPTS"
                + " REFRESH IS ISSUED";
    }

    public PermitCommand(RacfDatabase racf) {
        super(racf);
    }

    @Override
    public Set<String> names() {
        return Set.of("PERMIT", "PE");
    }

    @Override
    List<String> run(RacfOperands operands, TsoContext context) {
        List<String> names = operands.positional().stream().filter(word -> !word.equals("DELETE")).toList();
        if (names.size() != 1) {
            return List.of("IKJ56701I MISSING PROFILE NAME");
        }
        String profile = names.get(0);
        String resourceClass = operands.value("CLASS").orElse("DATASET");
        if (!racf.hasClass(resourceClass)) {
            return List.of("IKJ56702I INVALID CLASS NAME, " + resourceClass
                    + " (the simulator keeps FACILITY, OPERCMDS, JESSPOOL, JESJOBS and SURROGAT)");
        }
        if (racf.profile(resourceClass, profile).isEmpty()) {
            return List.of("ICH06004I " + profile + " NOT DEFINED TO RACF");
        }
        // a data set profile of the user's own high-level qualifier is theirs to permit
        boolean owner = resourceClass.equalsIgnoreCase(RacfDatabase.DATASET)
                && profile.toUpperCase(java.util.Locale.ROOT).startsWith(context.userid() + ".");
        if (!special(context.userid()) && !owner && !racf.profile(resourceClass, profile).orElseThrow()
                .accessOf(context.userid()).allows(AccessLevel.ALTER)) {
            return List.of("ICH06006I NOT AUTHORIZED TO " + profile);
        }
        String userid = operands.value("ID").orElse(null);
        if (userid == null) {
            return List.of("IKJ56701I MISSING ID");
        }
        if (racf.user(userid).isEmpty()) {
            return List.of("ICH06007I " + userid + " NOT DEFINED TO RACF");
        }
        if (operands.has("DELETE")) {
            if (!racf.profile(resourceClass, profile).orElseThrow().permits().containsKey(userid)) {
                return List.of(String.format("ICH06002I %-8s NOT AUTHORIZED, DELETE IGNORED", userid));
            }
            racf.permitInDatabase(resourceClass, profile, userid, null);
            return resourceClass.equalsIgnoreCase(RacfDatabase.DATASET) ? List.of() : List.of(raclistedUpdate(resourceClass));
        }
        AccessLevel access;
        try {
            access = AccessLevel.parse(operands.value("ACCESS").orElse("READ"));
        } catch (IllegalArgumentException e) {
            return List.of("IKJ56702I INVALID ACCESS, " + operands.value("ACCESS").orElse(""));
        }
        racf.permitInDatabase(resourceClass, profile, userid, access);
        return resourceClass.equalsIgnoreCase(RacfDatabase.DATASET) ? List.of() : List.of(raclistedUpdate(resourceClass));
    }
}
