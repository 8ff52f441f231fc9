package dev.zosmfsim.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One real response of the fidelity corpus ({@code src/test/resources/fidelity/*.txt}): the text a real system gave,
 * where it was published, and how to compare the simulator's answer with it.
 *
 * <p>A file is a header of {@code # key: value} lines, a {@code ---} line, then the real text line by line. A line that
 * ends in blanks is written with a {@code ¶} after them. Header keys:
 * <ul>
 * <li>{@code item}, {@code source}: the issue item and where the text was published (required)</li>
 * <li>{@code kind}: {@code console} (the default: an operator command), {@code tso} (a TSO command),
 * {@code pattern} (the body is a regular expression the console's answer must contain), or one the test names</li>
 * <li>{@code command}, {@code user}, {@code scenario} (YAML, one line per header line): what the simulator runs</li>
 * <li>{@code before}: {@code USER COMMAND}, an operator command another user issues first on their console, or
 * {@code USER TSO} for a TSO logon of that user</li>
 * <li>{@code vary}: a regular expression for a field that varies (a time, an id, a name); every match is masked with
 * as many {@code #} as it is long, on both sides, so that the columns around it must still agree</li>
 * <li>{@code vary-any}: like {@code vary}, but masked with one {@code #}: for a field whose width may differ</li>
 * <li>{@code strip-real} / {@code strip-sim}: text removed from one side before comparing</li>
 * <li>{@code skip-real} / {@code skip-sim}: lines dropped from one side (a row the simulator has no data for, a line
 * the source's older level did not have)</li>
 * <li>{@code sim-lines}: {@code a-b}, the simulator's lines compared (1-based; {@code a-} to the end)</li>
 * <li>{@code indent-real}: blanks put before each real line (z/OSMF puts one before each message it returns;
 * a capture from a log or script has none)</li>
 * <li>{@code spacing: collapsed}: the source shows runs of blanks as one and no leading blanks (an HTML page); both
 * sides are compared so</li>
 * </ul>
 */
record CorpusEntry(String name, String item, String source, String kind, String command, String user,
        String scenario, List<String> before, List<Pattern> vary, List<Pattern> varyAny, List<Pattern> stripReal,
        List<Pattern> stripSim, List<Pattern> skipReal, List<Pattern> skipSim, int firstSimLine, int lastSimLine,
        int indentReal, boolean collapsed, List<String> real) {

    static CorpusEntry load(String name) {
        String text;
        try (InputStream in = CorpusEntry.class.getResourceAsStream("/fidelity/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus entry " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String item = null;
        String source = null;
        String command = null;
        String kind = "console";
        List<String> before = new ArrayList<>();
        List<Pattern> skipReal = new ArrayList<>();
        String user = "IBMUSER";
        StringBuilder scenario = new StringBuilder();
        List<Pattern> vary = new ArrayList<>();
        List<Pattern> varyAny = new ArrayList<>();
        List<Pattern> stripReal = new ArrayList<>();
        List<Pattern> stripSim = new ArrayList<>();
        List<Pattern> skipSim = new ArrayList<>();
        int first = 1;
        int last = Integer.MAX_VALUE;
        int indent = 0;
        boolean collapsed = false;
        List<String> real = new ArrayList<>();
        boolean body = false;
        for (String line : text.split("\n", -1)) {
            if (body) {
                real.add(line.endsWith("¶") ? line.substring(0, line.length() - 1) : line);
                continue;
            }
            if (line.equals("---")) {
                body = true;
                continue;
            }
            Matcher header = Pattern.compile("# ([a-z-]+): ?(.*)").matcher(line);
            if (!header.matches()) {
                throw new IllegalArgumentException(name + ": not a header line: " + line);
            }
            String value = header.group(2);
            switch (header.group(1)) {
                case "item" -> item = value;
                case "source" -> source = source == null ? value : source + " " + value;
                case "command" -> command = value;
                case "kind" -> kind = value;
                case "before" -> before.add(value);
                case "skip-real" -> skipReal.add(Pattern.compile(value));
                case "user" -> user = value;
                case "scenario" -> scenario.append(value).append('\n');
                case "vary" -> vary.add(Pattern.compile(value));
                case "vary-any" -> varyAny.add(Pattern.compile(value));
                case "strip-real" -> stripReal.add(Pattern.compile(value));
                case "strip-sim" -> stripSim.add(Pattern.compile(value));
                case "skip-sim" -> skipSim.add(Pattern.compile(value));
                case "sim-lines" -> {
                    String[] range = value.split("-", -1);
                    first = Integer.parseInt(range[0]);
                    last = range.length == 1 ? first : range[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(range[1]);
                }
                case "indent-real" -> indent = Integer.parseInt(value);
                case "spacing" -> collapsed = value.equals("collapsed");
                default -> throw new IllegalArgumentException(name + ": unknown header " + header.group(1));
            }
        }
        while (!real.isEmpty() && real.get(real.size() - 1).isEmpty()) {
            real.remove(real.size() - 1);
        }
        if (item == null || source == null || real.isEmpty()) {
            throw new IllegalArgumentException(name + ": every entry names its item and source and has real text");
        }
        return new CorpusEntry(name, item, source, kind, command, user, scenario.toString(), List.copyOf(before), vary,
                varyAny, stripReal, stripSim, skipReal, skipSim, first, last, indent, collapsed, List.copyOf(real));
    }

    /** The real text as it is compared. */
    List<String> expected() {
        List<String> lines = new ArrayList<>();
        for (String line : real) {
            if (skipReal.stream().anyMatch(p -> p.matcher(line).find())) {
                continue;
            }
            lines.add(normalize(" ".repeat(indentReal) + strip(line, stripReal)));
        }
        return lines;
    }

    /** The simulator's lines as they are compared. */
    List<String> actual(List<String> simulated) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < simulated.size(); i++) {
            String line = simulated.get(i);
            if (i + 1 < firstSimLine || i + 1 > lastSimLine || skipSim.stream().anyMatch(p -> p.matcher(line).find())) {
                continue;
            }
            lines.add(normalize(strip(line, stripSim)));
        }
        return lines;
    }

    private static String strip(String line, List<Pattern> patterns) {
        String result = line;
        for (Pattern pattern : patterns) {
            result = pattern.matcher(result).replaceAll("");
        }
        return result;
    }

    private String normalize(String line) {
        String result = line;
        if (collapsed) {
            result = result.strip().replaceAll(" +", " ");
        }
        for (Pattern pattern : vary) {
            result = mask(result, pattern, collapsed);
        }
        for (Pattern pattern : varyAny) {
            result = mask(result, pattern, true);
        }
        return result;
    }

    private static String mask(String line, Pattern pattern, boolean oneCharacter) {
        Matcher matcher = pattern.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String masked = oneCharacter ? "#" : "#".repeat(matcher.group().length());
            matcher.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
