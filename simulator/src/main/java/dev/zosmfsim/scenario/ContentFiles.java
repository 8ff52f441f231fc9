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
 * the tree as {@code text:}, before binding. A file is taken only from the scenario's folder or below it (never
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
        if (!(node instanceof ObjectNode spec) || !spec.has("file")) {
            return;
        }
        JsonNode name = spec.remove("file");
        if (spec.has("text")) {
            problems.add(new ScenarioException(source, 0, 0, field, "give text or file, not both"));
            return;
        }
        if (!name.isTextual() || folder == null) {
            problems.add(new ScenarioException(source, 0, 0, field + ".file", folder == null
                    ? "a shipped scenario keeps its contents inline (text)" : "expected a file name"));
            return;
        }
        Path file = folder.resolve(name.asText()).normalize();
        if (Path.of(name.asText()).isAbsolute() || !file.startsWith(folder) || !Files.isRegularFile(file)
                || !insideAfterLinks(file, folder)) {
            problems.add(new ScenarioException(source, 0, 0, field + ".file", "'" + name.asText()
                    + "' is no file in the scenario's folder or below it"));
            return;
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.add(new ScenarioException(source, 0, 0, field + ".file", "'" + name.asText()
                        + "' is larger than 4 MiB"));
                return;
            }
            spec.put("text", Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(new ScenarioException(source, 0, 0, field + ".file", "cannot read '" + name.asText()
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
