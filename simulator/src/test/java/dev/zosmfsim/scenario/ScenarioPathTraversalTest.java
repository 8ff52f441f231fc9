package dev.zosmfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scenario's {@code extends:} reaches only shipped scenarios by name, or files in the extending file's folder or
 * below it: never a file above it, wherever a path, a name or a link would lead.
 */
class ScenarioPathTraversalTest {

    private final ScenarioLoader loader = new ScenarioLoader();
    @TempDir
    Path root;
    private Path folder;

    @BeforeEach
    void files() throws Exception {
        folder = Files.createDirectories(root.resolve("scenarios"));
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(root.resolve("outside.yaml"), "users:\n  MALLORY:\n    password: X\n    special: true\n");
        Files.writeString(folder.resolve("sub/inside.yaml"), "users:\n  ALICE:\n    password: X\n");
    }

    @Test
    void aFileBelowTheFolderIsExtended() throws Exception {
        Scenario scenario = loader.loadFile(child("sub/inside.yaml"));
        assertTrue(scenario.users().containsKey("ALICE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside.yaml", "sub/../../outside.yaml", "./../outside.yaml", "sub/../inside.yaml",
            "..\\\\outside.yaml", "%2e%2e/outside.yaml", "....//outside.yaml", "ABSOLUTE", "sub/inside.yaml\\u0000.yaml",
            "../../../../../../etc/passwd", "../../../../../../etc/hostname.yaml", "default/../../outside",
            "file:../outside.yaml", "~/outside.yaml", ""})
    void anythingElseIsAScenarioErrorNamingTheFile(String reference) throws Exception {
        String value = reference.equals("ABSOLUTE") ? root.resolve("outside.yaml").toString() : reference;
        Path file = child(value);
        ScenarioException error = assertThrows(ScenarioException.class, () -> loader.loadFile(file));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertEquals(1, loader.check(file).size(), "--check reports it too");
    }

    @Test
    void aLinkInTheFolderThatPointsOutOfItIsRefused() throws Exception {
        Files.createSymbolicLink(folder.resolve("link.yaml"), root.resolve("outside.yaml"));
        Files.createSymbolicLink(folder.resolve("up"), root);
        for (String reference : new String[] {"link.yaml", "up/outside.yaml"}) {
            Path file = child(reference);
            ScenarioException error = assertThrows(ScenarioException.class, () -> loader.loadFile(file), reference);
            assertTrue(error.getMessage().contains("folder"), error.getMessage());
        }
    }

    /** A scenario in the folder that extends {@code reference} (written as a YAML string with escapes). */
    private Path child(String reference) throws Exception {
        return Files.writeString(folder.resolve("child.yaml"), "extends: \"" + reference.replace("\\", "\\\\")
                .replace("\u0000", "\\0") + "\"\n");
    }
}
