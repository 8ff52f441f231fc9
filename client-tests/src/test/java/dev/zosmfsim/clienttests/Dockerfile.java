package dev.zosmfsim.clienttests;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The instructions of a Dockerfile, read the way the Docker builder reads them (comments, line continuations, stages,
 * JSON exec forms, {@code ENV key=value} pairs) as far as the contract test needs. Not a full parser: what it does
 * not understand it rejects, so that the test fails instead of checking something else.
 */
final class Dockerfile {

    /** One instruction: its keyword in upper case and the rest of its (joined) line. */
    record Instruction(String keyword, String arguments) {
    }

    /** A {@code COPY}: the stage it copies from ({@code null} for the build context), sources and destination. */
    record Copy(String fromStage, List<String> sources, String destination) {
    }

    /** A {@code HEALTHCHECK}: its options ({@code --interval} and so on) and its exec-form command. */
    record HealthCheck(Map<String, String> options, List<String> command) {
    }

    private final List<List<Instruction>> stages;
    private final Map<String, String> arguments;

    private Dockerfile(List<List<Instruction>> stages, Map<String, String> arguments) {
        this.stages = stages;
        this.arguments = arguments;
    }

    static Dockerfile read(Path file) throws IOException {
        List<List<Instruction>> stages = new ArrayList<>();
        Map<String, String> arguments = new LinkedHashMap<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && pending.length() == 0)) {
                continue; // comments and blank lines, also between continued lines
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            String joined = pending.toString().strip();
            pending.setLength(0);
            if (joined.isEmpty()) {
                continue;
            }
            String[] parts = joined.split("\\s+", 2);
            Instruction instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
            if (instruction.keyword().equals("FROM")) {
                stages.add(new ArrayList<>());
            } else if (stages.isEmpty()) {
                if (!instruction.keyword().equals("ARG")) {
                    throw new IllegalArgumentException("only ARG may come before the first FROM: " + instruction);
                }
                String[] argument = instruction.arguments().split("=", 2);
                arguments.put(argument[0].strip(), argument.length > 1 ? argument[1].strip() : "");
                continue; // the build arguments that FROM lines may use
            }
            stages.get(stages.size() - 1).add(instruction);
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException(file + " has no FROM");
        }
        return new Dockerfile(stages, arguments);
    }

    /** The build arguments declared before the first FROM, with their defaults. */
    Map<String, String> arguments() {
        return arguments;
    }

    /** The stage named {@code name}. */
    int stage(String name) {
        for (int i = 0; i < stages.size(); i++) {
            if (stageName(i).filter(name::equals).isPresent()) {
                return i;
            }
        }
        throw new IllegalArgumentException("no stage " + name);
    }

    int stageCount() {
        return stages.size();
    }

    /** The image a stage starts from (stage 0 is the first), as written: {@code ${NAME}} for a build argument. */
    String baseImage(int stage) {
        return stages.get(stage).get(0).arguments().split("\\s+")[0];
    }

    /** {@link #baseImage}, a build argument replaced by its default. */
    String defaultBaseImage(int stage) {
        String written = baseImage(stage);
        if (written.startsWith("${") && written.endsWith("}")) {
            String name = written.substring(2, written.length() - 1);
            if (!arguments.containsKey(name)) {
                throw new IllegalArgumentException("FROM " + written + ": no ARG " + name + " before the first FROM");
            }
            return arguments.get(name);
        }
        return written;
    }

    /** The {@code AS} name of a stage, or empty. */
    Optional<String> stageName(int stage) {
        String[] words = stages.get(stage).get(0).arguments().split("\\s+");
        return words.length == 3 && words[1].equalsIgnoreCase("AS") ? Optional.of(words[2]) : Optional.empty();
    }

    /** The instructions of a stage, its FROM first. */
    List<Instruction> stageInstructions(int stage) {
        return stages.get(stage);
    }

    /**
     * The instructions that make the image of the last stage (the default target): those of the stages it starts
     * from ({@code FROM <stage>}), first, then its own.
     */
    List<Instruction> finalStage() {
        return image(stages.size() - 1);
    }

    /** The instructions that make the image of {@code stage}, those of the stages it starts from first. */
    List<Instruction> image(int stage) {
        String base = baseImage(stage);
        for (int earlier = 0; earlier < stage; earlier++) {
            if (stageName(earlier).filter(base::equals).isPresent()) {
                List<Instruction> chain = new ArrayList<>(image(earlier));
                chain.addAll(stages.get(stage));
                return chain;
            }
        }
        return stages.get(stage);
    }

    /** The image the image of {@code stage} is built on, after the stages it starts from and build arguments. */
    String rootImage(int stage) {
        return defaultBaseImage(stage(image(stage).get(0)));
    }

    private int stage(Instruction from) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).get(0) == from) {
                return i;
            }
        }
        throw new IllegalStateException("not a FROM: " + from);
    }

    /** The last {@code keyword} instruction of the final stage, the one that counts. */
    Optional<Instruction> last(String keyword) {
        List<Instruction> found = finalStage().stream().filter(i -> i.keyword().equals(keyword)).toList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** The exec form (a JSON array) of ENTRYPOINT or CMD; empty if the instruction is absent. */
    List<String> execForm(String keyword) {
        return last(keyword).map(instruction -> jsonArray(instruction.arguments())).orElse(List.of());
    }

    /** The final stage's environment, in order. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Instruction instruction : finalStage()) {
            if (instruction.keyword().equals("ENV")) {
                for (String pair : words(instruction.arguments())) {
                    int equals = pair.indexOf('=');
                    if (equals < 1) {
                        throw new IllegalArgumentException("only ENV key=value is understood: " + instruction);
                    }
                    environment.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return environment;
    }

    List<Copy> copies() {
        return copies(finalStage());
    }

    /** The COPY instructions among {@code instructions}. */
    static List<Copy> copies(List<Instruction> instructions) {
        List<Copy> copies = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("COPY")) {
                List<String> words = new ArrayList<>(words(instruction.arguments()));
                String from = null;
                while (!words.isEmpty() && words.get(0).startsWith("--")) {
                    String flag = words.remove(0);
                    if (flag.startsWith("--from=")) {
                        from = flag.substring("--from=".length());
                    }
                }
                copies.add(new Copy(from, List.copyOf(words.subList(0, words.size() - 1)), words.get(words.size() - 1)));
            }
        }
        return copies;
    }

    Optional<HealthCheck> healthCheck() {
        return last("HEALTHCHECK").map(instruction -> {
            Map<String, String> options = new LinkedHashMap<>();
            String rest = instruction.arguments();
            while (rest.startsWith("--")) {
                String[] split = rest.split("\\s+", 2);
                String[] option = split[0].substring(2).split("=", 2);
                options.put(option[0], option.length > 1 ? option[1] : "");
                rest = split.length > 1 ? split[1] : "";
            }
            if (!rest.startsWith("CMD ")) {
                throw new IllegalArgumentException("expected HEALTHCHECK [options] CMD [...]: " + instruction);
            }
            return new HealthCheck(options, jsonArray(rest.substring(4).strip()));
        });
    }

    /** The arguments of every {@code keyword} instruction of the final stage, split into words. */
    List<String> wordsOf(String keyword) {
        return finalStage().stream().filter(i -> i.keyword().equals(keyword))
                .flatMap(i -> i.arguments().startsWith("[") ? jsonArray(i.arguments()).stream()
                        : words(i.arguments()).stream())
                .collect(Collectors.toList());
    }

    private static List<String> jsonArray(String text) {
        try {
            return new ObjectMapper().readValue(text, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new IllegalArgumentException("not an exec form (JSON array of strings): " + text, e);
        }
    }

    /** Splits on blanks outside double quotes and drops the quotes. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unbalanced quotes: " + text);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
