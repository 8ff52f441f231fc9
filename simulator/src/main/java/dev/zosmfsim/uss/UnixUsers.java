package dev.zosmfsim.uss;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The OMVS segments of the RACF users (uid, gid, home directory) and the groups' gids: who a z/OSMF user is to z/OS
 * UNIX. A user is a superuser with uid 0, or with READ to BPX.SUPERUSER in FACILITY ({@code superuserProfile}).
 */
public final class UnixUsers {

    /** One user's OMVS segment. */
    public record Omvs(int uid, int gid, String home) {
    }

    private final Map<String, Omvs> segments;
    private final Map<Integer, String> groups;
    private final Predicate<String> superuserProfile;

    public UnixUsers(Map<String, Omvs> segments, Map<Integer, String> groups, Predicate<String> superuserProfile) {
        this.segments = new TreeMap<>(segments);
        this.groups = new TreeMap<>(groups);
        this.superuserProfile = superuserProfile;
    }

    /** The default segments: IBMUSER uid 0 in SYS1, every other user 1000 and on (in userid order) in USERS. */
    public static Map<String, Omvs> defaults(Iterable<String> userids) {
        Map<String, Omvs> segments = new TreeMap<>();
        int next = 1000;
        for (String userid : new java.util.TreeSet<>(toList(userids))) {
            String lower = userid.toLowerCase(Locale.ROOT);
            segments.put(userid, userid.equals("IBMUSER") ? new Omvs(0, 0, "/u/ibmuser")
                    : new Omvs(next++, 100, "/u/" + lower));
        }
        return segments;
    }

    /** The groups the defaults use. */
    public static Map<Integer, String> defaultGroups() {
        return Map.of(0, "SYS1", 100, "USERS", 1, "IZUADMIN");
    }

    public Optional<Omvs> segment(String userid) {
        return Optional.ofNullable(segments.get(userid));
    }

    public Map<String, Omvs> segments() {
        return Map.copyOf(segments);
    }

    /** The caller a z/OSMF user is; a user without an OMVS segment gets none (z/OSMF refuses the request). */
    public Optional<UnixCaller> caller(String userid) {
        Omvs omvs = segments.get(userid);
        if (omvs == null) {
            return Optional.empty();
        }
        return Optional.of(new UnixCaller(userid, omvs.uid(), omvs.gid(),
                omvs.uid() == 0 || superuserProfile.test(userid)));
    }

    /** The userid of a uid (the first user with it), or the number. */
    public String userName(int uid) {
        return segments.entrySet().stream().filter(entry -> entry.getValue().uid() == uid).map(Map.Entry::getKey)
                .findFirst().orElse(Integer.toString(uid));
    }

    public String groupName(int gid) {
        return groups.getOrDefault(gid, Integer.toString(gid));
    }

    /** The uid of a userid or a number; null when it is neither. */
    public Integer uidOf(String owner) {
        if (owner.matches("\\d{1,10}")) {
            return Integer.valueOf(owner);
        }
        Omvs omvs = segments.get(owner.toUpperCase(Locale.ROOT));
        return omvs == null ? null : omvs.uid();
    }

    /** The gid of a group name or a number; null when it is neither. */
    public Integer gidOf(String group) {
        if (group.matches("\\d{1,10}")) {
            return Integer.valueOf(group);
        }
        return groups.entrySet().stream().filter(entry -> entry.getValue().equalsIgnoreCase(group))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static java.util.List<String> toList(Iterable<String> values) {
        java.util.List<String> list = new java.util.ArrayList<>();
        values.forEach(list::add);
        return list;
    }
}
