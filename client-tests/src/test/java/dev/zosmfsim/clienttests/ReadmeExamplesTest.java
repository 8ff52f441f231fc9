package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's example tests are the classes in {@code com.example}, which the build compiles and runs; this keeps
 * the README's copies identical to them, so that what a reader copies is what passed.
 */
class ReadmeExamplesTest {

    private final Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

    @Test
    void theReadmeShowsEveryExampleTestVerbatim() throws IOException {
        String readme = Files.readString(root.resolve("README.md"));
        List<Path> examples;
        try (Stream<Path> files = Files.list(root.resolve("client-tests/src/test/java/com/example"))) {
            examples = files.filter(file -> file.toString().endsWith("Test.java")).sorted().toList();
        }
        assertEquals(3, examples.size(), "in-process, command line and container: " + examples);
        for (Path example : examples) {
            String source = Files.readString(example).strip();
            assertTrue(readme.contains("```java\n" + source + "\n```"),
                    "README.md does not show " + example.getFileName() + " as it is");
        }
    }
}
