package dev.zosmfsim.datasets;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Exclusive enqueues on data sets and members (SYSDSN and SPFEDIT, as ISPF and z/OSMF take them): while one owner
 * holds a data set or a member, another owner's write to it is refused as "in use". An owner is a userid, optionally
 * followed by {@code #} and what tells two writers of that user apart (one request, one TSO session).
 */
public final class Enqueues {

    private final Map<String, String> holders = new HashMap<>();

    /** Takes the enqueue on {@code name} (and {@code member}, or the whole data set when null) for {@code owner}. */
    public synchronized void acquire(DataSetName name, String member, String owner) {
        Optional<String> other = holder(name, member).filter(holder -> !holder.equals(owner));
        if (other.isPresent()) {
            throw DataSetException.inUse(name);
        }
        holders.put(key(name, member), owner);
    }

    public synchronized void release(DataSetName name, String member, String owner) {
        holders.remove(key(name, member), owner);
    }

    /** Who holds the data set, or the member, or the whole data set that contains it. */
    public synchronized Optional<String> holder(DataSetName name, String member) {
        String whole = holders.get(key(name, null));
        if (whole != null) {
            return Optional.of(whole);
        }
        if (member == null) {
            String prefix = name.value() + "(";
            return holders.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
                    .map(Map.Entry::getValue).findFirst();
        }
        return Optional.ofNullable(holders.get(key(name, member)));
    }

    /** The userid of an owner. */
    public static String userid(String owner) {
        int hash = owner.indexOf('#');
        return hash < 0 ? owner : owner.substring(0, hash);
    }

    private static String key(DataSetName name, String member) {
        return member == null ? name.value() : name.value() + "(" + member + ")";
    }
}
