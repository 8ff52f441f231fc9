package dev.zosmfsim.security;

import java.util.Map;
import java.util.TreeMap;

/**
 * A general-resource profile (FACILITY's {@code IRR.DIGTCERT.MAP}, OPERCMDS' {@code MVS.CANCEL.**}) with its
 * universal access and its access list. A name with {@code *} or {@code **} is generic: {@code *} stands for any
 * characters within one qualifier, {@code **} for any number of qualifiers. {@code owner} is the user (or group) that
 * owns the profile; null when no one was named (a data set profile is then owned by its high-level qualifier).
 */
public record ResourceProfile(String name, AccessLevel universalAccess, Map<String, AccessLevel> permits,
        String owner) {

    public ResourceProfile {
        name = name.trim().toUpperCase(java.util.Locale.ROOT);
        permits = Map.copyOf(permits);
        owner = owner == null ? null : owner.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** A profile with no owner named. */
    public ResourceProfile(String name, AccessLevel universalAccess, Map<String, AccessLevel> permits) {
        this(name, universalAccess, permits, null);
    }

    /** The owner LISTDSD shows: the one named, else the profile's high-level qualifier. */
    public String ownerOrQualifier() {
        return owner != null ? owner : name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    }

    public ResourceProfile withUniversalAccess(AccessLevel access) {
        return new ResourceProfile(name, access, permits, owner);
    }

    public ResourceProfile withOwner(String newOwner) {
        return new ResourceProfile(name, universalAccess, permits, newOwner);
    }

    /** Whether the name has generic characters. */
    public boolean generic() {
        return name.contains("*");
    }

    /** Whether this profile covers {@code resource}: the same name, or a generic name that matches it. */
    public boolean covers(String resource) {
        return generic() ? matches(name.split("\\."), 0, resource.split("\\."), 0) : name.equals(resource);
    }

    /** RACF's generic rules: {@code **} is any number of qualifiers, {@code *} any characters within one. */
    private static boolean matches(String[] pattern, int p, String[] qualifiers, int q) {
        if (p == pattern.length) {
            return q == qualifiers.length;
        }
        if (pattern[p].equals("**")) {
            for (int skip = q; skip <= qualifiers.length; skip++) {
                if (matches(pattern, p + 1, qualifiers, skip)) {
                    return true;
                }
            }
            return false;
        }
        return q < qualifiers.length && qualifierMatches(pattern[p], qualifiers[q])
                && matches(pattern, p + 1, qualifiers, q + 1);
    }

    private static boolean qualifierMatches(String pattern, String qualifier) {
        String regex = java.util.regex.Pattern.quote(pattern).replace("*", "\\E.*\\Q");
        return qualifier.matches(regex);
    }

    /** How specific a generic name is: the more characters before its first '*', the more specific. */
    int specificity() {
        int star = name.indexOf('*');
        return star < 0 ? Integer.MAX_VALUE : star * 2 + (name.contains("**") ? 0 : 1);
    }

    public static ResourceProfile of(String name) {
        return new ResourceProfile(name, AccessLevel.NONE, Map.of());
    }

    /** The access {@code userid} has: its own permit if it has one, otherwise the universal access. */
    public AccessLevel accessOf(String userid) {
        return permits.getOrDefault(userid, universalAccess);
    }

    public ResourceProfile withPermit(String userid, AccessLevel access) {
        Map<String, AccessLevel> next = new TreeMap<>(permits);
        if (access == null) {
            next.remove(userid);
        } else {
            next.put(userid, access);
        }
        return new ResourceProfile(name, universalAccess, next, owner);
    }
}
