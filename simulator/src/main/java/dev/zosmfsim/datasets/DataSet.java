package dev.zosmfsim.datasets;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A cataloged non-VSAM data set: sequential (its records) or partitioned (its members). Immutable; the
 * {@link Catalog} replaces it on change. A migrated data set keeps its attributes and contents but is on no volume
 * until it is recalled.
 */
public record DataSet(DataSetName name, DataSetAttributes attributes, LocalDate created, LocalDate referenced,
        boolean migrated, List<byte[]> records, SortedMap<String, Member> members) {

    /** The volume serial a migrated data set is cataloged to. */
    public static final String MIGRATED_VOLUME = "MIGRAT";

    public DataSet {
        records = List.copyOf(records);
        members = Collections.unmodifiableSortedMap(new TreeMap<>(members));
    }

    /** A new, empty data set. */
    public static DataSet allocate(DataSetName name, DataSetAttributes attributes, LocalDate today) {
        return new DataSet(name, attributes, today, today, false, List.of(), new TreeMap<>());
    }

    public boolean partitioned() {
        return attributes.partitioned();
    }

    /** The volume the catalog names: MIGRAT while migrated. */
    public String volume() {
        return migrated ? MIGRATED_VOLUME : attributes.volume();
    }

    /** The bytes the data set's records take. */
    public long size() {
        long total = Records.size(records);
        for (Member member : members.values()) {
            total += member.size();
        }
        return total;
    }

    /** The tracks its records fill (at least one once allocated). */
    public long usedTracks() {
        return Math.max(1, (size() + DataSetAttributes.TRACK_BYTES - 1) / DataSetAttributes.TRACK_BYTES);
    }

    DataSet withRecords(List<byte[]> newRecords) {
        return new DataSet(name, attributes, created, referenced, migrated, newRecords, members);
    }

    DataSet withMember(Member member) {
        TreeMap<String, Member> next = new TreeMap<>(members);
        next.put(member.name(), member);
        return new DataSet(name, attributes, created, referenced, migrated, records, next);
    }

    DataSet withoutMember(String member) {
        TreeMap<String, Member> next = new TreeMap<>(members);
        next.remove(member);
        return new DataSet(name, attributes, created, referenced, migrated, records, next);
    }

    DataSet referencedOn(LocalDate day) {
        return new DataSet(name, attributes, created, day, migrated, records, members);
    }

    DataSet migrated(boolean value) {
        return new DataSet(name, attributes, created, referenced, value, records, members);
    }

    DataSet renamed(DataSetName newName) {
        return new DataSet(newName, attributes, created, referenced, migrated, records, members);
    }
}
