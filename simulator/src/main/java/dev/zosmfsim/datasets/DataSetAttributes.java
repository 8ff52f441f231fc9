package dev.zosmfsim.datasets;

import java.util.Locale;

/**
 * What a data set is allocated with. {@code dsorg} PS (sequential) or PO (partitioned); {@code dsntype} LIBRARY for a
 * PDSE, PDS for a PDS, BASIC or LARGE for a sequential data set; space in tracks or cylinders of a 3390.
 *
 * @param dirblk directory blocks of a PDS (0 for a sequential data set; a PDSE's directory grows by itself)
 */
public record DataSetAttributes(String dsorg, String dsntype, RecordFormat recfm, int lrecl, int blksize,
        String alcunit, int primary, int secondary, int dirblk, String volume) {

    /** Bytes on one track of a 3390 (its track capacity). */
    public static final int TRACK_BYTES = 56_664;
    /** Tracks on one cylinder of a 3390. */
    public static final int TRACKS_PER_CYLINDER = 15;
    /** A sequential data set gets at most 16 extents on a volume: the primary and 15 secondaries. */
    static final int SECONDARY_EXTENTS = 15;

    public DataSetAttributes {
        dsorg = dsorg == null ? "PS" : dsorg.toUpperCase(Locale.ROOT);
        if (!dsorg.equals("PS") && !dsorg.equals("PO")) {
            throw new IllegalArgumentException("dsorg " + dsorg + " is not PS or PO (VSAM is not simulated)");
        }
        dsntype = dsntype == null ? (dsorg.equals("PO") ? "PDS" : "BASIC") : dsntype.toUpperCase(Locale.ROOT);
        recfm = recfm == null ? RecordFormat.FB : recfm;
        alcunit = alcunit == null ? "TRK" : alcunit.toUpperCase(Locale.ROOT);
        if (!alcunit.equals("TRK") && !alcunit.equals("CYL")) {
            throw new IllegalArgumentException("alcunit " + alcunit + " is not TRK or CYL");
        }
        if (lrecl < 1 || lrecl > 32_760) {
            throw new IllegalArgumentException("lrecl " + lrecl + " is not 1 to 32760");
        }
        if (blksize == 0) {
            blksize = recfm.fixed() ? Math.max(lrecl, 27_998 / lrecl * lrecl) : recfm.variable()
                    ? Math.min(32_760, lrecl + 4) : lrecl;
        }
        if (blksize < 1 || blksize > 32_760) {
            throw new IllegalArgumentException("blksize " + blksize + " is not 1 to 32760");
        }
        if (recfm.fixed() && recfm != RecordFormat.F && blksize % lrecl != 0) {
            throw new IllegalArgumentException("blksize " + blksize + " is not a multiple of lrecl " + lrecl);
        }
        if (recfm == RecordFormat.F && blksize != lrecl) {
            throw new IllegalArgumentException("RECFM F needs blksize equal to lrecl");
        }
        if (recfm.variable() && lrecl < 5) {
            throw new IllegalArgumentException("variable records need lrecl 5 or more");
        }
        if (recfm.variable() && blksize < lrecl + 4) {
            throw new IllegalArgumentException("blksize " + blksize + " is less than lrecl + 4 for variable records");
        }
        if (primary < 0 || secondary < 0 || dirblk < 0) {
            throw new IllegalArgumentException("space quantities may not be negative");
        }
        if (dsorg.equals("PO") && dsntype.equals("PDS") && dirblk == 0) {
            throw new IllegalArgumentException("a PDS needs directory blocks (dirblk)");
        }
        if (dsorg.equals("PS") && dirblk != 0) {
            throw new IllegalArgumentException("a sequential data set has no directory blocks");
        }
        primary = primary == 0 ? 1 : primary;
        volume = volume == null ? "VOL001" : volume.toUpperCase(Locale.ROOT);
    }

    /** A partitioned data set (PDS or PDSE). */
    public boolean partitioned() {
        return dsorg.equals("PO");
    }

    /** The tracks the primary and all secondary extents give. */
    public long capacityTracks() {
        int unit = alcunit.equals("CYL") ? TRACKS_PER_CYLINDER : 1;
        return (long) (primary + SECONDARY_EXTENTS * secondary) * unit;
    }

    /** The tracks allocated now (the primary extent). */
    public long allocatedTracks() {
        return (long) primary * (alcunit.equals("CYL") ? TRACKS_PER_CYLINDER : 1);
    }

    /** The same attributes on another volume. */
    public DataSetAttributes onVolume(String newVolume) {
        return new DataSetAttributes(dsorg, dsntype, recfm, lrecl, blksize, alcunit, primary, secondary, dirblk,
                newVolume);
    }
}
