package dev.zosmfsim.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/** Writes a scenario as YAML that {@link ScenarioLoader} reads back to the same scenario. */
public final class ScenarioWriter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build())
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    static {
        // an empty string means something ("hostname: \"\"" leaves HOSTNAME unset), so strings are written unless null
        YAML.configOverride(String.class).setInclude(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    }

    private ScenarioWriter() {
    }

    /**
     * Writes the scenario to {@code file} as YAML headed by a comment line, with its large and binary contents in
     * files beside it ({@link ExportedContents}); loading {@code file} gives the same scenario back.
     */
    public static void write(Scenario scenario, String comment, java.nio.file.Path file) throws java.io.IOException {
        java.nio.file.Files.writeString(file, toYaml(ExportedContents.writeBeside(scenario, file), comment));
    }

    /** The scenario as YAML, headed by a comment line; every content inline. */
    public static String toYaml(Scenario scenario, String comment) {
        try {
            return "# " + comment.replace("\n", " ") + "\n" + YAML.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scenario as YAML", e);
        }
    }
}
