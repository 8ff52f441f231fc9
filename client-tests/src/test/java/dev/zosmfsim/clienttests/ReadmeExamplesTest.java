package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.zosmfsim.scenario.ScenarioException;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's example tests are the classes in {@code com.example}, which the build compiles and runs; this keeps
 * the README's copies identical to them, so that what a reader copies is what passed. Likewise every scenario example
 * in the READMEs must load.
 */
class ReadmeExamplesTest {

    private final Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

    @Test
    void theReadmeShowsEveryExampleTestVerbatim() throws IOException {
        String readme = Files.readString(root.resolve("README.md"));
        List<Path> examples = new java.util.ArrayList<>();
        // the in-process example is the test of examples/junit-project, a project of its own; the others run here
        for (String folder : List.of("client-tests/src/test/java/com/example",
                "examples/junit-project/src/test/java/com/example")) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                files.filter(file -> file.toString().endsWith("Test.java")).sorted().forEach(examples::add);
            }
        }
        assertEquals(3, examples.size(), "in-process, command line and container: " + examples);
        for (Path example : examples) {
            String source = Files.readString(example).strip();
            assertTrue(readme.contains("```java\n" + source + "\n```"),
                    "README.md does not show " + example.getFileName() + " as it is");
        }
    }

    @Test
    void everyScenarioExampleInTheReadmesLoads() throws IOException {
        ScenarioLoader loader = new ScenarioLoader();
        int examples = 0;
        for (Path readme : List.of(root.resolve("README.md"), root.resolve("fixtures/README.md"))) {
            Matcher block = YAML_BLOCK.matcher(Files.readString(readme));
            while (block.find()) {
                String yaml = block.group(1);
                // the sections are shown one at a time; the users they name come from a shipped scenario
                String scenario = yaml.contains("extends:") || yaml.startsWith("# yaml-language-server")
                        || yaml.startsWith("description:") ? yaml : "extends: cert-map-authority\n" + yaml;
                try {
                    loader.parse(scenario, readme.getFileName() + " example " + (++examples));
                } catch (ScenarioException e) {
                    throw new AssertionError(e.getMessage() + "\n" + yaml, e);
                }
            }
        }
        assertTrue(examples >= 13, "examples found: " + examples);
    }

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);
}
