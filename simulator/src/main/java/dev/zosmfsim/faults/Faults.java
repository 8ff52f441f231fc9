package dev.zosmfsim.faults;

import dev.zosmfsim.clock.SimClock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The fault rules of one system and the journal of their firings. The HTTP layer asks once per request
 * ({@link #onRequest}) and once per new connection ({@link #onConnection}); the first rule, in the order they were
 * added, that matches and fires decides the effect.
 *
 * <p>Probability rules draw from one random source seeded by the scenario, so a run with the same seed and the same
 * requests fires the same way.
 */
public final class Faults {

    private static final int JOURNAL_CAPACITY = 1_000;

    private final SimClock clock;
    private final Map<String, Installed> rules = new LinkedHashMap<>();
    private final Deque<FaultFiring> firings = new ArrayDeque<>();
    private Random random;
    private long seed;
    private long nextId;
    private long firingSequence;
    /** Whether any installed rule acts on requests; read without the lock on every request. */
    private volatile boolean requestRules;

    /** A rule as installed: its id and how often it matched and fired. */
    public record Listed(String id, FaultRule rule, long matches, long fired) {
    }

    private static final class Installed {
        final String id;
        final FaultRule rule;
        long matches;
        long fired;

        Installed(String id, FaultRule rule) {
            this.id = id;
            this.rule = rule;
        }
    }

    public Faults(SimClock clock, long seed) {
        this.clock = clock;
        reseed(seed);
    }

    /** Starts the random source again from {@code seed}. */
    public synchronized void reseed(long value) {
        this.seed = value;
        this.random = new Random(value);
    }

    public synchronized long seed() {
        return seed;
    }

    /** Installs a rule after the existing ones; returns its id. */
    public synchronized String add(FaultRule rule) {
        if (rules.size() >= MAX_RULES) {
            throw new TooManyRulesException();
        }
        String id = "F" + (++nextId);
        rules.put(id, new Installed(id, rule));
        rulesChanged();
        return id;
    }

    /**
     * How many rules may be in force at once. Every request is matched against every rule, so an unbounded list would
     * let one client slow every other one down (and a listing of them grow without end).
     */
    public static final int MAX_RULES = 1_000;

    /** Thrown when a rule would be one more than {@link #MAX_RULES}. */
    public static final class TooManyRulesException extends IllegalStateException {
        TooManyRulesException() {
            super("at most " + MAX_RULES + " fault rules may be in force at once; remove some first");
        }
    }

    /** Removes a rule; false if no rule has that id. */
    public synchronized boolean remove(String id) {
        boolean removed = rules.remove(id) != null;
        rulesChanged();
        return removed;
    }

    public synchronized void clear() {
        rules.clear();
        rulesChanged();
    }

    /**
     * Whether {@link #onRequest} can fire at all. Lets the HTTP layer skip gathering a request's facts (reading and
     * parsing its body) when no rule could look at them.
     */
    public boolean hasRequestRules() {
        return requestRules;
    }

    public synchronized List<Listed> list() {
        List<Listed> listed = new ArrayList<>();
        rules.values().forEach(installed -> listed.add(new Listed(installed.id, installed.rule, installed.matches,
                installed.fired)));
        return listed;
    }

    /** The effect for this request, if a request rule matches and fires; the firing is journalled. */
    public synchronized Optional<FaultEffect> onRequest(RequestFacts request) {
        for (Installed installed : rules.values()) {
            if (installed.rule.onConnections() || !installed.rule.match().matches(request)) {
                continue;
            }
            if (fire(installed)) {
                journal(installed, request.method(), request.path(), request.userid());
                return Optional.of(installed.rule.effect());
            }
        }
        return Optional.empty();
    }

    /** Whether a new connection's handshake is to stall; the firing is journalled. */
    public synchronized boolean onConnection() {
        for (Installed installed : rules.values()) {
            if (installed.rule.onConnections() && fire(installed)) {
                journal(installed, null, null, null);
                return true;
            }
        }
        return false;
    }

    /** Firings, oldest first (the journal keeps the last 1,000). */
    public synchronized List<FaultFiring> firings() {
        return new ArrayList<>(firings);
    }

    private void rulesChanged() {
        requestRules = rules.values().stream().anyMatch(installed -> !installed.rule.onConnections());
    }

    private boolean fire(Installed installed) {
        installed.matches++;
        if (!installed.rule.trigger().fires(installed.matches, random)) {
            return false;
        }
        installed.fired++;
        return true;
    }

    private void journal(Installed installed, String method, String path, String userid) {
        firings.addLast(new FaultFiring(++firingSequence, clock.now(), installed.id, installed.rule.name(),
                installed.rule.effect().describe(), method, path, userid));
        if (firings.size() > JOURNAL_CAPACITY) {
            firings.removeFirst();
        }
    }
}
