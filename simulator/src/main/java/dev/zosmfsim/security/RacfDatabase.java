package dev.zosmfsim.security;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The simulated RACF database of one system: user profiles, FACILITY profiles with their access lists, and
 * certificate name filters. Thread-safe; every read sees a whole, consistent profile.
 */
public final class RacfDatabase {

    public static final String FACILITY = "FACILITY";
    public static final String OPERCMDS = "OPERCMDS";
    /** JES2's spool data sets ({@code node.owner.jobname.jobid...}) and job commands ({@code CANCEL.node.owner.jobname}). */
    public static final String JESSPOOL = "JESSPOOL";
    public static final String JESJOBS = "JESJOBS";
    /** Who may submit work as another user: {@code userid.SUBMIT}, READ. */
    public static final String SURROGAT = "SURROGAT";
    /** Data set profiles: not RACLISTed, so a change is in force at once. */
    public static final String DATASET = "DATASET";

    /**
     * Profiles are immutable and replaced whole, so logons (every request) read them without taking the database's
     * lock; changes still go through the lock.
     */
    private final Map<String, UserProfile> users = new ConcurrentSkipListMap<>();
    /**
     * The RACLISTed general-resource classes the simulator keeps, by name: FACILITY (IRR.DIGTCERT.*) and OPERCMDS
     * (operator commands). Changes by RDEFINE and PERMIT take effect at SETROPTS RACLIST(class) REFRESH; changes by
     * the scenario or the admin API at once.
     */
    private final Map<String, ResourceClass> classes = Map.of(FACILITY, new ResourceClass(FACILITY),
            OPERCMDS, new ResourceClass(OPERCMDS), JESSPOOL, new ResourceClass(JESSPOOL),
            JESJOBS, new ResourceClass(JESJOBS), SURROGAT, new ResourceClass(SURROGAT),
            DATASET, new ResourceClass(DATASET));
    private final List<CertificateMap> certificateMaps = new ArrayList<>();
    /** Logon statistics LISTUSER shows: when each user last entered the system, and how often. */
    private final Map<String, Logons> logons = new java.util.concurrent.ConcurrentHashMap<>();

    /** What time it is for RACF: the simulator clock of the system, which dates passwords, revokes and resumes. */
    private final java.util.function.Supplier<java.time.Instant> now;
    /** SETROPTS PASSWORD(REVOKE, INTERVAL, HISTORY) and INACTIVE; all off on a fresh system. */
    private volatile PasswordRules rules = PasswordRules.none();
    /**
     * SETROPTS GENERIC(DATASET): whether data set checks use generic profiles and ADDSD may define them. On here
     * (a fresh RACF database has NOGENERIC; the simulator's users expect generic profiles to work).
     */
    private volatile boolean genericDataset = true;

    /** A database on the real clock (tests that do not care about time). */
    public RacfDatabase() {
        this(java.time.Instant::now);
    }

    public RacfDatabase(java.util.function.Supplier<java.time.Instant> now) {
        this.now = now;
    }

    public PasswordRules passwordRules() {
        return rules;
    }

    public void setPasswordRules(PasswordRules value) {
        rules = java.util.Objects.requireNonNull(value, "rules");
    }

    /** Whether generic profiles of {@code className} are in use: SETROPTS GENERIC; always for the RACLISTed classes. */
    public boolean genericActive(String className) {
        return !className.equalsIgnoreCase(DATASET) || genericDataset;
    }

    /** SETROPTS GENERIC(DATASET) (true) or NOGENERIC(DATASET) (false); other classes keep their generics. */
    public void setGenericDataset(boolean active) {
        genericDataset = active;
    }

    /**
     * Counts a wrong password for {@code userid} under the rules in force; revokes the user when the count passes
     * REVOKE(n). Returns the profile as it is after.
     */
    public synchronized UserProfile recordWrongPassword(String userid) {
        PasswordRules current = rules;
        return replace(userid, profile -> {
            int failures = profile.standing().failedAttempts() + 1;
            UserProfile counted = profile.withFailedAttempts(failures);
            return !profile.revoked() && current.revokes(failures) ? counted.revokedBy(PASSWORD_ATTEMPTS, now.get()) : counted;
        });
    }

    /** A right password: the count of wrong ones starts again. */
    public void resetWrongPasswords(String userid) {
        // most logons have no wrong passwords to forget: they look without taking the database's lock
        if (!hasWrongPasswords(userid)) {
            return;
        }
        synchronized (this) {
            if (hasWrongPasswords(userid)) {
                replace(userid, profile -> profile.withFailedAttempts(0));
            }
        }
    }

    private boolean hasWrongPasswords(String userid) {
        return user(userid).map(profile -> profile.standing().failedAttempts() > 0).orElse(false);
    }

    /** Revokes {@code userid} because it went unused longer than INACTIVE(n) allows. */
    public synchronized UserProfile revokeInactive(String userid) {
        return replace(userid, profile -> profile.revokedBy(INACTIVITY, now.get()));
    }

    /** When the user last entered the system, or (never since) was defined or resumed: what INACTIVE counts from. */
    public java.time.Instant lastActive(UserProfile user) {
        java.time.Instant since = user.standing().activeSince();
        java.time.Instant logon = logons(user.userid()).map(Logons::last).orElse(null);
        if (logon == null) {
            return since;
        }
        return since == null || logon.isAfter(since) ? logon : since;
    }

    /** The revoke reasons a password rule records. */
    public static final String PASSWORD_ATTEMPTS = "PASSWORD";
    public static final String INACTIVITY = "INACTIVE";

    /** A user's logon statistics: the number of logons (CONNECTS) and the last one (LAST-ACCESS, LAST-CONNECT). */
    public record Logons(long count, java.time.Instant last) {
    }

    /** Counts a logon of {@code userid} at {@code time}, as RACF's statistics do for every verified logon. */
    public void recordLogon(String userid, java.time.Instant time) {
        logons.merge(userid, new Logons(1, time), (before, now) -> new Logons(before.count() + 1, now.last()));
    }

    /** The user's logon statistics; empty before the first logon. */
    public Optional<Logons> logons(String userid) {
        return Optional.ofNullable(logons.get(userid));
    }

    /** The user's profile; empty for a userid RACF does not know, including one that could never be valid. */
    public Optional<UserProfile> user(String userid) {
        String normalized = normalizeOrNull(userid);
        return normalized == null ? Optional.empty() : Optional.ofNullable(users.get(normalized));
    }

    public List<UserProfile> users() {
        return List.copyOf(users.values());
    }

    /** Adds or replaces a user profile. */
    public synchronized void putUser(UserProfile profile) {
        users.put(profile.userid(), profile.datedAt(now.get()));
    }

    /** Revokes (true) or resumes (false) a user. New logons check this; running address spaces do not. */
    public synchronized UserProfile setRevoked(String userid, boolean revoked) {
        return replace(userid, profile -> profile.withRevoked(revoked, now.get()));
    }

    /** Sets a new password, marked expired (the user must change it at the next password logon) or not. */
    public synchronized UserProfile setPassword(String userid, String password, boolean expired) {
        return replace(userid, profile -> profile.withPassword(password, expired, now.get()));
    }

    /** Marks the password expired or not, keeping it (ALTUSER EXPIRED / NOEXPIRED without PASSWORD). */
    public synchronized UserProfile setExpired(String userid, boolean expired) {
        return replace(userid, profile -> profile.withExpired(expired));
    }

    public synchronized UserProfile setSpecial(String userid, boolean special) {
        return replace(userid, profile -> profile.withSpecial(special));
    }

    /** Gives or takes the OPERATIONS attribute (ALTUSER OPERATIONS / NOOPERATIONS). */
    public synchronized UserProfile setOperations(String userid, boolean operations) {
        return replace(userid, profile -> profile.withOperations(operations));
    }

    /** Sets (or with null removes) the user's OPERPARM segment: the authority of the user's EMCS consoles. */
    public synchronized UserProfile setOperParm(String userid, OperParm operParm) {
        return replace(userid, profile -> profile.withOperParm(operParm));
    }

    /** Whether RACF keeps the general-resource class {@code className}. */
    public boolean hasClass(String className) {
        return classes.containsKey(className.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public synchronized Optional<ResourceProfile> profile(String className, String name) {
        return resourceClass(className).profile(name);
    }

    public synchronized List<ResourceProfile> profiles(String className) {
        return resourceClass(className).profiles();
    }

    /** Defines a profile in force at once (scenario, admin API); refused if it exists already. */
    public synchronized void define(String className, ResourceProfile profile) {
        ResourceClass target = resourceClass(className);
        target.define(profile);
        target.putInForce(profile);
    }

    /** RDEFINE: the profile is in the database; access checks see it after SETROPTS RACLIST(class) REFRESH. */
    public synchronized void rdefine(String className, ResourceProfile profile) {
        resourceClass(className).define(profile);
    }

    /** PERMIT: changes the database ({@code access} null removes the permit); checks see it after the refresh. */
    public synchronized ResourceProfile permitInDatabase(String className, String profileName, String userid,
            AccessLevel access) {
        ResourceProfile changed = resourceClass(className).permit(profileName, UserProfile.normalizeUserid(userid),
                access);
        if (className.equalsIgnoreCase(DATASET)) {
            resourceClass(className).putInForce(changed);
        }
        return changed;
    }

    /** The in-storage profile of {@code className} that covers {@code resource} (the most specific), if any. */
    public synchronized Optional<ResourceProfile> coveringProfile(String className, String resource) {
        return resourceClass(className).covering(resource, genericActive(className));
    }

    /** ALTDSD and the like: the profile replaced in the database and in force at once. */
    public synchronized void replaceInForce(String className, ResourceProfile profile) {
        resourceClass(className).putInForce(profile);
    }

    /** DELDSD and the like: the profile removed from the database and from what checks see. */
    public synchronized boolean delete(String className, String profileName) {
        return resourceClass(className).remove(profileName);
    }

    /** SETROPTS RACLIST(class) REFRESH: access checks see the database as it is now. */
    public synchronized void refresh(String className) {
        resourceClass(className).refresh();
    }

    /** Whether the database holds changes to {@code className} that checks do not see yet (a refresh is due). */
    public synchronized boolean refreshPending(String className) {
        return resourceClass(className).refreshPending();
    }

    /**
     * The access {@code userid} has to {@code resource} in {@code className}, by the in-storage profile that covers
     * it; empty when no profile covers it (RACF's "no profile": the caller decides).
     */
    public synchronized Optional<AccessLevel> access(String className, String userid, String resource) {
        String id = UserProfile.normalizeUserid(userid);
        return resourceClass(className).covering(resource, genericActive(className))
                .map(profile -> profile.accessOf(id));
    }

    // FACILITY, which the RACDCERT checks and the scenario's facility section use

    public synchronized List<ResourceProfile> facilityProfiles() {
        return profiles(FACILITY);
    }

    public synchronized void defineFacility(ResourceProfile profile) {
        define(FACILITY, profile);
    }

    /** Adds, changes or (with {@code access == null}) removes a permit, in effect at once; the profile must exist. */
    public synchronized void permit(String profileName, String userid, AccessLevel access) {
        ResourceProfile changed = permitInDatabase(FACILITY, profileName, userid, access);
        resourceClass(FACILITY).putInForce(changed);
    }

    /**
     * The access {@code userid} has to a FACILITY resource, or NONE when no profile covers it (for the resources the
     * simulator checks, "no profile" means "not authorized").
     */
    public synchronized AccessLevel facilityAccess(String userid, String resource) {
        return access(FACILITY, userid, resource).orElse(AccessLevel.NONE);
    }

    private ResourceClass resourceClass(String className) {
        ResourceClass found = classes.get(className.trim().toUpperCase(java.util.Locale.ROOT));
        if (found == null) {
            throw new IllegalArgumentException("RACF class " + className + " is not kept by the simulator");
        }
        return found;
    }

    public synchronized List<CertificateMap> certificateMaps() {
        return List.copyOf(certificateMaps);
    }

    /** Adds a map; refused when a map with the same filters exists already, as RACF does. */
    public synchronized void addCertificateMap(CertificateMap map) {
        if (!users.containsKey(map.userid())) {
            throw new IllegalStateException("user " + map.userid() + " is not defined to RACF");
        }
        for (CertificateMap existing : certificateMaps) {
            if (existing.sameFilters(map)) {
                throw new DuplicateMapException(existing);
            }
        }
        certificateMaps.add(map);
    }

    /** Removes the maps of {@code userid} with the given label (any label if null); returns how many went. */
    public synchronized int deleteCertificateMaps(String userid, String label) {
        String id = UserProfile.normalizeUserid(userid);
        int before = certificateMaps.size();
        certificateMaps.removeIf(map -> map.userid().equals(id) && (label == null || label.equals(map.label())));
        return before - certificateMaps.size();
    }

    /** The most specific map whose filters match the certificate, if any. */
    public synchronized Optional<CertificateMap> mapFor(X509Certificate certificate) {
        return certificateMaps.stream()
                .filter(map -> map.matches(certificate))
                .max(Comparator.comparingInt(CertificateMap::specificity));
    }

    private UserProfile replace(String userid, java.util.function.UnaryOperator<UserProfile> change) {
        String id = normalizeOrNull(userid);
        UserProfile current = id == null ? null : users.get(id);
        if (current == null) {
            throw new UnknownUserException(userid);
        }
        UserProfile next = change.apply(current);
        users.put(next.userid(), next);
        return next;
    }

    private static String normalizeOrNull(String userid) {
        try {
            return UserProfile.normalizeUserid(userid);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** Thrown when a command names a user RACF does not know. */
    public static final class UnknownUserException extends IllegalStateException {
        public UnknownUserException(String userid) {
            super("user " + userid + " is not defined to RACF");
        }
    }

    /** Thrown when a certificate map with the same filters exists already. */
    public static final class DuplicateMapException extends IllegalStateException {
        private final transient CertificateMap existing;

        public DuplicateMapException(CertificateMap existing) {
            super("a certificate map with these filters exists already (for " + existing.userid() + ")");
            this.existing = existing;
        }

        public CertificateMap existing() {
            return existing;
        }
    }
}
