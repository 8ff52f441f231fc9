package dev.zosmfsim.datasets;

import java.util.List;

/**
 * The catalog functions of Access Method Services (IDCAMS), which TSO's DELETE and a batch IDCAMS step both run:
 * DELETE of a data set or a member, and DEFINE NONVSAM. Each answers with IDCAMS's condition code and messages.
 */
public final class AccessMethodServices {

    /** A function's condition code and the messages it printed. */
    public record Result(int conditionCode, List<String> messages) {
    }

    private AccessMethodServices() {
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
