package dev.zosmfsim.scenario;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Where each field of a YAML document stands, by dotted path ({@code users.COLIN.password},
 * {@code certificateMaps[0].user}), so that checks made after parsing can still name a file, line and column. A
 * scenario that {@code extends:} another is checked merged with it: what it does not write itself is looked up in the
 * scenario it extends.
 *
 * <p>The positions are SnakeYAML's node marks. The document is composed into nodes (never constructed into objects),
 * the same document that Jackson binds: its first one, with each alias read as the text of its name, as Jackson's YAML
 * parser reads it.
 */
final class YamlLocations {

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

    /** No locations: for a scenario made in code, whose problems can name only their field. */
    static YamlLocations none(String source) {
        return new YamlLocations(source, null);
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

    /**
     * Indexes {@code text}. {@code factory} is the one the document is bound with: the index takes its nesting limit
     * from it (up to {@link #MAX_DEPTH}). A document that does not compose is indexed as empty; the real parse reports
     * it, with its own location.
     */
    static YamlLocations index(YAMLFactory factory, String text, String source) {
        YamlLocations locations = new YamlLocations(source, null);
        LoaderOptions options = options(factory);
        try {
            Composer composer = new Composer(new AliasesAsText(new ParserImpl(new StreamReader(text), options)),
                    new Resolver(), options);
            if (composer.checkNode()) {
                locations.walk(composer.getNode(), "");
            }
        } catch (YAMLException e) {
            // not YAML: the real parse says where and why
        }
        return locations;
    }

    /**
     * Composing is recursive: 500 levels fit in 256 KiB of stack, so no thread's stack overflows; a document deeper
     * than that (Jackson binds up to 1000 levels) is bound but not located.
     */
    private static final int MAX_DEPTH = 500;

    /**
     * Limits: the nesting depth of the real parse, up to {@link #MAX_DEPTH}, and SnakeYAML's default code point limit
     * (3 MiB), which Jackson's YAML parser also keeps. Aliases never reach the composer (see {@link AliasesAsText}),
     * so their limit stays the default; tags are only read, never turned into objects, so every tag is let through,
     * as Jackson lets it through.
     */
    private static LoaderOptions options(YAMLFactory factory) {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(Math.min(MAX_DEPTH, factory.streamReadConstraints().getMaxNestingDepth()));
        options.setCodePointLimit(new LoaderOptions().getCodePointLimit());
        options.setMaxAliasesForCollections(new LoaderOptions().getMaxAliasesForCollections());
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false); // '<<' stays a key, as Jackson binds it
        options.setProcessComments(false);
        options.setTagInspector(tag -> true);
        return options;
    }

    /**
     * Records where every key and list element of {@code node} is written, {@code path} naming the node, and every key
     * written twice in one mapping. A key that is not a scalar is not indexed: Jackson refuses the document.
     */
    private void walk(Node node, String path) {
        if (node instanceof MappingNode mapping) {
            Map<String, Mark> keys = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    continue;
                }
                String name = key.getValue();
                String child = path.isEmpty() ? name : path + "." + name;
                Mark at = key.getStartMark();
                Mark first = keys.putIfAbsent(name, at);
                if (first != null) {
                    duplicates.add(new ScenarioException(source, at.getLine() + 1, at.getColumn() + 1, child,
                            "duplicate key '" + name + "' (first written at line " + (first.getLine() + 1)
                                    + ", column " + (first.getColumn() + 1) + ")"));
                }
                record(child, at);
                walk(tuple.getValueNode(), child);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> elements = sequence.getValue();
            for (int i = 0; i < elements.size(); i++) {
                String child = path + "[" + i + "]";
                record(child, elements.get(i).getStartMark());
                walk(elements.get(i), child);
            }
        }
    }

    private void record(String path, Mark mark) {
        byPath.putIfAbsent(path, new int[] {mark.getLine() + 1, mark.getColumn() + 1});
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

    /**
     * The parser's events with each alias ({@code *name}) turned into the plain scalar {@code name} at the alias's own
     * place: Jackson's YAML parser reads an alias so, and the index must see the document Jackson binds.
     */
    private record AliasesAsText(Parser parser) implements Parser {

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.peekEvent() != null && peekEvent().is(choice);
        }

        @Override
        public Event peekEvent() {
            return asText(parser.peekEvent());
        }

        @Override
        public Event getEvent() {
            return asText(parser.getEvent());
        }

        private static Event asText(Event event) {
            if (event instanceof AliasEvent alias) {
                return new ScalarEvent(null, null, new ImplicitTuple(true, false), alias.getAnchor(),
                        alias.getStartMark(), alias.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
            }
            return event;
        }
    }
}
