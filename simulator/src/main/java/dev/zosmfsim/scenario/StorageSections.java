package dev.zosmfsim.scenario;

import dev.zosmfsim.datasets.DataSetAttributes;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.RecordFormat;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * The datasets and unixFiles sections, checked: names z/OS allows, attributes that can be allocated, members of
 * partitioned data sets only, absolute paths, octal modes, owners that are users of the scenario.
 */
public final class StorageSections {

    private final ScenarioValidator validator;

    StorageSections(ScenarioValidator validator) {
        this.validator = validator;
    }

    /** The attributes a data set section asks for; throws IllegalArgumentException when they cannot be allocated. */
    public static DataSetAttributes attributes(StorageSpecs.DataSetSpec spec) {
        boolean partitioned = "PO".equalsIgnoreCase(spec.dsorg()) || !spec.members().isEmpty();
        RecordFormat recfm = spec.recfm() == null ? RecordFormat.FB : RecordFormat.parse(spec.recfm());
        int lrecl = spec.lrecl() != null ? spec.lrecl() : recfm == RecordFormat.U ? 27_998 : 80;
        return new DataSetAttributes(partitioned ? "PO" : spec.dsorg(), spec.dsntype(), recfm, lrecl,
                spec.blksize() == null ? 0 : spec.blksize(), spec.alcunit(),
                spec.primary() == null ? (partitioned ? 5 : 1) : spec.primary(),
                spec.secondary() == null ? 1 : spec.secondary(),
                spec.dirblk() == null ? (partitioned && !"LIBRARY".equalsIgnoreCase(spec.dsntype()) ? 10 : 0)
                        : spec.dirblk(), spec.volume());
    }

    /** A mode in octal, such as 755 or 0644. */
    public static int mode(String text) {
        if (text == null || !text.matches("0?[0-7]{3}")) {
            throw new IllegalArgumentException("expected a mode in octal such as 755 or 644, got '" + text + "'");
        }
        return Integer.parseInt(text, 8);
    }

    void check(Scenario scenario) {
        scenario.datasets().forEach((name, spec) -> {
            String at = "datasets." + name;
            String problem = DataSetName.problem(name);
            if (problem != null || !name.equals(name.toUpperCase())) {
                validator.problem(at, problem != null ? problem : "data set names are upper case");
                return;
            }
            if (spec == null) {
                validator.problem(at, "expected the data set's attributes and contents");
                return;
            }
            DataSetAttributes attributes;
            try {
                attributes = attributes(spec);
            } catch (IllegalArgumentException e) {
                validator.problem(at, e.getMessage());
                return;
            }
            if (attributes.partitioned() && (spec.text() != null || spec.binary() != null)) {
                validator.problem(at + (spec.text() != null ? ".text" : ".binary"),
                        "a partitioned data set holds members, not contents of its own");
            }
            checkContents(at, spec.text(), spec.binary());
            for (Map.Entry<String, StorageSpecs.MemberSpec> member : spec.members().entrySet()) {
                String memberProblem = DataSetName.memberProblem(member.getKey());
                if (memberProblem != null || !member.getKey().equals(member.getKey().toUpperCase())) {
                    validator.problem(at + ".members." + member.getKey(), memberProblem != null ? memberProblem
                            : "member names are upper case");
                }
                if (member.getValue() != null) {
                    checkContents(at + ".members." + member.getKey(), member.getValue().text(),
                            member.getValue().binary());
                }
            }
        });
        scenario.unixFiles().forEach((path, spec) -> {
            String at = "unixFiles." + path;
            if (!path.startsWith("/") || path.contains("//") || path.contains("/./") || path.contains("/../")
                    || path.endsWith("/..") || path.equals("/")) {
                validator.problem(at, "expected an absolute path without //, . or .., not the root");
                return;
            }
            if (spec == null) {
                return;
            }
            if (Boolean.TRUE.equals(spec.directory()) && (spec.text() != null || spec.binary() != null)) {
                validator.problem(at + (spec.text() != null ? ".text" : ".binary"), "a directory has no contents");
            }
            checkContents(at, spec.text(), spec.binary());
            if (spec.mode() != null) {
                try {
                    mode(spec.mode());
                } catch (IllegalArgumentException e) {
                    validator.problem(at + ".mode", e.getMessage());
                }
            }
            if (spec.owner() != null && !spec.owner().matches("\\d{1,10}")
                    && !scenario.users().containsKey(spec.owner())) {
                validator.problem(at + ".owner", "expected a user of this scenario or a uid, got '" + spec.owner() + "'");
            }
            if (spec.tag() != null && !spec.tag().equals("binary") && !knownCharset(spec.tag())) {
                validator.problem(at + ".tag", "expected binary or a code set such as IBM-1047 or ISO8859-1");
            }
        });
    }

    /** Contents are text or bytes in base64, not both (a file's names are gone by now: the loader read them). */
    private void checkContents(String at, String text, String binary) {
        if (binary == null) {
            return;
        }
        if (text != null) {
            validator.problem(at, "give one of text, file, binary and binaryFile, not several");
            return;
        }
        try {
            java.util.Base64.getDecoder().decode(binary.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            validator.problem(at + ".binary", "expected the bytes in base64 (A-Z, a-z, 0-9, + and /, = at the end): "
                    + e.getMessage());
        }
    }

    static boolean knownCharset(String name) {
        for (String candidate : new String[] {name, name.replace("IBM-", "IBM"), name.replace("ISO8859-", "ISO-8859-")}) {
            try {
                if (Charset.isSupported(candidate)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // not a charset name at all
            }
        }
        return false;
    }
}
