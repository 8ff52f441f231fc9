package dev.zosmfsim.jes;

import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.datasets.DataSet;
import dev.zosmfsim.datasets.DataSetException;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.MemberReference;
import dev.zosmfsim.datasets.Records;
import dev.zosmfsim.jes.jcl.DataSetAuthority;
import dev.zosmfsim.uss.TextCodePage;
import dev.zosmfsim.uss.UnixCaller;
import dev.zosmfsim.uss.UnixException;
import dev.zosmfsim.uss.UnixFileSystem;
import dev.zosmfsim.uss.UnixUsers;
import java.util.Arrays;
import java.util.List;

/**
 * The JCL a submit names instead of carrying it: {@code //'DSNAME'} (a sequential data set), {@code //'DSNAME(MEMBER)'}
 * (a member), {@code //NAME} (the user's prefix added, as TSO does) or an absolute z/OS UNIX path. The submitter reads
 * it as the files service would: RACF's data set check for READ, the file system's permission bits; the records are
 * the cards (fixed-length records lose their trailing blanks, a UNIX file's lines are converted from its code page).
 */
public final class JclFiles {

    /** What was read: the cards, and for a data set its record format (F, V or U) and LRECL; null for a UNIX file. */
    public record Source(List<String> cards, String recfm, Integer lrecl) {
    }

    private final Catalog catalog;
    private final DataSetAuthority authority;
    private final UnixFileSystem files;
    private final UnixUsers users;

    /** {@code authority}: the security model's data set check (the one the files service makes). */
    public JclFiles(Catalog catalog, DataSetAuthority authority, UnixFileSystem files, UnixUsers users) {
        this.catalog = catalog;
        this.authority = authority;
        this.files = files;
        this.users = users;
    }

    /** Text as cards: one a line (LF or CR LF), without the empty line after the last end of line. */
    public static List<String> cards(String text) {
        List<String> cards = Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
        if (!cards.isEmpty() && cards.get(cards.size() - 1).isEmpty()) {
            cards = cards.subList(0, cards.size() - 1);
        }
        return cards;
    }

    /**
     * The JCL {@code file} names, read for {@code userid}.
     *
     * @throws JesException 400 (reason 4) for a name that is neither form or a file that is not there, 403 when RACF
     *     or the permission bits refuse the read
     */
    public Source read(String userid, String file) {
        if (file.startsWith("//")) {
            return dataSet(userid, file);
        }
        if (file.startsWith("/")) {
            return unixFile(userid, file);
        }
        throw JesException.service(4, "The file to submit, '" + file + "', is neither a data set (//'DSNAME' or"
                + " //'DSNAME(MEMBER)') nor a z/OS UNIX file (an absolute path)");
    }

    private Source dataSet(String userid, String file) {
        String given = file.substring(2);
        boolean quoted = given.length() >= 2 && given.startsWith("'") && given.endsWith("'");
        String name = quoted ? given.substring(1, given.length() - 1) : userid + "." + given;
        String problem = MemberReference.problem(name);
        if (problem != null) {
            throw JesException.service(4, "The file to submit, '" + file + "', does not name a data set: " + problem);
        }
        MemberReference reference = MemberReference.parse(name);
        DataSetName dsn = reference.name();
        String wanted = reference.member();
        String volume = catalog.find(dsn).map(DataSet::volume).orElse("VOL001");
        authority.refusal(userid, dsn.value(), volume, DataSetAuthority.Access.READ).ifPresent(refusal -> {
            throw new JesException(403, 8, 11, 6, "The user " + userid + " is not authorized to read " + dsn
                    + ": " + refusal);
        });
        try {
            List<byte[]> records = catalog.read(dsn, wanted);
            DataSet dataSet = catalog.get(dsn);
            String recfm = dataSet.attributes().recfm().fixed() ? "F"
                    : dataSet.attributes().recfm().variable() ? "V" : "U";
            return new Source(Records.lines(records, dataSet.attributes()), recfm, dataSet.attributes().lrecl());
        } catch (DataSetException e) {
            String suffix = wanted == null ? "" : "(" + wanted + ")";
            throw JesException.service(4, switch (e.kind()) {
                case NOT_FOUND -> "Data set not found: " + dsn;
                case MEMBER_NOT_FOUND -> "Member not found: " + dsn + suffix;
                default -> "Data set " + dsn + suffix + " cannot be submitted: " + e.getMessage()
                        + (e.detail() == null ? "" : " (" + e.detail() + ")");
            });
        }
    }

    private Source unixFile(String userid, String path) {
        UnixCaller caller = users.caller(userid).orElseThrow(() -> JesException.service(4, "The user " + userid
                + " has no OMVS segment: the z/OS UNIX file " + path + " cannot be read"));
        try {
            UnixFileSystem.Entry entry = files.stat(caller, path);
            byte[] data = files.read(caller, path);
            String text = new String(data, TextCodePage.ofTag(entry.tag()).orElse(TextCodePage.UNTAGGED));
            return new Source(cards(text), null, null);
        } catch (UnixException e) {
            String reason = switch (e.errno()) {
                case ENOENT -> "EDC5129I No such file or directory.";
                case EACCES -> "EDC5111I Permission denied.";
                case EISDIR -> "EDC5120I Is a directory.";
                case ENOTDIR -> "EDC5135I Not a directory.";
                default -> e.getMessage();
            };
            String message = "Error opening input file " + path + ": " + reason;
            throw e.errno() == UnixException.Errno.EACCES ? new JesException(403, 8, 11, 6, message)
                    : JesException.service(4, message);
        }
    }
}
