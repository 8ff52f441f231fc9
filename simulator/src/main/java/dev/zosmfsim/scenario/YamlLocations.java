package dev.zosmfsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a YAML document stands, by dotted path ({@code users.COLIN.password},
 * {@code certificateMaps[0].user}), so that checks made after parsing can still name a line and column.
 */
final class YamlLocations {

    /** Marks an open mapping on the path stack; its current field name is pushed above it. */
    private static final Object OBJECT = new Object();

    private final Map<String, int[]> byPath = new HashMap<>();

    private YamlLocations() {
    }

    static YamlLocations index(YAMLFactory factory, String text) {
        YamlLocations locations = new YamlLocations();
        try (JsonParser parser = factory.createParser(text)) {
            Deque<Object> path = new ArrayDeque<>(); // String for a field, int[] {index} for an array element
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME:
                        if (!path.isEmpty() && path.peekLast() instanceof String) {
                            path.removeLast();
                        }
                        path.addLast(parser.currentName());
                        locations.record(path, parser.currentTokenLocation());
                        break;
                    case START_OBJECT:
                    case START_ARRAY:
                        if (!path.isEmpty() && path.peekLast() instanceof int[] element) {
                            element[0]++;
                            locations.record(path, parser.currentTokenLocation());
                        }
                        path.addLast(token == JsonToken.START_OBJECT ? OBJECT : new int[] {-1});
                        break;
                    case END_OBJECT:
                        if (!path.isEmpty() && path.peekLast() instanceof String) {
                            path.removeLast();
                        }
                        path.removeLast();
                        break;
                    case END_ARRAY:
                        path.removeLast();
                        break;
                    default:
                        if (!path.isEmpty() && path.peekLast() instanceof int[] element) {
                            element[0]++;
                            locations.record(path, parser.currentTokenLocation());
                        }
                        break;
                }
            }
        } catch (IOException e) {
            // a document that does not parse is reported by the real parse, with its own location
        }
        return locations;
    }

    /** Line and column (1-based) of {@code path}, or of its nearest known parent; {0, 0} if none is known. */
    int[] of(String path) {
        String current = path;
        while (!current.isEmpty()) {
            int[] location = byPath.get(current);
            if (location != null) {
                return location;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
        return new int[] {0, 0};
    }

    private void record(Deque<Object> path, JsonLocation location) {
        byPath.putIfAbsent(render(path), new int[] {location.getLineNr(), location.getColumnNr()});
    }

    static String render(Iterable<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object part : path) {
            if (part instanceof String name) {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(name);
            } else if (part instanceof int[] element) {
                text.append('[').append(element[0]).append(']');
            }
        }
        return text.toString();
    }
}
