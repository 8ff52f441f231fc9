package dev.zosmfsim.security;

import dev.zosmfsim.tso.TsoContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RACF's data set profile commands: {@code ADDSD}, {@code ALTDSD}, {@code DELDSD} and {@code LISTDSD}. Profiles may
 * be discrete or generic ({@code COLIN.**}, {@code SYS1.*LIB}); a change is in force at once (DATASET is not
 * RACLISTed). A user may define and change the profiles of their own high-level qualifier; others need SPECIAL,
 * or ALTER to the profile for a change.
 */
public final class DataSetProfileCommands {

    private DataSetProfileCommands() {
    }

    /** The four commands, for the TSO command table. */
    public static List<dev.zosmfsim.tso.TsoCommand> all(RacfDatabase racf) {
        return List.of(new Addsd(racf), new Altdsd(racf), new Deldsd(racf), new Listdsd(racf));
    }

    private abstract static class DataSetCommand extends RacfCommand {

        DataSetCommand(RacfDatabase racf) {
            super(racf);
        }

        /** The profile name: the first positional word, or DATASET(name). */
        String profileName(RacfOperands operands) {
            return operands.value("DATASET").or(() -> operands.value("DA"))
                    .orElse(operands.positional().stream().filter(word -> !List.of("GENERIC", "NOGENERIC", "ALL")
                            .contains(word)).findFirst().orElse(null));
        }

        boolean owns(String userid, String profile) {
            String hlq = profile.contains(".") ? profile.substring(0, profile.indexOf('.')) : profile;
            return hlq.equalsIgnoreCase(userid);
        }

        boolean mayChange(String userid, ResourceProfile profile) {
            return special(userid) || owns(userid, profile.name())
                    || profile.accessOf(UserProfile.normalizeUserid(userid)).allows(AccessLevel.ALTER);
        }
    }

    /** {@code ADDSD 'profile' [UACC(level)] [GENERIC]}. */
    static final class Addsd extends DataSetCommand {
        Addsd(RacfDatabase racf) {
            super(racf);
        }

        @Override
        public Set<String> names() {
            return Set.of("ADDSD", "AD");
        }

        @Override
        List<String> run(RacfOperands operands, TsoContext context) {
            String profile = profileName(operands);
            if (profile == null) {
                return List.of("IKJ56701I MISSING DATA SET NAME");
            }
            if (!special(context.userid()) && !owns(context.userid(), profile)) {
                return List.of("ICH09006I USER NOT AUTHORIZED TO DEFINE " + profile.toUpperCase());
            }
            AccessLevel uacc;
            try {
                uacc = AccessLevel.parse(operands.value("UACC").orElse("NONE"));
            } catch (IllegalArgumentException e) {
                return List.of("IKJ56702I INVALID UACC, " + operands.value("UACC").orElse(""));
            }
            try {
                racf.define(RacfDatabase.DATASET, new ResourceProfile(profile, uacc, Map.of()));
            } catch (IllegalStateException e) {
                return List.of("ICH09005I " + profile.toUpperCase() + " ALREADY DEFINED TO RACF");
            }
            return List.of();
        }
    }

    /** {@code ALTDSD 'profile' UACC(level)}. */
    static final class Altdsd extends DataSetCommand {
        Altdsd(RacfDatabase racf) {
            super(racf);
        }

        @Override
        public Set<String> names() {
            return Set.of("ALTDSD", "ALD");
        }

        @Override
        List<String> run(RacfOperands operands, TsoContext context) {
            String name = profileName(operands);
            if (name == null) {
                return List.of("IKJ56701I MISSING DATA SET NAME");
            }
            ResourceProfile profile = racf.profile(RacfDatabase.DATASET, name).orElse(null);
            if (profile == null) {
                return List.of("ICH22001I " + name.toUpperCase() + " NOT DEFINED TO RACF");
            }
            if (!mayChange(context.userid(), profile)) {
                return List.of("ICH22002I NOT AUTHORIZED TO ALTER " + profile.name());
            }
            AccessLevel uacc;
            try {
                uacc = AccessLevel.parse(operands.value("UACC").orElse(profile.universalAccess().name()));
            } catch (IllegalArgumentException e) {
                return List.of("IKJ56702I INVALID UACC, " + operands.value("UACC").orElse(""));
            }
            racf.replaceInForce(RacfDatabase.DATASET, new ResourceProfile(profile.name(), uacc, profile.permits()));
            return List.of();
        }
    }

    /** {@code DELDSD 'profile'}. */
    static final class Deldsd extends DataSetCommand {
        Deldsd(RacfDatabase racf) {
            super(racf);
        }

        @Override
        public Set<String> names() {
            return Set.of("DELDSD", "DD");
        }

        @Override
        List<String> run(RacfOperands operands, TsoContext context) {
            String name = profileName(operands);
            if (name == null) {
                return List.of("IKJ56701I MISSING DATA SET NAME");
            }
            ResourceProfile profile = racf.profile(RacfDatabase.DATASET, name).orElse(null);
            if (profile == null) {
                return List.of("ICH09007I " + name.toUpperCase() + " NOT DEFINED TO RACF");
            }
            if (!mayChange(context.userid(), profile)) {
                return List.of("ICH09008I NOT AUTHORIZED TO DELETE " + profile.name());
            }
            racf.delete(RacfDatabase.DATASET, profile.name());
            return List.of();
        }
    }

    /** {@code LISTDSD DATASET('profile')} or {@code LISTDSD 'profile'}: the profile, its UACC and access list. */
    static final class Listdsd extends DataSetCommand {
        Listdsd(RacfDatabase racf) {
            super(racf);
        }

        @Override
        public Set<String> names() {
            return Set.of("LISTDSD", "LD");
        }

        @Override
        List<String> run(RacfOperands operands, TsoContext context) {
            String name = profileName(operands);
            if (name == null) {
                return List.of("IKJ56701I MISSING DATA SET NAME");
            }
            ResourceProfile profile = racf.profile(RacfDatabase.DATASET, name).orElse(null);
            if (profile == null) {
                return List.of("ICH35003I NO RACF DESCRIPTION FOUND FOR " + name.toUpperCase());
            }
            if (!special(context.userid()) && !owns(context.userid(), profile.name())
                    && !profile.accessOf(UserProfile.normalizeUserid(context.userid())).allows(AccessLevel.READ)) {
                return List.of("ICH35002I NOT AUTHORIZED TO LIST " + profile.name());
            }
            String hlq = profile.name().contains(".") ? profile.name().substring(0, profile.name().indexOf('.'))
                    : profile.name();
            List<String> lines = new ArrayList<>();
            lines.add("INFORMATION FOR DATASET " + profile.name() + (profile.generic() ? " (G)" : ""));
            lines.add("");
            lines.add("LEVEL  OWNER      UNIVERSAL ACCESS   WARNING   ERASE");
            lines.add("-----  --------   ----------------   -------   -----");
            lines.add(String.format(" 00    %-8s       %-8s         NO        NO", hlq, profile.universalAccess()));
            lines.add("");
            if (profile.permits().isEmpty()) {
                lines.add("NO USERS IN ACCESS LIST");
            } else {
                lines.add("  ID     ACCESS");
                lines.add(" ------  -------");
                profile.permits().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(permit ->
                        lines.add(String.format(" %-8s %s", permit.getKey(), permit.getValue())));
            }
            return lines;
        }
    }
}
