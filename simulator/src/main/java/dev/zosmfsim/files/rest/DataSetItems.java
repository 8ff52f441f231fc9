package dev.zosmfsim.files.rest;

import dev.zosmfsim.datasets.DataSet;
import dev.zosmfsim.datasets.DataSetAttributes;
import dev.zosmfsim.datasets.IspfStats;
import dev.zosmfsim.datasets.Member;
import java.time.format.DateTimeFormatter;

/** Data sets and members as a list shows them, with the attributes X-IBM-Attributes asks for. */
final class DataSetItems {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("ss");
    /** The catalog every data set of the simulated system is in. */
    static final String CATALOG = "CATALOG.Z31.MASTER";

    private DataSetItems() {
    }

    static DataSetBodies.DataSetItem of(DataSet dataSet, String attributes) {
        String name = dataSet.name().value();
        if (attributes.equals("dsname")) {
            return new DataSetBodies.DataSetItem(name, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null);
        }
        if (attributes.equals("vol") || dataSet.migrated()) {
            // a migrated data set has no attributes to show until it is recalled: only where it went
            return new DataSetBodies.DataSetItem(name, null, null, null, null, null, null, null, null, null,
                    dataSet.migrated() ? "YES" : null, null, null, null, null, null, null, null, dataSet.volume(),
                    dataSet.volume());
        }
        DataSetAttributes a = dataSet.attributes();
        long allocated = a.allocatedTracks();
        long used = Math.min(100, dataSet.usedTracks() * 100 / Math.max(1, allocated));
        return new DataSetBodies.DataSetItem(name, Integer.toString(a.blksize()), CATALOG,
                DATE.format(dataSet.created()), "3390", a.dsntype().equals("LIBRARY") ? "LIBRARY"
                        : a.partitioned() ? "PDS" : "BASIC", a.dsorg(), "***None***", "1",
                Integer.toString(a.lrecl()), "NO", "N", "NO", DATE.format(dataSet.referenced()), a.recfm().name(),
                Integer.toString(a.primary()), a.alcunit().equals("CYL") ? "CYLINDERS" : "TRACKS",
                Long.toString(used), dataSet.volume(), dataSet.volume());
    }

    static DataSetBodies.MemberItem of(Member member, String attributes) {
        IspfStats stats = member.stats();
        if (!attributes.equals("base") || stats == null) {
            return new DataSetBodies.MemberItem(member.name(), null, null, null, null, null, null, null, null, null,
                    null, null);
        }
        return new DataSetBodies.MemberItem(member.name(), stats.version(), stats.modification(),
                DATE.format(stats.created()), DATE.format(stats.changed()), stats.records(), stats.initialRecords(),
                stats.modifiedRecords(), TIME.format(stats.changed()), SECONDS.format(stats.changed()), stats.user(),
                "N");
    }
}
