package dev.zosmfsim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An export written to a file: contents larger than {@link #INLINE_MAX} bytes of text, and all bytes that are not
 * text, go to files in a folder beside the YAML ({@code state.yaml}: {@code state-contents/}), which the YAML names
 * with {@code file:} or {@code binaryFile:} as a hand-written scenario would. Data sets go to
 * {@code datasets/DSN.txt} (or {@code .bin}), members to {@code datasets/DSN/MEMBER.txt}, z/OS UNIX files to
 * {@code unix/} and their path. Files of an earlier export that the new one does not name are left alone.
 */
public final class ExportedContents {

    /** The most bytes of text kept inline. */
    public static final int INLINE_MAX = 4096;

    private final Path yaml;
    private final String folderName;

    private ExportedContents(Path yaml) {
        this.yaml = yaml.toAbsolutePath().normalize();
        String name = this.yaml.getFileName().toString();
        this.folderName = name.replaceFirst("\\.(yaml|yml)$", "") + "-contents";
    }

    /** {@code scenario} with its large and binary contents written to files beside {@code yaml} and named there. */
    public static Scenario writeBeside(Scenario scenario, Path yaml) throws IOException {
        ExportedContents export = new ExportedContents(yaml);
        Map<String, StorageSpecs.DataSetSpec> datasets = new LinkedHashMap<>();
        for (Map.Entry<String, StorageSpecs.DataSetSpec> entry : scenario.datasets().entrySet()) {
            datasets.put(entry.getKey(), export.dataSet(entry.getKey(), entry.getValue()));
        }
        Map<String, StorageSpecs.UnixFileSpec> files = new LinkedHashMap<>();
        for (Map.Entry<String, StorageSpecs.UnixFileSpec> entry : scenario.unixFiles().entrySet()) {
            files.put(entry.getKey(), export.unixFile(entry.getKey(), entry.getValue()));
        }
        return scenario.withStorage(datasets, files);
    }

    private StorageSpecs.DataSetSpec dataSet(String name, StorageSpecs.DataSetSpec spec) throws IOException {
        if (spec == null) {
            return null;
        }
        Map<String, StorageSpecs.MemberSpec> members = new LinkedHashMap<>();
        for (Map.Entry<String, StorageSpecs.MemberSpec> member : spec.members().entrySet()) {
            StorageSpecs.MemberSpec content = member.getValue();
            Moved moved = content == null ? Moved.NONE
                    : move("datasets/" + name + "/" + member.getKey(), content.text(), content.binary(), true);
            members.put(member.getKey(), moved == Moved.NONE ? content
                    : new StorageSpecs.MemberSpec(moved.text(), moved.file(), moved.binary(), moved.binaryFile()));
        }
        Moved moved = move("datasets/" + name, spec.text(), spec.binary(), true);
        if (moved == Moved.NONE) {
            moved = new Moved(spec.text(), spec.file(), spec.binary(), spec.binaryFile());
        }
        return new StorageSpecs.DataSetSpec(spec.dsorg(), spec.dsntype(), spec.recfm(), spec.lrecl(), spec.blksize(),
                spec.alcunit(), spec.primary(), spec.secondary(), spec.dirblk(), spec.volume(), spec.migrated(),
                moved.text(), moved.file(), moved.binary(), moved.binaryFile(), members);
    }

    private StorageSpecs.UnixFileSpec unixFile(String path, StorageSpecs.UnixFileSpec spec) throws IOException {
        if (spec == null) {
            return null;
        }
        Moved moved = move("unix" + path, spec.text(), spec.binary(), false);
        if (moved == Moved.NONE) {
            return spec;
        }
        return new StorageSpecs.UnixFileSpec(spec.directory(), moved.text(), moved.file(), moved.binary(),
                moved.binaryFile(), spec.mode(), spec.owner(), spec.group(), spec.tag());
    }

    /** Where contents stand after the move: inline as before, or named files. */
    private record Moved(String text, String file, String binary, String binaryFile) {
        static final Moved NONE = new Moved(null, null, null, null);
    }

    /** Writes large text or any bytes to {@code relative} (with .txt or .bin for data sets); NONE: left inline. */
    private Moved move(String relative, String text, String binary, boolean suffix) throws IOException {
        if (binary != null) {
            String name = folderName + "/" + relative + (suffix ? ".bin" : "");
            write(name, Base64.getDecoder().decode(binary.replaceAll("\\s", "")));
            return new Moved(null, null, null, name);
        }
        if (text != null && text.getBytes(StandardCharsets.UTF_8).length > INLINE_MAX) {
            String name = folderName + "/" + relative + (suffix ? ".txt" : "");
            write(name, text.getBytes(StandardCharsets.UTF_8));
            return new Moved(null, name, null, null);
        }
        return Moved.NONE;
    }

    /** Writes a file in the folder beside the YAML: a link already standing there is replaced, not followed. */
    private void write(String name, byte[] data) throws IOException {
        Path file = yaml.resolveSibling(name).normalize();
        if (!file.startsWith(yaml.resolveSibling(folderName))) {
            throw new IOException("'" + name + "' would lie outside " + folderName);
        }
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.write(file, data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
