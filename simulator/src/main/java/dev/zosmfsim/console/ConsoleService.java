package dev.zosmfsim.console;

import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.zosmf.SystemIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The EMCS consoles of one system: issues operator commands and keeps each command's solicited messages under a
 * response key until they are collected.
 */
public final class ConsoleService {

    /** How many uncollected responses are kept per system before the oldest are dropped. */
    private static final int MAX_KEPT_RESPONSES = 10_000;

    private final SimClock clock;
    private final SystemIdentity system;
    private final CommandRouter router;
    private final AtomicLong keys = new AtomicLong(1_000_000);
    private final Map<String, List<String>> uncollected = new LinkedHashMap<>();

    /** The outcome of one command: its response key, the lines collected now, whether the sol-key was seen. */
    public record Issued(String consoleName, String responseKey, List<String> lines, Optional<Boolean> solKeyDetected) {
    }

    public ConsoleService(SimClock clock, SystemIdentity system, CommandRouter router) {
        this.clock = clock;
        this.system = system;
        this.router = router;
    }

    /**
     * Issues {@code command} on {@code consoleName} for {@code userid}.
     *
     * @param solKey a keyword to look for in the response (null for none)
     * @param solKeyIsRegex whether {@code solKey} is a regular expression
     */
    public Issued issue(String userid, String consoleName, String command, String solKey, boolean solKeyIsRegex) {
        CommandContext context = new CommandContext(userid, consoleName, clock.now(), system);
        List<String> lines = router.respond(OperatorCommand.parse(command), context);
        String key = "C" + keys.incrementAndGet();
        Optional<Boolean> detected = Optional.empty();
        if (solKey != null) {
            detected = Optional.of(containsKey(lines, solKey, solKeyIsRegex));
        }
        synchronized (uncollected) {
            // the synchronous issue hands the lines out at once; later solmsgs calls find nothing more
            uncollected.put(consoleName + "/" + key, new ArrayList<>());
            while (uncollected.size() > MAX_KEPT_RESPONSES) {
                uncollected.remove(uncollected.keySet().iterator().next());
            }
        }
        return new Issued(consoleName, key, List.copyOf(lines), detected);
    }

    /** Messages of an earlier command not yet collected; empty if the key is known but nothing is left. */
    public Optional<List<String>> collect(String consoleName, String responseKey) {
        synchronized (uncollected) {
            List<String> lines = uncollected.get(consoleName + "/" + responseKey);
            if (lines == null) {
                return Optional.empty();
            }
            List<String> taken = List.copyOf(lines);
            lines.clear();
            return Optional.of(taken);
        }
    }

    static boolean containsKey(List<String> lines, String key, boolean regex) {
        String joined = String.join("\n", lines);
        if (regex) {
            return Pattern.compile(key).matcher(joined).find();
        }
        return joined.contains(key);
    }
}
