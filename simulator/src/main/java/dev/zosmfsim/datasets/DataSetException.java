package dev.zosmfsim.datasets;

/** A data set request the system refuses; {@link Kind} says which z/OSMF answer it gets. */
public final class DataSetException extends RuntimeException {

    /** What went wrong, as z/OSMF tells the cases apart. */
    public enum Kind {
        /** the data set is not in the catalog */
        NOT_FOUND,
        /** the partitioned data set has no such member */
        MEMBER_NOT_FOUND,
        /** a data set of that name is already cataloged (allocation fails) */
        EXISTS,
        /** another user holds the data set or member (an enqueue) */
        IN_USE,
        /** the data set is migrated and the request does not recall it */
        MIGRATED,
        /** a member was asked of a sequential data set, or the data set of a member of one */
        WRONG_ORGANIZATION,
        /** the system's space (the simulator's size cap) is used up: B37/D37/E37 */
        NO_SPACE,
        /** a record was longer than LRECL */
        TRUNCATED,
        /** the attributes of a new data set do not fit together */
        BAD_ATTRIBUTES,
        /** If-Match named a state the data set is no longer in */
        STALE,
        /** RACF refused the access */
        NOT_AUTHORIZED
    }

    private final Kind kind;
    private final String detail;
    private final String completion;

    /** {@code message} is z/OSMF's short text; {@code detail} the system message behind it (may be null). */
    public DataSetException(Kind kind, String message, String detail) {
        this(kind, message, detail, null);
    }

    /** {@code completion}: the system completion code a program would end with, e.g. {@code D37-04}. */
    DataSetException(Kind kind, String message, String detail, String completion) {
        super(message, null, false, false);
        this.kind = kind;
        this.detail = detail;
        this.completion = completion;
    }

    public Kind kind() {
        return kind;
    }

    /** The abend and reason a batch program gets for it ({@code B37-04}, {@code D37-04}, {@code E37-04}), or null. */
    public String completion() {
        return completion;
    }

    /** The system message behind the refusal (ISRZ002, IKJ56228I, IEC...), or null. */
    public String detail() {
        return detail;
    }

    static DataSetException notFound(DataSetName name) {
        return new DataSetException(Kind.NOT_FOUND, "LMINIT error",
                "ISRZ002 Data set not cataloged - '" + name + "' was not found in catalog.");
    }

    static DataSetException memberNotFound(DataSetName name, String member) {
        return new DataSetException(Kind.MEMBER_NOT_FOUND, "Member not found",
                "ISRZ002 Member not found - '" + member + "' was not found in '" + name + "'.");
    }

    static DataSetException inUse(DataSetName name) {
        return new DataSetException(Kind.IN_USE, "LMOPEN error", "ISRZ002 Data set in use - Data set '" + name
                + "' in use by another user, try later or enter HELP for a list of jobs and users allocated to '"
                + name + "'.");
    }

    static DataSetException migrated(DataSetName name) {
        return new DataSetException(Kind.MIGRATED, "Data set is migrated",
                "IKJ56228I DATA SET " + name + " NOT IN CATALOG OR CATALOG CAN NOT BE ACCESSED");
    }
}
