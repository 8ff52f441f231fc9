package dev.zosmfsim.datasets;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalog functions of Access Method Services (IDCAMS), which TSO's DELETE and a batch IDCAMS step both run:
 * DELETE of a data set or a member, DEFINE NONVSAM, and LISTCAT. Each answers with IDCAMS's condition code and
 * messages (LISTCAT: the entries, each a {@code NONVSAM} line and its {@code IN-CAT} line).
 */
public final class AccessMethodServices {

    /** A function's condition code and the messages it printed. */
    public record Result(int conditionCode, List<String> messages) {
    }

    private AccessMethodServices() {
    }

    /** The catalog every data set is in: the simulator has one, the master catalog. */
    public static final String MASTER_CATALOG = "CATALOG.Z31.MASTER";

    /** LISTCAT ENTRIES(name): the entry, or IDC3012I when it is not cataloged (condition code 4). */
    public static Result listEntry(Catalog catalog, DataSetName entry, String asGiven) {
        List<DataSet> found = entry == null ? List.of() : catalog.find(entry).map(List::of).orElse(List.of());
        if (found.isEmpty()) {
            return new Result(4, List.of("IDC3012I ENTRY " + (entry == null ? asGiven : entry) + " NOT FOUND",
                    "IDC3007I ** VSAM CATALOG RETURN CODE IS 8", "IDC1566I ** " + asGiven.replace("'", "")
                            + " NOT LISTED"));
        }
        return new Result(0, entryLines(found));
    }

    /** LISTCAT LEVEL(prefix): every entry whose name starts with those qualifiers. */
    public static Result listLevel(Catalog catalog, String level) {
        return new Result(0, entryLines(catalog.list(DsnPattern.parse(level))));
    }

    private static List<String> entryLines(List<DataSet> dataSets) {
        List<String> lines = new ArrayList<>();
        for (DataSet dataSet : dataSets) {
            lines.add("NONVSAM ------- " + dataSet.name());
            lines.add("     IN-CAT --- " + MASTER_CATALOG);
        }
        return lines;
    }

    /** DELETE: uncatalogs and scratches the data set, or deletes the member of a partitioned one. */
    public static Result delete(Catalog catalog, DataSetName name, String member, String owner) {
        if (catalog.find(name).isEmpty()) {
            return new Result(8, List.of("IDC3012I ENTRY " + name + " NOT FOUND",
                    "IDC3009I ** VSAM CATALOG RETURN CODE IS 8 - REASON CODE IS IGG0CLEG-42",
                    "IDC0551I ** ENTRY " + name + " NOT DELETED"));
        }
        if (member != null) {
            catalog.deleteMember(name, member, owner);
            return new Result(0, List.of("IDC0549I MEMBER " + member + " DELETED"));
        }
        catalog.delete(name, owner);
        return new Result(0, List.of("IDC0550I ENTRY (A) " + name + " DELETED"));
    }

    /**
     * DEFINE NONVSAM: catalogs a data set on a volume. The simulator has no data sets outside the catalog, so the
     * data set it catalogs is a new, empty sequential one (FB 80) on that volume.
     */
    public static Result defineNonVsam(Catalog catalog, DataSetName name, String volume) {
        if (catalog.find(name).isPresent()) {
            return new Result(12, List.of("IDC3013I DUPLICATE DATA SET NAME",
                    "IDC3009I ** VSAM CATALOG RETURN CODE IS 8 - REASON CODE IS IGG0CLEH-38",
                    "IDC3003I FUNCTION TERMINATED. CONDITION CODE IS 12"));
        }
        catalog.create(name, new DataSetAttributes("PS", null, RecordFormat.FB, 80, 0, "TRK", 1, 1, 0, volume));
        return new Result(0, List.of());
    }
}
