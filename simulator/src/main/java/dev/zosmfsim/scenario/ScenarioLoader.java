package dev.zosmfsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads scenario files: by name from the scenarios shipped in the fixtures jar, or from a file. Unknown keys are
 * errors, and every error names the file, line, column and field ({@link ScenarioException}).
 */
public final class ScenarioLoader {

    /** Where the fixtures jar keeps the shipped scenarios. */
    public static final String RESOURCE_FOLDER = "zosmf-sim/scenarios/";

    private final YAMLFactory yaml = new YAMLFactory();
    private final ObjectMapper mapper = new ObjectMapper(yaml)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /**
     * Loads {@code nameOrFile}: a path to an existing file, or the name of a shipped scenario ({@code default}).
     */
    public Scenario load(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return loadFile(file);
        }
        if (nameOrFile.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            String resource = RESOURCE_FOLDER + nameOrFile + ".yaml";
            try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), nameOrFile + ".yaml");
                }
            } catch (IOException e) {
                throw new ScenarioException(nameOrFile, 0, 0, null, "cannot read the shipped scenario: " + e.getMessage());
            }
        }
        throw new ScenarioException(nameOrFile, 0, 0, null,
                "no such scenario: not a readable file, and no shipped scenario has that name");
    }

    public Scenario loadFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), 0, 0, null, "cannot read the file: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Parses and checks scenario text; {@code source} names it in errors. */
    public Scenario parse(String text, String source) {
        YamlLocations locations = YamlLocations.index(yaml, text);
        Scenario scenario;
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return Scenario.empty(); // an empty file: a fresh system
            }
            scenario = mapper.readValue(text, Scenario.class);
        } catch (JsonProcessingException e) {
            throw translate(e, source, locations);
        }
        List<ScenarioException> problems = ScenarioValidator.check(scenario, locations, source);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return scenario;
    }

    private static ScenarioException translate(JsonProcessingException e, String source, YamlLocations locations) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        if (!(e instanceof JsonMappingException mapping)) {
            return new ScenarioException(source, line, column, null, "not valid YAML: " + e.getOriginalMessage());
        }
        String field = path(mapping.getPath());
        int[] fieldLocation = locations.of(field);
        if (fieldLocation[0] > 0) {
            // where the field itself is written; the parser's own location is often the token after it
            line = fieldLocation[0];
            column = fieldLocation[1];
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new ScenarioException(source, line, column, field,
                    "unknown key '" + unknown.getPropertyName() + "' (expected one of: " + known + ")");
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return new ScenarioException(source, line, column, field, e.getCause().getMessage());
        }
        if (e instanceof InvalidFormatException invalid) {
            return new ScenarioException(source, line, column, field, "expected " + describe(invalid.getTargetType())
                    + ", got '" + invalid.getValue() + "'");
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return new ScenarioException(source, line, column, field,
                    "expected " + describe(mismatched.getTargetType()));
        }
        return new ScenarioException(source, line, column, field, e.getOriginalMessage());
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping (key: value lines)";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list (lines starting with '- ')";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        List<Object> parts = new ArrayList<>();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                parts.add(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                parts.add(new int[] {reference.getIndex()});
            }
        }
        return YamlLocations.render(parts);
    }
}
