package dev.zosmfsim.datasets;

import java.util.Locale;

/** RECFM: how records are laid out in blocks. A (ASA control characters) may follow F, FB, V and VB. */
public enum RecordFormat {
    F, FB, V, VB, U, FBA, VBA;

    /** Fixed-length records: every record is LRECL bytes. */
    public boolean fixed() {
        return this == F || this == FB || this == FBA;
    }

    /** Variable-length records: LRECL counts the 4-byte record descriptor word too. */
    public boolean variable() {
        return this == V || this == VB || this == VBA;
    }

    /** The longest record's data: LRECL, less the descriptor word for variable records; BLKSIZE for U. */
    public int maxData(int lrecl, int blksize) {
        return variable() ? lrecl - 4 : this == U ? blksize : lrecl;
    }

    public static RecordFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the record format " + text + " is not one of F, FB, V, VB, U, FBA, VBA");
        }
    }
}
