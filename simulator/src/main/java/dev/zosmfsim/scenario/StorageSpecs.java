package dev.zosmfsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The storage sections of a scenario: data sets by name ({@code datasets}) and z/OS UNIX files and directories by
 * path ({@code unixFiles}). Contents are text, inline or in a file beside the scenario ({@code file}, which the
 * loader reads into {@code text}), or bytes: inline in base64 ({@code binary}) or in a file beside the scenario
 * ({@code binaryFile}, which the loader reads into {@code binary}). A data set's bytes are its records as z/OSMF's
 * binary mode moves them: one after another, cut at LRECL (F) or at the longest record (V, U) when loaded.
 */
public final class StorageSpecs {

    private StorageSpecs() {
    }

    /**
     * A cataloged data set. {@code text} is a sequential data set's records; {@code members} a partitioned one's.
     * Left out: PS, FB, LRECL 80, one track, on VOL001.
     */
    public record DataSetSpec(String dsorg, String dsntype, String recfm, Integer lrecl, Integer blksize,
            String alcunit, Integer primary, Integer secondary, Integer dirblk, String volume, Boolean migrated,
            String text, String file, String binary, String binaryFile, Map<String, MemberSpec> members) {

        public DataSetSpec {
            members = members == null ? Map.of() : new LinkedHashMap<>(members);
        }
    }

    /** A member: its text or its bytes, inline or from a file beside the scenario. */
    public record MemberSpec(String text, String file, String binary, String binaryFile) {
    }

    /**
     * A z/OS UNIX file (its text, inline or from a file) or, with {@code directory: true}, a directory; owned by
     * {@code owner} (a userid) and {@code group}, with {@code mode} in octal ({@code "755"}) and an optional file
     * {@code tag} (a code set such as IBM-1047 or ISO8859-1, or binary).
     */
    public record UnixFileSpec(Boolean directory, String text, String file, String binary, String binaryFile,
            String mode, String owner, String group, String tag) {
    }
}
