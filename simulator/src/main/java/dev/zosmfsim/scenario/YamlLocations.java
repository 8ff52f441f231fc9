package dev.zosmfsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each field of a YAML document stands, by dotted path ({@code users.COLIN.password},
 * {@code certificateMaps[0].user}), so that checks made after parsing can still name a file, line and column. A
 * scenario that {@code extends:} another is checked merged with it: what it does not write itself is looked up in the
 * scenario it extends.
 */
final class YamlLocations {

    /** Marks an open mapping on the path stack; its current field name is pushed above it. */
    private static final Object OBJECT = new Object();

    /**
     * Where a field is written: file, line and column (1-based; 0 when unknown), and a note for a field that a
     * scenario inherits, naming where its value comes from.
     */
    record Location(String source, int line, int column, String note) {
    }

    private final String source;
    private final YamlLocations parent;
    private final Map<String, int[]> byPath = new HashMap<>();
    private final List<ScenarioException> duplicates = new ArrayList<>();

    private YamlLocations(String source, YamlLocations parent) {
        this.source = source;
        this.parent = parent;
    }

    /** The name of the document, as errors name it. */
    String source() {
        return source;
    }

    /** The same locations, looking up what this document does not write in {@code extended}'s. */
    YamlLocations extending(YamlLocations extended) {
        YamlLocations merged = new YamlLocations(source, extended);
        merged.byPath.putAll(byPath);
        return merged;
    }

    static YamlLocations index(YAMLFactory factory, String text, String source) {
        YamlLocations locations = new YamlLocations(source, null);
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
                        locations.recordKey(path, parser.currentTokenLocation());
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

    /** Line and column (1-based) of {@code path} in this document, or of its nearest parent; {0, 0} if none. */
    int[] of(String path) {
        int[] location = nearest(path);
        return location == null ? new int[] {0, 0} : location;
    }

    /**
     * Where {@code path} is written: in this document if it is; else, when it is inherited, at the nearest part of it
     * this document writes (with a note naming the inherited line), or in the extended scenario when this document
     * writes nothing of it.
     */
    Location locate(String path) {
        int[] own = byPath.get(path);
        if (own != null) {
            return new Location(source, own[0], own[1], "");
        }
        Location inherited = parent == null ? null : parent.locateExactly(path);
        int[] nearest = nearest(path);
        if (inherited != null) {
            return nearest == null ? inherited : new Location(source, nearest[0], nearest[1], " (" + path
                    + " is inherited from " + inherited.source() + ":" + inherited.line() + ":" + inherited.column()
                    + ")");
        }
        if (nearest != null) {
            return new Location(source, nearest[0], nearest[1], "");
        }
        Location fromParent = parent == null ? null : parent.locate(path);
        return fromParent != null && fromParent.line() > 0 ? fromParent : new Location(source, 0, 0, "");
    }

    private Location locateExactly(String path) {
        int[] own = byPath.get(path);
        if (own != null) {
            return new Location(source, own[0], own[1], "");
        }
        return parent == null ? null : parent.locateExactly(path);
    }

    private int[] nearest(String path) {
        String current = path;
        while (!current.isEmpty()) {
            int[] location = byPath.get(current);
            if (location != null) {
                return location;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
        return null;
    }

    private void record(Deque<Object> path, JsonLocation location) {
        byPath.putIfAbsent(render(path), new int[] {location.getLineNr(), location.getColumnNr()});
    }

    private void recordKey(Deque<Object> path, JsonLocation location) {
        String rendered = render(path);
        int[] first = byPath.get(rendered);
        if (first != null) {
            duplicates.add(new ScenarioException(source, location.getLineNr(), location.getColumnNr(), rendered,
                    "duplicate key '" + path.peekLast() + "' (first written at line " + first[0] + ", column "
                            + first[1] + ")"));
        }
        record(path, location);
    }

    /** Keys written twice in one mapping, each as an error at its second place. */
    List<ScenarioException> duplicates() {
        return List.copyOf(duplicates);
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
