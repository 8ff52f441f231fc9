package dev.zosmfsim.clienttests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Request bodies for property-based fuzzing, all drawn from one seeded source so that a seed names a run exactly:
 * arbitrary JSON values, near-valid bodies (a valid body with one field removed, replaced or added), and text that
 * is not JSON at all. Strings mix printable ASCII with control characters, non-ASCII letters, lone surrogates and
 * JSON's own special characters.
 */
final class JsonFuzz {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SPECIAL = "\"\\/{}[]:,\u0000\u0007\b\t\n\r\u001b\u007f\u0085\u00a0\u2028\u202e\ufeff";

    private final SplittableRandom random;

    JsonFuzz(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One body for an endpoint whose valid body is {@code valid}: near-valid most often, sometimes anything. */
    String body(ObjectNode valid) {
        int kind = random.nextInt(10);
        if (kind < 6) {
            return nearValid(valid).toString();
        }
        if (kind < 8) {
            return value(3).toString();
        }
        return notJson(valid.toString());
    }

    /** {@code valid} with one field removed, given another value, or a field added. */
    ObjectNode nearValid(ObjectNode valid) {
        ObjectNode body = valid.deepCopy();
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        int what = random.nextInt(4);
        if (what == 0 && !names.isEmpty()) {
            body.remove(names.get(random.nextInt(names.size())));
        } else if (what == 1 && !names.isEmpty()) {
            String name = names.get(random.nextInt(names.size()));
            JsonNode old = body.get(name);
            body.set(name, old.isObject() ? nearValid((ObjectNode) old) : value(2));
        } else if (what == 2 && !names.isEmpty()) {
            body.put(names.get(random.nextInt(names.size())), string(random.nextInt(200)));
        } else {
            body.set(string(1 + random.nextInt(12)), value(2));
        }
        return body;
    }

    /** Any JSON value, nested at most {@code depth} deep. */
    JsonNode value(int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 7);
        switch (kind) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(random.nextBoolean());
            case 2:
                return NODES.numberNode(random.nextInt(-1_000, 100_000));
            case 3:
                return NODES.numberNode(pick(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1));
            case 4:
                return NODES.numberNode(pick(0.5, -0.0, 1e300, -1e-300, 1.0, 3.14159));
            case 5:
            case 6:
                return NODES.textNode(string(random.nextInt(random.nextBoolean() ? 16 : 5_000)));
            case 7:
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.add(value(depth - 1));
                }
                return array;
            default:
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(string(1 + random.nextInt(10)), value(depth - 1));
                }
                return object;
        }
    }

    /** Text that is not a JSON value: cut short, with garbage after it, or random characters. */
    String notJson(String valid) {
        switch (random.nextInt(4)) {
            case 0:
                return valid.substring(0, random.nextInt(Math.max(1, valid.length())));
            case 1:
                return valid + string(1 + random.nextInt(20));
            case 2:
                return "{".repeat(1 + random.nextInt(3_000));
            default:
                return string(random.nextInt(300));
        }
    }

    /** A string of {@code length} characters drawn from printable ASCII, control, non-ASCII and JSON specials. */
    String string(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                text.append((char) random.nextInt(0x20, 0x7F));
            } else if (kind == 6) {
                text.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
            } else if (kind == 7) {
                text.append((char) random.nextInt(0x00, 0x20));
            } else if (kind == 8) {
                text.append((char) random.nextInt(0xA0, 0xD800));
            } else {
                text.appendCodePoint(random.nextBoolean() ? random.nextInt(0x1F600, 0x1F650) : 0xDC00);
            }
        }
        return text.toString();
    }

    static ObjectNode object(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
