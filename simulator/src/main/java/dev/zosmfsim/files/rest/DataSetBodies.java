package dev.zosmfsim.files.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The JSON bodies of the data set services, as z/OSMF writes and reads them. */
final class DataSetBodies {

    private DataSetBodies() {
    }

    /** A list answer: the items, how many were returned, and (asked for) how many there are in all. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"items", "returnedRows", "totalRows", "moreRows", "JSONversion"})
    record ListBody(List<?> items, int returnedRows, Integer totalRows, Boolean moreRows,
            @JsonProperty("JSONversion") int jsonVersion) {
    }

    /** A data set in a list: its name, and with X-IBM-Attributes base (or vol) its attributes, all as strings. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"dsname", "blksz", "catnm", "cdate", "dev", "dsntp", "dsorg", "edate", "extx", "lrecl",
            "migr", "mvol", "ovf", "rdate", "recfm", "sizex", "spacu", "used", "vol", "vols"})
    record DataSetItem(String dsname, String blksz, String catnm, String cdate, String dev, String dsntp,
            String dsorg, String edate, String extx, String lrecl, String migr, String mvol, String ovf, String rdate,
            String recfm, String sizex, String spacu, String used, String vol, String vols) {
    }

    /** A member in a list: its name, and with X-IBM-Attributes base its ISPF statistics. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"member", "vers", "mod", "c4date", "m4date", "cnorc", "inorc", "mnorc", "mtime", "msec",
            "user", "sclm"})
    record MemberItem(String member, Integer vers, Integer mod, String c4date, String m4date, Integer cnorc,
            Integer inorc, Integer mnorc, String mtime, String msec, String user, String sclm) {
    }

    /**
     * What a create asks for. z/OSMF takes the SMS classes, the unit and the average block size too; the simulator
     * accepts and ignores them (SMS is not simulated).
     */
    record CreateBody(String volser, String unit, String dsorg, String alcunit, Integer primary, Integer secondary,
            Integer dirblk, Integer avgblk, String recfm, Integer blksize, Integer lrecl, String storclass,
            String mgntclass, String dataclass, String dsntype, String like) {
    }
}
