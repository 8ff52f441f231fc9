package dev.zosmfsim.security;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * RACF's check of a data set access against the DATASET profiles: the most specific profile that covers the name
 * decides (the user's permit, else UACC); a user may always reach the data sets of their own high-level qualifier;
 * without a covering profile the access is allowed (PROTECTALL is not active). SPECIAL does not bypass the check;
 * OPERATIONS does: its user has full access to every DATASET-protected data set unless the profile's access list
 * names the user, who then has only that access (IBM: "A user who has the OPERATIONS attribute has full access").
 * Groups are not simulated, so only the user's own entry in the access list counts.
 * A refusal writes ICH408I, with the profile that refused, to the system log.
 */
public final class DatasetAuthority {

    /** A refused access: the profile that refused it and the access it allows. */
    public record Refusal(String profile, boolean generic, AccessLevel allowed, String message) {
    }

    private final RacfDatabase racf;
    private final Consumer<String> systemLog;

    public DatasetAuthority(RacfDatabase racf, Consumer<String> systemLog) {
        this.racf = racf;
        this.systemLog = systemLog;
    }

    /** Empty when {@code userid} may reach {@code dsn} (on {@code volume}) with {@code intent}. */
    public Optional<Refusal> check(String userid, String dsn, String volume, AccessLevel intent) {
        String id = UserProfile.normalizeUserid(userid);
        String name = dsn.toUpperCase(Locale.ROOT);
        String hlq = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (hlq.equals(id)) {
            return Optional.empty();
        }
        Optional<ResourceProfile> covering = racf.coveringProfile(RacfDatabase.DATASET, name);
        if (covering.isEmpty()) {
            return Optional.empty();
        }
        ResourceProfile profile = covering.get();
        boolean listed = profile.permits().containsKey(id);
        if (!listed && racf.user(id).map(UserProfile::operations).orElse(false)) {
            return Optional.empty();
        }
        AccessLevel allowed = profile.accessOf(id);
        if (allowed.allows(intent)) {
            return Optional.empty();
        }
        String generic = profile.generic() ? " (G)" : "";
        systemLog.accept(String.format("ICH408I USER(%-8s) GROUP(%-8s) NAME(%-20s)", id, "SYS1", id));
        systemLog.accept("  " + name + " CL(DATASET ) VOL(" + volume + ")");
        systemLog.accept("  INSUFFICIENT ACCESS AUTHORITY");
        systemLog.accept("  FROM " + profile.name() + generic);
        systemLog.accept(String.format("  ACCESS INTENT(%-7s)  ACCESS ALLOWED(%-7s)", intent, allowed));
        return Optional.of(new Refusal(profile.name(), profile.generic(), allowed, String.format(
                "ICH408I USER(%s) %s CL(DATASET) INSUFFICIENT ACCESS AUTHORITY FROM %s%s ACCESS INTENT(%s)"
                        + " ACCESS ALLOWED(%s)", id, name, profile.name(), generic, intent, allowed)));
    }
}
