package dev.zosmfsim.datasets;

import java.util.List;

/** A member of a partitioned data set: its records, and its ISPF statistics (null when it has none, as after IEBCOPY of a load module). */
public record Member(String name, List<byte[]> records, IspfStats stats) {

    public Member {
        records = List.copyOf(records);
    }

    /** The bytes the member's records take. */
    public long size() {
        return Records.size(records);
    }
}
