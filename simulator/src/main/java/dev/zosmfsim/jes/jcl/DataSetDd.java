package dev.zosmfsim.jes.jcl;

import java.util.List;
import java.util.Locale;

/**
 * A DD statement's data set: its name ({@code &&name} for a temporary data set) and member, DISP's status and its
 * normal and abnormal dispositions, and what a new data set is allocated with (SPACE, DCB or its RECFM, LRECL,
 * BLKSIZE and DSORG, DSNTYPE, VOL=SER). A field the DD does not give is null.
 *
 * <p>JCL's defaults: the status is NEW; a NEW data set is deleted at the end of the step, an existing one kept
 * (PASS keeps it for the later steps of the job); the abnormal disposition is the normal one.
 */
public record DataSetDd(String dsn, String member, Status status, Disposition normal, Disposition abnormal,
        Space space, String recfm, Integer lrecl, Integer blksize, String dsorg, String dsntype, String volume) {

    /** DISP's first subparameter. */
    public enum Status { NEW, OLD, SHR, MOD }

    /** DISP's second and third subparameters. */
    public enum Disposition { DELETE, KEEP, PASS, CATLG, UNCATLG }

    /** SPACE=(unit,(primary,secondary,directory)): unit TRK or CYL (a block length counts as tracks). */
    public record Space(String unit, int primary, int secondary, int directory) {
    }

    /** A temporary data set ({@code DSN=&&TEMP}): the system names it, and deletes it at the end of the job. */
    public boolean temporary() {
        return dsn.startsWith("&&");
    }

    /** What happens to the data set when the step ends normally. */
    public Disposition normalOrDefault() {
        if (normal != null) {
            return normal;
        }
        return status == Status.NEW ? Disposition.DELETE : Disposition.KEEP;
    }

    /** What happens to it when the step abends. */
    public Disposition abnormalOrDefault() {
        if (abnormal != null) {
            return abnormal;
        }
        Disposition normalDisposition = normalOrDefault();
        return normalDisposition == Disposition.PASS && status == Status.NEW ? Disposition.DELETE
                : normalDisposition;
    }

    /**
     * Reads DSN, DISP, SPACE, DCB and the other data set keywords of a DD; the problem found is thrown as an
     * {@link IllegalArgumentException} with the converter's message.
     */
    static DataSetDd parse(String dsnOperand, Operands dd) {
        String name = Operands.unquote(dsnOperand).toUpperCase(Locale.ROOT);
        String member = null;
        int open = name.indexOf('(');
        if (open > 0 && name.endsWith(")")) {
            member = name.substring(open + 1, name.length() - 1);
            name = name.substring(0, open);
        }
        List<String> disp = dd.keyword("DISP") == null ? List.of() : Operands.list(dd.keyword("DISP"));
        Status status = disp.isEmpty() || disp.get(0).isEmpty() ? Status.NEW : enumValue(Status.class, disp.get(0),
                "DISP");
        Disposition normal = disp.size() > 1 && !disp.get(1).isEmpty() ? enumValue(Disposition.class, disp.get(1),
                "DISP") : null;
        Disposition abnormal = disp.size() > 2 && !disp.get(2).isEmpty() ? enumValue(Disposition.class, disp.get(2),
                "DISP") : null;
        Operands dcb = dd.keyword("DCB") == null ? Operands.parse("")
                : Operands.parse(String.join(",", Operands.list(dd.keyword("DCB"))));
        String vol = dd.keyword("VOL") != null ? dd.keyword("VOL") : dd.keyword("VOLUME");
        return new DataSetDd(name, member, status, normal, abnormal, space(dd.keyword("SPACE")),
                upper(first(dd.keyword("RECFM"), dcb.keyword("RECFM"))),
                number(first(dd.keyword("LRECL"), dcb.keyword("LRECL")), "LRECL"),
                number(first(dd.keyword("BLKSIZE"), dcb.keyword("BLKSIZE")), "BLKSIZE"),
                upper(first(dd.keyword("DSORG"), dcb.keyword("DSORG"))), upper(dd.keyword("DSNTYPE")),
                volume(vol));
    }

    private static Space space(String value) {
        if (value == null) {
            return null;
        }
        List<String> items = Operands.list(value);
        List<String> quantities = items.size() > 1 ? Operands.list(items.get(1)) : List.of();
        if (items.size() < 2 || quantities.isEmpty() || quantities.get(0).isEmpty()) {
            throw new IllegalArgumentException("IEFC630I UNIDENTIFIED KEYWORD SPACE");
        }
        String unit = items.get(0).toUpperCase(Locale.ROOT);
        return new Space(unit.equals("CYL") ? "CYL" : "TRK", number(quantities.get(0), "SPACE"),
                quantities.size() > 1 && !quantities.get(1).isEmpty() ? number(quantities.get(1), "SPACE") : 0,
                quantities.size() > 2 && !quantities.get(2).isEmpty() ? number(quantities.get(2), "SPACE") : 0);
    }

    /** The first volume serial of VOL=SER=VOL001, VOL=SER=(VOL001,VOL002) or VOL=(,,,SER=VOL001). */
    private static String volume(String value) {
        if (value == null) {
            return null;
        }
        String text = value.toUpperCase(Locale.ROOT);
        int ser = text.indexOf("SER=");
        if (ser < 0) {
            return null;
        }
        String serial = text.substring(ser + 4).replace("(", "").replace(")", "");
        int comma = serial.indexOf(',');
        return comma < 0 ? serial : serial.substring(0, comma);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String keyword) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("IEFC630I UNIDENTIFIED KEYWORD " + keyword);
        }
    }

    private static Integer number(String text, String keyword) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("IEFC630I UNIDENTIFIED KEYWORD " + keyword);
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
