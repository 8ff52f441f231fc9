package dev.zosmfsim.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One RACLISTed general-resource class (FACILITY, OPERCMDS): its profiles in the RACF database, and the in-storage
 * copy that access checks read, which {@code SETROPTS RACLIST(class) REFRESH} renews. Not thread-safe: the
 * {@link RacfDatabase} guards it.
 */
final class ResourceClass {

    private final String name;
    private final Map<String, ResourceProfile> database = new TreeMap<>();
    private final Map<String, ResourceProfile> inStorage = new TreeMap<>();

    ResourceClass(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    Optional<ResourceProfile> profile(String profileName) {
        return Optional.ofNullable(database.get(normalize(profileName)));
    }

    List<ResourceProfile> profiles() {
        return List.copyOf(database.values());
    }

    /** RDEFINE: the profile is in the database; checks see it after the refresh. Refused if it exists already. */
    void define(ResourceProfile profile) {
        if (database.containsKey(profile.name())) {
            throw new ProfileExistsException(name, profile.name());
        }
        database.put(profile.name(), profile);
    }

    /** PERMIT: changes a profile's access list in the database ({@code access} null removes the permit). */
    ResourceProfile permit(String profileName, String userid, AccessLevel access) {
        ResourceProfile profile = profile(profileName).orElseThrow(() -> new ProfileMissingException(name,
                profileName));
        ResourceProfile changed = profile.withPermit(userid, access);
        database.put(changed.name(), changed);
        return changed;
    }

    /** Puts a profile in force at once, database and in-storage copy alike (scenario, admin API). */
    void putInForce(ResourceProfile profile) {
        database.put(profile.name(), profile);
        inStorage.put(profile.name(), profile);
    }

    /** Removes a profile from the database and the in-storage copy; false if there was none. */
    boolean remove(String profileName) {
        String key = normalize(profileName);
        inStorage.remove(key);
        return database.remove(key) != null;
    }

    void refresh() {
        inStorage.clear();
        inStorage.putAll(database);
    }

    boolean refreshPending() {
        return !inStorage.equals(database);
    }

    /**
     * The in-storage profile that covers {@code resource}: a discrete profile of that name, else the most specific
     * generic one; empty when none does (RACF's "no profile", which leaves the decision to the caller).
     */
    Optional<ResourceProfile> covering(String resource) {
        return covering(resource, true);
    }

    /** As {@link #covering(String)}; without {@code generics} (SETROPTS NOGENERIC) only a discrete profile counts. */
    Optional<ResourceProfile> covering(String resource, boolean generics) {
        String wanted = normalize(resource);
        ResourceProfile discrete = inStorage.get(wanted);
        if (discrete != null && !discrete.generic()) {
            return Optional.of(discrete);
        }
        if (!generics) {
            return Optional.empty();
        }
        return inStorage.values().stream().filter(ResourceProfile::generic).filter(profile -> profile.covers(wanted))
                .max(Comparator.comparingInt(ResourceProfile::specificity));
    }

    private static String normalize(String text) {
        return text.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** RDEFINE of a profile that exists. */
    static final class ProfileExistsException extends IllegalStateException {
        ProfileExistsException(String className, String profile) {
            super(className + " profile " + profile + " is already defined");
        }
    }

    /** PERMIT to a profile that does not exist. */
    static final class ProfileMissingException extends IllegalStateException {
        ProfileMissingException(String className, String profile) {
            super(className + " profile " + profile + " is not defined");
        }
    }
}
