package dev.zosmfsim.security;

import dev.zosmfsim.tso.TsoContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code RDEFINE FACILITY|OPERCMDS|JESSPOOL|JESJOBS|SURROGAT profile [UACC(level)]}: defines a profile in the RACF database; checks see it
 * after {@code SETROPTS RACLIST(class) REFRESH}. Needs SPECIAL (CLAUTH is not simulated).
 */
public final class RdefineCommand extends RacfCommand {

    public RdefineCommand(RacfDatabase racf) {
        super(racf);
    }

    @Override
    public Set<String> names() {
        return Set.of("RDEFINE", "RDEF");
    }

    @Override
    List<String> run(RacfOperands operands, TsoContext context) {
        List<String> words = operands.positional();
        if (words.size() != 2) {
            return List.of("IKJ56701I MISSING CLASS NAME OR PROFILE NAME");
        }
        String resourceClass = words.get(0);
        if (!racf.hasClass(resourceClass)) {
            return List.of("IKJ56702I INVALID CLASS NAME, " + resourceClass
                    + " (the simulator keeps FACILITY, OPERCMDS, JESSPOOL, JESJOBS and SURROGAT)");
        }
        String profile = words.get(1);
        if (!special(context.userid())) {
            return List.of("ICH10103I NOT AUTHORIZED TO DEFINE " + profile + ".");
        }
        AccessLevel uacc;
        try {
            uacc = AccessLevel.parse(operands.value("UACC").orElse("NONE"));
        } catch (IllegalArgumentException e) {
            return List.of("IKJ56702I INVALID UACC, " + operands.value("UACC").orElse(""));
        }
        try {
            racf.rdefine(resourceClass, new ResourceProfile(profile, uacc, Map.of()));
        } catch (IllegalStateException e) {
            return List.of("ICH10102I " + profile + " ALREADY DEFINED TO CLASS " + resourceClass + ".");
        }
        return List.of("ICH10006I RACLISTED PROFILES FOR " + resourceClass + " WILL NOT REFLECT THE ADDITION(S) UNTIL"
                + " A SETROPTS REFRESH IS ISSUED.");
    }
}
