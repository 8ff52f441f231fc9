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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads scenario files: by name from the scenarios shipped in the fixtures jar, or from a file. Unknown keys are
 * errors, and every error names the file, line, column and field ({@link ScenarioException}).
 */
public final class ScenarioLoader {

    /** Where the fixtures jar keeps the shipped scenarios. */
    public static final String RESOURCE_FOLDER = "zosmf-sim/scenarios/";
    static final Pattern SHIPPED_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    // One per JVM, configured here and never again: a mapper learns how to bind Scenario on first use (about 1 ms
    // in a warm JVM), and a test that starts a simulator per method should pay that once, not every time.
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** How deep {@code extends:} chains may go (a guard against cycles too long to see). */
    private static final int MAX_EXTENDS_DEPTH = 8;

    /**
     * Loads {@code nameOrFile}: a path to an existing file, or the name of a shipped scenario ({@code default}).
     */
    public Scenario load(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return loadFile(file);
        }
        if (SHIPPED_NAME.matcher(nameOrFile).matches()) {
            Optional<String> text = shippedText(nameOrFile);
            if (text.isPresent()) {
                return read(Source.shipped(nameOrFile, text.get()), List.of()).scenario();
            }
        }
        throw new ScenarioException(nameOrFile, 0, 0, null,
                "no such scenario: not a readable file, and no shipped scenario has that name (--list-scenarios"
                        + " lists them)");
    }

    public Scenario loadFile(Path file) {
        return read(Source.file(file, readFile(file, file.toString())), List.of()).scenario();
    }

    /** Parses and checks scenario text; {@code source} names it in errors. Its {@code extends:} may name shipped ones. */
    public Scenario parse(String text, String source) {
        return read(new Source(source, "text:" + source, text, null), List.of()).scenario();
    }

    /** Every problem of a scenario file (empty when it is valid), in the order of the file, for {@code --check}. */
    public List<ScenarioException> check(Path file) {
        List<ScenarioException> problems = new ArrayList<>();
        try {
            bind(Source.file(file, readFile(file, file.toString())), List.of(), problems);
        } catch (ScenarioException e) {
            return List.of(e);
        }
        problems.sort(Comparator.comparingInt(ScenarioException::line).thenComparingInt(ScenarioException::column));
        return problems;
    }

    /** The shipped scenarios by name, with their descriptions, in name order. */
    public Map<String, String> shipped() {
        Map<String, String> catalogue = new TreeMap<>();
        for (String name : ShippedScenarios.names()) {
            try {
                JsonNode tree = MAPPER.readTree(shippedText(name).orElse(""));
                JsonNode description = tree == null ? null : tree.get("description");
                catalogue.put(name, description == null ? null : description.asText());
            } catch (JsonProcessingException e) {
                catalogue.put(name, "(cannot be read: " + e.getOriginalMessage() + ")");
            }
        }
        return catalogue;
    }

    /**
     * A scenario's text: {@code name} is how errors name it, {@code key} tells scenarios apart for the cycle check
     * (a file's absolute path, or a shipped name), {@code folder} is where its file-relative {@code extends:} resolve
     * (null for shipped scenarios and text).
     */
    private record Source(String name, String key, String text, Path folder) {

        static Source file(Path file, String text) {
            Path absolute = file.toAbsolutePath().normalize();
            return new Source(file.toString(), absolute.toString(), text, absolute.getParent());
        }

        static Source shipped(String name, String text) {
            return new Source(name + ".yaml", "shipped:" + name, text, null);
        }
    }

    /** A scenario with the YAML tree it was bound from (after its parents were merged in) and where its fields stand. */
    private record Loaded(JsonNode tree, Scenario scenario, YamlLocations locations) {
    }

    private Loaded read(Source source, List<Source> chain) {
        List<ScenarioException> problems = new ArrayList<>();
        Loaded loaded = bind(source, chain, problems);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return loaded;
    }

    /** Reads, merges with its parent, binds and validates; adds problems and returns null when it cannot bind. */
    private Loaded bind(Source source, List<Source> chain, List<ScenarioException> problems) {
        YamlLocations locations = YamlLocations.index(YAML, source.text(), source.name());
        if (!locations.duplicates().isEmpty()) {
            problems.addAll(locations.duplicates());
            return null;
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(source.text());
        } catch (JsonProcessingException e) {
            problems.add(translate(e, locations));
            return null;
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            tree = MAPPER.createObjectNode(); // an empty file: a fresh system
        }
        if (!tree.isObject()) {
            problems.add(new ScenarioException(source.name(), 1, 1, null,
                    "a scenario is a mapping of sections (system, zosmf, users, ...), not "
                            + (tree.isArray() ? "a list" : "a single value")));
            return null;
        }
        ObjectNode own = (ObjectNode) tree.deepCopy();
        ContentFiles.inline(own, source.folder(), source.name(), problems);
        JsonNode parentName = own.remove("extends");
        if (parentName != null) {
            int[] at = locations.of("extends");
            if (!parentName.isTextual()) {
                problems.add(new ScenarioException(source.name(), at[0], at[1], "extends",
                        "expected the name of a shipped scenario or a .yaml file next to this one"));
                return null;
            }
            Source parent;
            try {
                parent = parentSource(parentName.asText(), source, chain);
            } catch (IllegalArgumentException e) {
                problems.add(new ScenarioException(source.name(), at[0], at[1], "extends", e.getMessage()));
                return null;
            }
            List<Source> longer = new ArrayList<>(chain);
            longer.add(source);
            Loaded loadedParent;
            try {
                loadedParent = read(parent, longer);
            } catch (ScenarioException e) {
                problems.add(e);
                return null;
            }
            own = merge((ObjectNode) loadedParent.tree().deepCopy(), own);
            locations = locations.extending(loadedParent.locations());
        }
        Scenario scenario = null;
        // a field that cannot be bound is reported and left out, and binding goes on, so that --check reports every
        // error of the file in one pass; the first problem is still the one a load throws
        for (int attempt = 0; scenario == null; attempt++) {
            try {
                scenario = MAPPER.treeToValue(own, Scenario.class);
            } catch (JsonProcessingException e) {
                problems.add(translate(e, locations));
                if (attempt >= UnboundNodes.MAX_PROBLEMS || !(e instanceof JsonMappingException mapping)
                        || !UnboundNodes.remove(own, mapping.getPath())) {
                    return null;
                }
            } catch (IllegalArgumentException e) {
                problems.add(new ScenarioException(source.name(), 0, 0, null, e.getMessage()));
                return null;
            }
        }
        problems.addAll(ScenarioValidator.check(scenario, locations).problems());
        return new Loaded(own, scenario, locations);
    }

    /**
     * Where {@code extends: value} points: a name is a shipped scenario; a value ending in .yaml or .yml is a file
     * in the extending file's folder or below it (never above it, and never an absolute path). Throws
     * {@link IllegalArgumentException} saying why it cannot be used.
     */
    private Source parentSource(String value, Source child, List<Source> chain) {
        if (chain.size() + 1 >= MAX_EXTENDS_DEPTH) {
            throw new IllegalArgumentException("extends goes deeper than " + MAX_EXTENDS_DEPTH + " scenarios: "
                    + names(chain, child));
        }
        Source parent;
        if (value.endsWith(".yaml") || value.endsWith(".yml")) {
            if (child.folder() == null) {
                throw new IllegalArgumentException("'" + value
                        + "': a shipped scenario can only extend other shipped scenarios, by name");
            }
            Path relative = Path.of(value);
            Path resolved = child.folder().resolve(relative).normalize();
            if (relative.isAbsolute() || value.contains("..") || !resolved.startsWith(child.folder())) {
                throw new IllegalArgumentException("'" + value + "' must be a file in the folder of " + child.name()
                        + " or below it (no absolute paths, no '..')");
            }
            if (!Files.isRegularFile(resolved)) {
                throw new IllegalArgumentException("'" + value + "': no such file");
            }
            if (!ContentFiles.insideAfterLinks(resolved, child.folder())) {
                throw new IllegalArgumentException("'" + value + "' must be a file in the folder of " + child.name()
                        + " or below it; it is a link that leads out of it");
            }
            Path shown = Path.of(child.name()).resolveSibling(relative).normalize();
            parent = new Source(shown.toString(), resolved.toString(), null, resolved.getParent());
        } else {
            if (!SHIPPED_NAME.matcher(value).matches()) {
                throw new IllegalArgumentException("'" + value + "' is neither a shipped scenario name (lower case"
                        + " letters, digits and '-') nor a .yaml file");
            }
            parent = Source.shipped(value, null);
        }
        String parentKey = parent.key();
        if (child.key().equals(parentKey) || chain.stream().anyMatch(source -> source.key().equals(parentKey))) {
            throw new IllegalArgumentException("'" + value + "' makes a cycle: " + names(chain, child) + " -> "
                    + parent.name());
        }
        if (parent.folder() != null) {
            return new Source(parent.name(), parent.key(), readFile(Path.of(parent.key()), parent.name()),
                    parent.folder());
        }
        String text = shippedText(value).orElseThrow(() -> new IllegalArgumentException(
                "no shipped scenario is named '" + value + "' (--list-scenarios lists them)"));
        return Source.shipped(value, text);
    }

    private static String names(List<Source> chain, Source last) {
        List<String> names = new ArrayList<>();
        chain.forEach(source -> names.add(source.name()));
        names.add(last.name());
        return String.join(" -> ", names);
    }

    /** The child's mappings merged into the parent's: mappings merge key by key, anything else replaces. */
    private static ObjectNode merge(ObjectNode parent, ObjectNode child) {
        child.fields().forEachRemaining(field -> {
            JsonNode mine = field.getValue();
            JsonNode theirs = parent.get(field.getKey());
            if (mine.isObject() && theirs != null && theirs.isObject()) {
                parent.set(field.getKey(), merge((ObjectNode) theirs, (ObjectNode) mine));
            } else {
                parent.set(field.getKey(), mine);
            }
        });
        return parent;
    }

    private static Optional<String> shippedText(String name) {
        String resource = RESOURCE_FOLDER + name + ".yaml";
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioException(name, 0, 0, null, "cannot read the shipped scenario: " + e.getMessage());
        }
    }

    private static String readFile(Path file, String name) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(name, 0, 0, null, "cannot read the file: " + e.getMessage());
        }
    }

    private static ScenarioException translate(JsonProcessingException e, YamlLocations locations) {
        String source = locations.source();
        if (!(e instanceof JsonMappingException mapping)) {
            return notYaml(e, source);
        }
        String field = path(mapping.getPath());
        // where the field itself is written (the parser's own location is often the token after it)
        YamlLocations.Location at = locations.locate(field);
        if (at.line() == 0 && e.getLocation() != null) {
            at = new YamlLocations.Location(source, e.getLocation().getLineNr(), e.getLocation().getColumnNr(), "");
        }
        boolean topLevel = mapping.getPath().size() == 1;
        return new ScenarioException(at.source(), at.line(), at.column(), field.isEmpty() ? null : field,
                mappingProblem(mapping, topLevel) + at.note());
    }

    private static String mappingProblem(JsonMappingException e, boolean topLevel) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> keys = new ArrayList<>();
            if (unknown.getKnownPropertyIds() != null) {
                unknown.getKnownPropertyIds().forEach(key -> keys.add(String.valueOf(key)));
            }
            if (topLevel) {
                keys.add("extends"); // read by the loader itself, before the rest is bound
            }
            String known = keys.stream().sorted().collect(Collectors.joining(", "));
            return "unknown key '" + unknown.getPropertyName() + "' (expected one of: " + known + ")";
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException invalid) {
            return "expected " + describe(invalid.getTargetType()) + ", got '" + invalid.getValue() + "'";
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + describe(mismatched.getTargetType());
        }
        return e.getOriginalMessage();
    }

    /**
     * Text that is not YAML, located where the YAML parser found the problem, in one line: the parser's problem and,
     * when it has one, the construct it was reading and where that starts.
     */
    private static ScenarioException notYaml(JsonProcessingException e, String source) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark problemAt = marked.getProblemMark();
                String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
                return new ScenarioException(source, problemAt.getLine() + 1, problemAt.getColumn() + 1, null,
                        "not valid YAML: " + marked.getProblem() + context);
            }
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return new ScenarioException(source, line, column, null, "not valid YAML: " + e.getOriginalMessage());
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
