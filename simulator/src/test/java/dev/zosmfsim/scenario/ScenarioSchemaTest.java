package dev.zosmfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped for editors ({@code fixtures/scenario.schema.json}) and the {@link Scenario} records the
 * loader binds must describe the same format: a field in one and not the other fails here. The shipped scenarios and
 * an exported one are also checked against the schema's structure (keys, types, patterns, ranges).
 */
class ScenarioSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode schema = read("zosmf-sim/scenario.schema.json", JSON);

    @Test
    void theSchemaIsForEditorsOfDraft202012AndClosedEverywhere() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        List<String> open = new ArrayList<>();
        Schema.collectOpenObjects(schema, "#", open);
        assertEquals(List.of(), open, "objects with properties must say additionalProperties: false");
    }

    @Test
    void everyRecordComponentHasASchemaPropertyAndViceVersa() {
        List<String> differences = new ArrayList<>();
        new Schema(schema).compareRecord(Scenario.class, schema, "", differences);
        assertEquals(List.of(), differences);
    }

    @Test
    void theComparisonNoticesAFieldMissingFromTheSchema() {
        JsonNode trimmed = schema.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) trimmed.at("/$defs/zosmf/properties")).remove("started");
        List<String> differences = new ArrayList<>();
        new Schema(trimmed).compareRecord(Scenario.class, trimmed, "", differences);
        assertEquals(List.of("zosmf: record components [started] have no schema property"), differences);
    }

    @Test
    void everyShippedScenarioFollowsTheSchema() {
        Set<String> names = new ScenarioLoader().shipped().keySet();
        assertTrue(names.containsAll(List.of("default", "hostname-missing", "zosmf-down")), names.toString());
        for (String name : names) {
            JsonNode scenario = read(ScenarioLoader.RESOURCE_FOLDER + name + ".yaml", YAML);
            List<String> problems = new ArrayList<>();
            new Schema(schema).validate(scenario, schema, name, problems);
            assertEquals(List.of(), problems, name);
        }
    }

    @Test
    void theValidationNoticesWhatTheSchemaForbids() {
        JsonNode bad = tree("users:\n  colin:\n    password: TOOLONGPASSWORD\n    pasword: X\n"
                + "cea:\n  idleTimeout: soon\nzosmf:\n  started: maybe\n");
        List<String> problems = new ArrayList<>();
        new Schema(schema).validate(bad, schema, "bad", problems);
        assertEquals(new TreeSet<>(List.of(
                "bad.users: key 'colin' does not match ^[A-Z@#$][A-Z0-9@#$]{0,7}$",
                "bad.users.colin.password: longer than 8",
                "bad.users.colin: unknown key 'pasword'",
                "bad.cea.idleTimeout: matches none of anyOf",
                "bad.zosmf.started: expected boolean, got STRING")), new TreeSet<>(problems));
    }

    @Test
    void anExportedScenarioFollowsTheSchema() {
        Scenario exported = new ScenarioLoader().load("cea-session-limit");
        JsonNode tree = tree(ScenarioWriter.toYaml(exported, "export"));
        List<String> problems = new ArrayList<>();
        new Schema(schema).validate(tree, schema, "exported", problems);
        assertEquals(List.of(), problems);
    }

    /** A schema document: compares it with records, and checks documents against it. */
    private static final class Schema {

        private final JsonNode root;

        Schema(JsonNode root) {
            this.root = root;
        }

        // ---- the schema against the records

        private void compareRecord(Class<?> type, JsonNode node, String path, List<String> differences) {
            JsonNode resolved = resolve(node);
            JsonNode properties = resolved.get("properties");
            if (properties == null) {
                differences.add(label(path) + ": the schema has no properties for " + type.getSimpleName());
                return;
            }
            Set<String> components = new TreeSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.add(component.getName());
            }
            Set<String> schemaNames = new TreeSet<>();
            properties.fieldNames().forEachRemaining(schemaNames::add);
            if (type == Scenario.class) {
                schemaNames.remove("extends"); // read by the loader before binding; no record holds it
            }
            Set<String> onlyInRecord = new TreeSet<>(components);
            onlyInRecord.removeAll(schemaNames);
            Set<String> onlyInSchema = new TreeSet<>(schemaNames);
            onlyInSchema.removeAll(components);
            if (!onlyInRecord.isEmpty()) {
                differences.add(label(path) + ": record components " + onlyInRecord + " have no schema property");
            }
            if (!onlyInSchema.isEmpty()) {
                differences.add(label(path) + ": schema properties " + onlyInSchema + " are in no record component");
            }
            for (RecordComponent component : type.getRecordComponents()) {
                JsonNode property = properties.get(component.getName());
                if (property != null) {
                    compareType(component.getGenericType(), property, join(path, component.getName()), differences);
                }
            }
        }

        private void compareType(Type type, JsonNode node, String path, List<String> differences) {
            JsonNode resolved = resolve(node);
            if (type instanceof Class<?> plain && plain.isRecord()) {
                expectType(resolved, "object", path, differences);
                compareRecord(plain, resolved, path, differences);
            } else if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
                expectType(resolved, "object", path, differences);
                Type values = generic.getActualTypeArguments()[1];
                if (values != Object.class) {
                    compareType(values, resolved.get("additionalProperties"), path + ".*", differences);
                }
            } else if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
                expectType(resolved, "array", path, differences);
                compareType(generic.getActualTypeArguments()[0], resolved.get("items"), path + "[]", differences);
            } else if (type == String.class) {
                expectType(resolved, "string", path, differences);
            } else if (type == Integer.class || type == Long.class) {
                expectType(resolved, "integer", path, differences);
            } else if (type == Double.class) {
                expectType(resolved, "number", path, differences);
            } else if (type == Boolean.class) {
                expectType(resolved, "boolean", path, differences);
            } else {
                differences.add(path + ": no rule for the Java type " + type.getTypeName());
            }
        }

        private void expectType(JsonNode node, String expected, String path, List<String> differences) {
            if (node == null) {
                differences.add(path + ": the schema does not describe the values");
            } else if (!typesOf(node).contains(expected)) {
                differences.add(path + ": the record holds " + expected + ", the schema allows " + typesOf(node));
            }
        }

        private Set<String> typesOf(JsonNode node) {
            Set<String> types = new TreeSet<>();
            JsonNode type = node.get("type");
            if (type != null && type.isArray()) {
                type.forEach(each -> types.add(each.asText()));
            } else if (type != null) {
                types.add(type.asText());
            }
            if (node.has("anyOf")) {
                node.get("anyOf").forEach(option -> types.addAll(typesOf(resolve(option))));
            }
            return types;
        }

        private static void collectOpenObjects(JsonNode node, String path, List<String> open) {
            if (node.isObject()) {
                if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
                    open.add(path);
                }
                node.fields().forEachRemaining(field -> collectOpenObjects(field.getValue(), path + "/" + field.getKey(),
                        open));
            }
        }

        // ---- a document against the schema: the parts of JSON Schema this schema uses

        private void validate(JsonNode value, JsonNode node, String path, List<String> problems) {
            JsonNode rule = resolve(node);
            if (rule.has("anyOf")) {
                for (JsonNode option : rule.get("anyOf")) {
                    List<String> optionProblems = new ArrayList<>();
                    validate(value, option, path, optionProblems);
                    if (optionProblems.isEmpty()) {
                        return;
                    }
                }
                problems.add(path + ": matches none of anyOf");
                return;
            }
            Set<String> types = typesOf(rule);
            String actual = jsonType(value);
            if (!types.isEmpty() && !types.contains(actual) && !(actual.equals("integer") && types.contains("number"))) {
                problems.add(path + ": expected " + String.join(" or ", types) + ", got " + value.getNodeType());
                return;
            }
            if (rule.has("const") && !rule.get("const").equals(value)) {
                problems.add(path + ": must be " + rule.get("const"));
            }
            if (rule.has("enum") && !contains(rule.get("enum"), value)) {
                problems.add(path + ": '" + value.asText() + "' is not one of " + rule.get("enum"));
            }
            if (value.isTextual()) {
                if (rule.has("pattern") && !Pattern.compile(rule.get("pattern").asText()).matcher(value.asText()).find()) {
                    problems.add(path + ": '" + value.asText() + "' does not match " + rule.get("pattern").asText());
                }
                if (rule.has("maxLength") && value.asText().length() > rule.get("maxLength").asInt()) {
                    problems.add(path + ": longer than " + rule.get("maxLength").asInt());
                }
                if (rule.has("minLength") && value.asText().length() < rule.get("minLength").asInt()) {
                    problems.add(path + ": shorter than " + rule.get("minLength").asInt());
                }
            }
            if (value.isNumber()) {
                if (rule.has("minimum") && value.asDouble() < rule.get("minimum").asDouble()) {
                    problems.add(path + ": below " + rule.get("minimum"));
                }
                if (rule.has("maximum") && value.asDouble() > rule.get("maximum").asDouble()) {
                    problems.add(path + ": above " + rule.get("maximum"));
                }
            }
            if (value.isArray() && rule.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    validate(value.get(i), rule.get("items"), path + "[" + i + "]", problems);
                }
            }
            if (value.isObject()) {
                validateObject(value, rule, path, problems);
            }
        }

        private void validateObject(JsonNode value, JsonNode rule, String path, List<String> problems) {
            rule.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    problems.add(path + ": '" + name.asText() + "' is required");
                }
            });
            if (rule.has("maxProperties") && value.size() > rule.get("maxProperties").asInt()) {
                problems.add(path + ": more than " + rule.get("maxProperties").asInt() + " keys");
            }
            if (rule.has("minProperties") && value.size() < rule.get("minProperties").asInt()) {
                problems.add(path + ": fewer than " + rule.get("minProperties").asInt() + " keys");
            }
            value.fields().forEachRemaining(field -> {
                String key = field.getKey();
                JsonNode names = rule.has("propertyNames") ? resolve(rule.get("propertyNames")) : null;
                if (names != null && names.has("pattern")
                        && !Pattern.compile(names.get("pattern").asText()).matcher(key).find()) {
                    problems.add(path + ": key '" + key + "' does not match " + names.get("pattern").asText());
                }
                JsonNode property = rule.path("properties").get(key);
                JsonNode additional = rule.get("additionalProperties");
                if (property != null) {
                    validate(field.getValue(), property, join(path, key), problems);
                } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                    problems.add(path + ": unknown key '" + key + "'");
                } else if (additional != null && additional.isObject()) {
                    validate(field.getValue(), additional, join(path, key), problems);
                }
            });
        }

        private static String jsonType(JsonNode value) {
            if (value.isObject()) {
                return "object";
            }
            if (value.isArray()) {
                return "array";
            }
            if (value.isTextual()) {
                return "string";
            }
            if (value.isBoolean()) {
                return "boolean";
            }
            if (value.isIntegralNumber()) {
                return "integer";
            }
            if (value.isNumber()) {
                return "number";
            }
            return "null";
        }

        private static boolean contains(JsonNode values, JsonNode value) {
            for (JsonNode each : values) {
                if (each.equals(value)) {
                    return true;
                }
            }
            return false;
        }

        private JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            while (current != null && current.has("$ref")) {
                String reference = current.get("$ref").asText();
                assertTrue(reference.startsWith("#/"), reference);
                current = root.at(reference.substring(1));
                assertFalse(current.isMissingNode(), "no " + reference + " in the schema");
            }
            return current;
        }

        static String join(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        private static String label(String path) {
            return path.isEmpty() ? "(top)" : path;
        }
    }

    private static JsonNode tree(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode read(String resource, ObjectMapper mapper) {
        try (InputStream in = ScenarioSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
