package dev.zosmfsim.datasets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The system's catalog of non-VSAM data sets and their contents: what z/OSMF's data set services, the TSO commands
 * and the parmlib readers all read and change. Bounded by a total size (the simulator's DASD): a write past it
 * fails as z/OS fails it for lack of space.
 */
public final class Catalog {

    /** The DASD the simulator gives all data sets together unless a scenario says otherwise. */
    public static final long DEFAULT_SIZE_CAP = 64L * 1024 * 1024;

    private final TreeMap<DataSetName, DataSet> dataSets = new TreeMap<>();
    private final Supplier<LocalDateTime> localNow;
    private final Enqueues enqueues = new Enqueues();
    private final long sizeCap;

    /** {@code localNow}: the system's local time (ISPF statistics and catalog dates are local). */
    public Catalog(Supplier<LocalDateTime> localNow, long sizeCap) {
        this.localNow = localNow;
        this.sizeCap = sizeCap;
    }

    public Enqueues enqueues() {
        return enqueues;
    }

    public long sizeCap() {
        return sizeCap;
    }

    private LocalDate today() {
        return localNow.get().toLocalDate();
    }

    /** The data sets the filter matches, in name order (migrated ones too). */
    public synchronized List<DataSet> list(DsnPattern filter) {
        return dataSets.values().stream().filter(dataSet -> filter.matches(dataSet.name())).toList();
    }

    public synchronized Optional<DataSet> find(DataSetName name) {
        return Optional.ofNullable(dataSets.get(name));
    }

    /** Every data set, in name order (what the scenario export writes). */
    public synchronized List<DataSet> all() {
        return List.copyOf(dataSets.values());
    }

    /** The data set, which must be cataloged and not migrated. */
    public synchronized DataSet get(DataSetName name) {
        DataSet dataSet = dataSets.get(name);
        if (dataSet == null) {
            throw DataSetException.notFound(name);
        }
        if (dataSet.migrated()) {
            throw DataSetException.migrated(name);
        }
        return dataSet;
    }

    /** Allocates and catalogs a new, empty data set. */
    public synchronized DataSet create(DataSetName name, DataSetAttributes attributes) {
        if (dataSets.containsKey(name)) {
            throw new DataSetException(DataSetException.Kind.EXISTS, "Dynamic allocation Error",
                    "IKJ56893I DATA SET " + name + " NOT ALLOCATED+ IGD17101I DATA SET " + name
                            + " NOT DEFINED BECAUSE DUPLICATE NAME EXISTS IN CATALOG");
        }
        DataSet dataSet = DataSet.allocate(name, attributes, today());
        dataSets.put(name, dataSet);
        return dataSet;
    }

    /** Puts a data set as a scenario describes it (replacing one of the same name). */
    public synchronized void put(DataSet dataSet) {
        dataSets.put(dataSet.name(), dataSet);
    }

    /** Uncatalogs and scratches a data set; a migrated one too (HDELETE does that without a recall). */
    public synchronized void delete(DataSetName name, String owner) {
        if (!dataSets.containsKey(name)) {
            throw DataSetException.notFound(name);
        }
        holdOff(name, null, owner);
        dataSets.remove(name);
    }

    public synchronized void deleteMember(DataSetName name, String member, String owner) {
        DataSet dataSet = partitioned(name);
        if (!dataSet.members().containsKey(member)) {
            throw DataSetException.memberNotFound(name, member);
        }
        holdOff(name, member, owner);
        dataSets.put(name, dataSet.withoutMember(member));
    }

    public synchronized void rename(DataSetName from, DataSetName to, String owner) {
        DataSet dataSet = get(from);
        if (dataSets.containsKey(to)) {
            throw new DataSetException(DataSetException.Kind.EXISTS, "Rename error",
                    "IDC3009I ** VSAM CATALOG RETURN CODE IS 8 - REASON CODE IS IGG0CLEG-38 " + to
                            + " ALREADY EXISTS");
        }
        holdOff(from, null, owner);
        dataSets.remove(from);
        dataSets.put(to, dataSet.renamed(to));
    }

    public synchronized void renameMember(DataSetName name, String from, String to, String owner) {
        DataSet dataSet = partitioned(name);
        Member member = dataSet.members().get(from);
        if (member == null) {
            throw DataSetException.memberNotFound(name, from);
        }
        if (dataSet.members().containsKey(to)) {
            throw new DataSetException(DataSetException.Kind.EXISTS, "Rename error",
                    "ISRZ002 Member already exists - '" + to + "' is already in '" + name + "'.");
        }
        holdOff(name, from, owner);
        dataSets.put(name, dataSet.withoutMember(from).withMember(new Member(to, member.records(), member.stats())));
    }

    /** The members whose names match {@code pattern} ({@code *} any characters, {@code %} one), in name order. */
    public synchronized List<Member> members(DataSetName name, String pattern) {
        DataSet dataSet = partitioned(name);
        Pattern regex = pattern == null ? null
                : Pattern.compile(Pattern.quote(pattern.toUpperCase()).replace("*", "\\E.*\\Q").replace("%", "\\E.\\Q"));
        return dataSet.members().values().stream()
                .filter(member -> regex == null || regex.matcher(member.name()).matches()).toList();
    }

    /** The records of a sequential data set or of a member; the data set's reference date becomes today. */
    public synchronized List<byte[]> read(DataSetName name, String member) {
        DataSet dataSet = get(name);
        List<byte[]> records;
        if (member == null) {
            if (dataSet.partitioned()) {
                throw new DataSetException(DataSetException.Kind.WRONG_ORGANIZATION,
                        "Data set is partitioned: name a member", "ISRZ002 Member name required - '" + name
                                + "' is a partitioned data set; name a member to read it.");
            }
            records = dataSet.records();
        } else {
            Member found = partitioned(name).members().get(member);
            if (found == null) {
                throw DataSetException.memberNotFound(name, member);
            }
            records = found.records();
        }
        dataSets.put(name, dataSet.referencedOn(today()));
        return records;
    }

    /**
     * Replaces the records of a sequential data set or of a member (creating the member), for {@code user}. The
     * enqueue another owner holds refuses it; a write past the data set's space or the system's DASD fails with
     * the abend z/OS gives (D37 without secondary space, E37 with, B37 when the volume is full).
     */
    public synchronized void write(DataSetName name, String member, List<byte[]> records, String owner) {
        String user = Enqueues.userid(owner);
        DataSet dataSet = get(name);
        if (member == null && dataSet.partitioned()) {
            throw new DataSetException(DataSetException.Kind.WRONG_ORGANIZATION,
                    "Data set is partitioned: name a member", "ISRZ002 Member name required - '" + name
                            + "' is a partitioned data set.");
        }
        if (member != null && !dataSet.partitioned()) {
            throw new DataSetException(DataSetException.Kind.WRONG_ORGANIZATION, "Data set is not partitioned",
                    "ISRZ002 Data set not partitioned - '" + name + "' is sequential; a member cannot be named.");
        }
        holdOff(name, member, owner);
        Member old = member == null ? null : dataSet.members().get(member);
        long before = member == null ? Records.size(dataSet.records()) : old == null ? 0 : old.size();
        long grown = Records.size(records) - before;
        long tracks = (dataSet.size() + grown + DataSetAttributes.TRACK_BYTES - 1) / DataSetAttributes.TRACK_BYTES;
        if (totalSize() + grown > sizeCap) {
            throw noSpace("B37-04", name);
        }
        if (tracks > dataSet.attributes().capacityTracks()) {
            throw noSpace(dataSet.attributes().secondary() == 0 ? "D37-04" : "E37-04", name);
        }
        LocalDateTime now = localNow.get();
        if (member == null) {
            dataSets.put(name, dataSet.withRecords(records).referencedOn(now.toLocalDate()));
            return;
        }
        IspfStats stats = old == null || old.stats() == null ? IspfStats.created(now, records.size(), user)
                : old.stats().saved(now, records.size(), user);
        dataSets.put(name, dataSet.withMember(new Member(member, records, stats)).referencedOn(now.toLocalDate()));
    }

    /**
     * Copies a sequential data set or a member to a sequential data set or a member; {@code fromMember} "*" copies
     * every member into the partitioned target. Records keep their bytes (a shorter target LRECL cuts them).
     * An existing target member is replaced only with {@code replace}.
     */
    public synchronized void copy(DataSetName from, String fromMember, DataSetName to, String toMember,
            boolean replace, String owner) {
        DataSet source = get(from);
        DataSet target = get(to);
        List<String> names = "*".equals(fromMember) ? List.copyOf(partitioned(from).members().keySet())
                : fromMember == null ? List.of() : List.of(fromMember);
        if (names.isEmpty()) {
            if (source.partitioned()) {
                throw new DataSetException(DataSetException.Kind.WRONG_ORGANIZATION,
                        "Data set is partitioned: name a member", "ISRZ002 Member name required - '" + from
                                + "' is a partitioned data set.");
            }
            write(to, toMember, fit(source.records(), source.attributes(), target.attributes()), owner);
            return;
        }
        for (String name : names) {
            String targetMember = "*".equals(fromMember) || toMember == null ? name : toMember;
            if (!target.partitioned()) {
                targetMember = null;
            } else if (!replace && partitioned(to).members().containsKey(targetMember)) {
                throw new DataSetException(DataSetException.Kind.EXISTS, "Copy error", "ISRZ002 Member in use - '"
                        + targetMember + "' already exists in '" + to + "' and replace was not asked for.");
            }
            write(to, targetMember, fit(read(from, name), source.attributes(), target.attributes()), owner);
        }
    }

    private static List<byte[]> fit(List<byte[]> records, DataSetAttributes from, DataSetAttributes to) {
        if (from.recfm() == to.recfm() && from.lrecl() == to.lrecl()) {
            return records;
        }
        return Records.ofLines(Records.lines(records, from), to);
    }

    /** HMIGRATE: the data set moves to migration level 1 and is cataloged to volume MIGRAT. */
    public synchronized void migrate(DataSetName name) {
        DataSet dataSet = find(name).orElseThrow(() -> DataSetException.notFound(name));
        dataSets.put(name, dataSet.migrated(true));
    }

    /** HRECALL: the data set comes back to its volume. */
    public synchronized void recall(DataSetName name) {
        DataSet dataSet = find(name).orElseThrow(() -> DataSetException.notFound(name));
        dataSets.put(name, dataSet.migrated(false));
    }

    /** The bytes all data sets take together. */
    public synchronized long totalSize() {
        long total = 0;
        for (DataSet dataSet : dataSets.values()) {
            total += dataSet.size();
        }
        return total;
    }

    private DataSet partitioned(DataSetName name) {
        DataSet dataSet = get(name);
        if (!dataSet.partitioned()) {
            throw new DataSetException(DataSetException.Kind.WRONG_ORGANIZATION, "Data set is not partitioned",
                    "ISRZ002 Data set not partitioned - '" + name + "' is sequential and has no members.");
        }
        return dataSet;
    }

    private void holdOff(DataSetName name, String member, String owner) {
        Optional<String> holder = enqueues.holder(name, member);
        if (holder.isPresent() && !holder.get().equals(owner)) {
            throw DataSetException.inUse(name);
        }
    }

    private static DataSetException noSpace(String abend, DataSetName name) {
        return new DataSetException(DataSetException.Kind.NO_SPACE, "Write error", "IEC031I " + abend
                + ",IZUFPROC,ZOSMF,SYSUT2,VOL001," + name + " " + abend.substring(0, 3)
                + " - no more space for the data set", abend);
    }

}
