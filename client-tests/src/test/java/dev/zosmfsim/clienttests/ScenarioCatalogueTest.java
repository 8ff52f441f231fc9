package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue in fixtures/scenarios: every file says in comments what it reproduces, carries a description and the
 * schema line for editors, and has a client test class that starts it by name.
 */
class ScenarioCatalogueTest {

    @Test
    void everyScenarioFileIsDocumentedAndHasItsOwnClientTest() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : ScenarioCatalogueTest.files()) {
            String name = name(file);
            List<String> lines = Files.readAllLines(file);
            if (!lines.get(0).equals("# yaml-language-server: $schema=../scenario.schema.json")) {
                problems.add(name + ": the first line is not the schema line for editors");
            }
            if (!lines.get(1).startsWith("# " + name + ": ") || !lines.get(2).startsWith("#")) {
                problems.add(name + ": no comment lines saying what it reproduces, starting '# " + name + ": '");
            }
            if (lines.stream().noneMatch(line -> line.startsWith("description: ") && line.length() > 20)) {
                problems.add(name + ": no description: line");
            }
            String testClass = "dev.zosmfsim.clienttests." + camelCase(name) + "ScenarioTest";
            try {
                ZosmfSimulatorTest annotation = Class.forName(testClass).getAnnotation(ZosmfSimulatorTest.class);
                if (annotation == null || !annotation.scenario().equals(name)) {
                    problems.add(name + ": " + testClass + " does not start the scenario by name");
                }
            } catch (ClassNotFoundException e) {
                problems.add(name + ": no client test " + testClass);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(files().size() >= 9, files().toString());
    }

    /** The scenario files of the repository's catalogue, by name. */
    static List<Path> files() throws IOException {
        Path folder = Path.of(System.getProperty("repository.root", ".."), "fixtures", "scenarios");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static String name(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - ".yaml".length());
    }

    private static String camelCase(String name) {
        StringBuilder camel = new StringBuilder();
        for (String part : name.split("-")) {
            camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return camel.toString();
    }
}
