package dev.zosmfsim.datasets;

import java.time.LocalDateTime;

/**
 * A member's ISPF statistics: version and modification level, creation and change dates, record counts (current,
 * initial, modified) and who changed it last.
 */
public record IspfStats(int version, int modification, LocalDateTime created, LocalDateTime changed, int records,
        int initialRecords, int modifiedRecords, String user) {

    /** The statistics of a member that is saved for the first time. */
    public static IspfStats created(LocalDateTime now, int records, String user) {
        return new IspfStats(1, 0, now, now, records, records, 0, user);
    }

    /** The statistics after a save that replaces the member's records (the modification level goes up, to 99). */
    public IspfStats saved(LocalDateTime now, int newRecords, String byUser) {
        return new IspfStats(version, Math.min(99, modification + 1), created, now, newRecords, initialRecords,
                Math.min(newRecords, 65_535), byUser);
    }
}
