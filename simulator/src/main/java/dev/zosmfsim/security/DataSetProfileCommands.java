package dev.zosmfsim.security;

import dev.zosmfsim.tso.TsoContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RACF's data set profile commands: {@code ADDSD}, {@code ALTDSD}, {@code DELDSD} and {@code LISTDSD}. Profiles may
 * be discrete or generic ({@code COLIN.**}, {@code SYS1.*LIB}); a change is in force at once (DATASET is not
 * RACLISTed). A user may define and change the profiles of their own high-level qualifier; others need SPECIAL,
 * or to own the profile or have ALTER to it for a change. A generic name needs SETROPTS GENERIC(DATASET).
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

        static String highLevelQualifier(String profile) {
            return profile.contains(".") ? profile.substring(0, profile.indexOf('.')) : profile;
        }

        boolean owns(String userid, String profile) {
            return highLevelQualifier(profile).equalsIgnoreCase(userid);
        }

        /** Whether the user may see ({@code READ}) or change ({@code ALTER}) the profile. */
        boolean may(String userid, ResourceProfile profile, AccessLevel needed) {
            return special(userid) || owns(userid, profile.name())
                    || UserProfile.normalizeUserid(userid).equals(profile.owner())
                    || profile.accessOf(UserProfile.normalizeUserid(userid)).allows(needed);
        }

        /** The UACC operand, or {@code otherwise} when there is none; empty when it names no access level. */
        static Optional<AccessLevel> uacc(RacfOperands operands, AccessLevel otherwise) {
            try {
                return Optional.of(operands.value("UACC").map(AccessLevel::parse).orElse(otherwise));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        static List<String> invalidUacc(RacfOperands operands) {
            return List.of("IKJ56702I INVALID UACC, " + operands.value("UACC").orElse(""));
        }

        /** The OWNER operand: empty when there is none; {@code ""} when it is no valid user or group name. */
        static Optional<String> owner(RacfOperands operands) {
            return operands.value("OWNER").map(owner -> owner.strip().matches("[A-Za-z@#$][A-Za-z0-9@#$]{0,7}")
                    ? owner.strip().toUpperCase(java.util.Locale.ROOT) : "");
        }

        static List<String> invalidOwner(RacfOperands operands) {
            return List.of("IKJ56702I INVALID OWNER, " + operands.value("OWNER").orElse(""));
        }

        /**
         * The profile the command names, once RACF has found it and the user may act on it with {@code needed}; else
         * {@code refusal} holds RACF's answer: the missing name, or this command's messages (formats of the name) for
         * an unknown profile and for a user without the authority.
         */
        Named named(RacfOperands operands, TsoContext context, String notDefined, String notAuthorized,
                AccessLevel needed) {
            String name = profileName(operands);
            if (name == null) {
                return Named.refused("IKJ56701I MISSING DATA SET NAME");
            }
            ResourceProfile profile = racf.profile(RacfDatabase.DATASET, name).orElse(null);
            if (profile == null) {
                return Named.refused(String.format(notDefined, name.toUpperCase()));
            }
            if (!may(context.userid(), profile, needed)) {
                return Named.refused(String.format(notAuthorized, profile.name()));
            }
            return new Named(profile, List.of());
        }
    }

    /** A profile a command may act on, or RACF's refusal. */
    private record Named(ResourceProfile profile, List<String> refusal) {
        static Named refused(String message) {
            return new Named(null, List.of(message));
        }
    }

    /** {@code ADDSD 'profile' [UACC(level)] [OWNER(id)] [GENERIC]}. */
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
            if ((profile.contains("*") || operands.positional().contains("GENERIC"))
                    && !racf.genericActive(RacfDatabase.DATASET)) {
                return List.of("ICH09034I GENERIC INVALID, GENERIC COMMAND PROCESSING IS INACTIVE");
            }
            if (!special(context.userid()) && !owns(context.userid(), profile)) {
                return List.of("ICH09006I USER NOT AUTHORIZED TO DEFINE " + profile.toUpperCase());
            }
            Optional<AccessLevel> uacc = uacc(operands, AccessLevel.NONE);
            if (uacc.isEmpty()) {
                return invalidUacc(operands);
            }
            Optional<String> owner = owner(operands);
            if (owner.filter(String::isEmpty).isPresent()) {
                return invalidOwner(operands);
            }
            try {
                racf.define(RacfDatabase.DATASET, new ResourceProfile(profile, uacc.get(), Map.of(),
                        owner.orElse(null)));
            } catch (IllegalStateException e) {
                return List.of("ICH09005I " + profile.toUpperCase() + " ALREADY DEFINED TO RACF");
            }
            return List.of();
        }
    }

    /** {@code ALTDSD 'profile' [UACC(level)] [OWNER(id)]}. */
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
            Named named = named(operands, context, "ICH22001I %s NOT DEFINED TO RACF",
                    "ICH22002I NOT AUTHORIZED TO ALTER %s", AccessLevel.ALTER);
            if (named.profile() == null) {
                return named.refusal();
            }
            ResourceProfile profile = named.profile();
            Optional<AccessLevel> uacc = uacc(operands, profile.universalAccess());
            if (uacc.isEmpty()) {
                return invalidUacc(operands);
            }
            Optional<String> owner = owner(operands);
            if (owner.filter(String::isEmpty).isPresent()) {
                return invalidOwner(operands);
            }
            racf.replaceInForce(RacfDatabase.DATASET, profile.withUniversalAccess(uacc.get())
                    .withOwner(owner.orElse(profile.owner())));
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
            Named named = named(operands, context, "ICH09007I %s NOT DEFINED TO RACF",
                    "ICH09008I NOT AUTHORIZED TO DELETE %s", AccessLevel.ALTER);
            if (named.profile() == null) {
                return named.refusal();
            }
            ResourceProfile profile = named.profile();
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
            Named named = named(operands, context, "ICH35003I NO RACF DESCRIPTION FOUND FOR %s",
                    "ICH35002I NOT AUTHORIZED TO LIST %s", AccessLevel.READ);
            if (named.profile() == null) {
                return named.refusal();
            }
            ResourceProfile profile = named.profile();
            List<String> lines = new ArrayList<>();
            lines.add("INFORMATION FOR DATASET " + profile.name() + (profile.generic() ? " (G)" : ""));
            lines.add("");
            lines.add("LEVEL  OWNER      UNIVERSAL ACCESS   WARNING   ERASE");
            lines.add("-----  --------   ----------------   -------   -----");
            lines.add(String.format(" 00    %-8s       %-8s         NO        NO", profile.ownerOrQualifier(),
                    profile.universalAccess()));
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
