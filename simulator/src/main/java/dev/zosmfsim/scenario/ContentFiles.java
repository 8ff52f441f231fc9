package dev.zosmfsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the contents a scenario keeps in files beside it ({@code file:} of a data set, member or UNIX file) into
 * the tree as {@code text:}, and the bytes it keeps there ({@code binaryFile:}) as {@code binary:} (base64), before
 * binding. A file is taken only from the scenario's folder or below it (never
 * above, never by an absolute path, also not through a symbolic link), and at most 4 MiB of it.
 */
final class ContentFiles {

    static final long MAX_BYTES = 4L * 1024 * 1024;

    private ContentFiles() {
    }

    /** Replaces each {@code file} under datasets and unixFiles by {@code text}; problems go to {@code problems}. */
    static void inline(ObjectNode tree, Path folder, String source, List<ScenarioException> problems) {
        JsonNode datasets = tree.get("datasets");
        if (datasets != null && datasets.isObject()) {
            datasets.fields().forEachRemaining(dataSet -> {
                inlineOne(dataSet.getValue(), folder, source, "datasets." + dataSet.getKey(), problems);
                JsonNode members = dataSet.getValue().get("members");
                if (members != null && members.isObject()) {
                    members.fields().forEachRemaining(member -> inlineOne(member.getValue(), folder, source,
                            "datasets." + dataSet.getKey() + ".members." + member.getKey(), problems));
                }
            });
        }
        JsonNode files = tree.get("unixFiles");
        if (files != null && files.isObject()) {
            files.fields().forEachRemaining(file -> inlineOne(file.getValue(), folder, source,
                    "unixFiles." + file.getKey(), problems));
        }
    }

    private static void inlineOne(JsonNode node, Path folder, String source, String field,
            List<ScenarioException> problems) {
        if (!(node instanceof ObjectNode spec)) {
            return;
        }
        long given = List.of("text", "file", "binary", "binaryFile").stream().filter(spec::has).count();
        if (given > 1) {
            problems.add(new ScenarioException(source, 0, 0, field,
                    "give one of text, file, binary and binaryFile, not several"));
            spec.remove(List.of("file", "binaryFile"));
            return;
        }
        if (spec.has("file")) {
            readInto(spec, "file", "text", folder, source, field, problems);
        } else if (spec.has("binaryFile")) {
            readInto(spec, "binaryFile", "binary", folder, source, field, problems);
        }
    }

    /** Replaces {@code key} (a file name) by {@code into}: the file's text, or its bytes in base64. */
    private static void readInto(ObjectNode spec, String key, String into, Path folder, String source, String field,
            List<ScenarioException> problems) {
        JsonNode name = spec.remove(key);
        field = field + "." + key;
        if (!name.isTextual() || folder == null) {
            problems.add(new ScenarioException(source, 0, 0, field, folder == null
                    ? "a shipped scenario keeps its contents inline (text)" : "expected a file name"));
            return;
        }
        Path file = folder.resolve(name.asText()).normalize();
        if (Path.of(name.asText()).isAbsolute() || !file.startsWith(folder) || !Files.isRegularFile(file)
                || !insideAfterLinks(file, folder)) {
            problems.add(new ScenarioException(source, 0, 0, field, "'" + name.asText()
                    + "' is no file in the scenario's folder or below it"));
            return;
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.add(new ScenarioException(source, 0, 0, field, "'" + name.asText()
                        + "' is larger than 4 MiB"));
                return;
            }
            spec.put(into, into.equals("text") ? Files.readString(file, StandardCharsets.UTF_8)
                    : java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
        } catch (IOException e) {
            problems.add(new ScenarioException(source, 0, 0, field, "cannot read '" + name.asText()
                    + "': " + e.getMessage()));
        }
    }

    /** Whether {@code file}, with every symbolic link on its way followed, still lies in {@code folder}. */
    static boolean insideAfterLinks(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
