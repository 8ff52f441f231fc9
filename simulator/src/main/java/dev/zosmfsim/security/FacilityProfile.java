package dev.zosmfsim.security;

import java.util.Map;
import java.util.TreeMap;

/**
 * A general-resource profile in class FACILITY (such as {@code IRR.DIGTCERT.MAP}) with its universal access and its
 * access list.
 */
public record FacilityProfile(String name, AccessLevel universalAccess, Map<String, AccessLevel> permits) {

    public FacilityProfile {
        name = name.trim().toUpperCase(java.util.Locale.ROOT);
        permits = Map.copyOf(permits);
    }

    public static FacilityProfile of(String name) {
        return new FacilityProfile(name, AccessLevel.NONE, Map.of());
    }

    /** The access {@code userid} has: its own permit if it has one, otherwise the universal access. */
    public AccessLevel accessOf(String userid) {
        return permits.getOrDefault(userid, universalAccess);
    }

    public FacilityProfile withPermit(String userid, AccessLevel access) {
        Map<String, AccessLevel> next = new TreeMap<>(permits);
        if (access == null) {
            next.remove(userid);
        } else {
            next.put(userid, access);
        }
        return new FacilityProfile(name, universalAccess, next);
    }
}
