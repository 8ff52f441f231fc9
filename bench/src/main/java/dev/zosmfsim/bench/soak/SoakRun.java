package dev.zosmfsim.bench.soak;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.bench.Figures;
import dev.zosmfsim.bench.HttpResponse;
import dev.zosmfsim.bench.RequestBytes;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The soak: an hour of mixed traffic on the scaled clock (60 times real time by default, so the hour takes a minute),
 * with TSO sessions abandoned to idle out and operator cancels under running conversations. It samples the heap
 * after GC and the live threads, and the size of every bounded store (request journal, IZUG0.log, fault journal,
 * system messages); at the end it checks that the session table's views agree, that every session the traffic
 * started is accounted for, and that the table is empty once the idle timeout has passed.
 *
 * <p>In-process: the simulator and the traffic share one JVM, so the heap and thread figures include the traffic's
 * fixed share. Growth is judged after the warm-up by comparing the mean of the first and the last quarter.
 */
public final class SoakRun {

    /** Heap growth tolerated between the first and the last quarter: 10 % or 4 MiB, whichever is larger. */
    static final double HEAP_GROWTH_TOLERATED = 0.10;
    static final long HEAP_GROWTH_FLOOR = 4L * 1024 * 1024;
    static final int THREAD_GROWTH_TOLERATED = 4;
    /** The bounds of the stores (the simulator's own capacities). */
    static final int JOURNAL_BOUND = 1_000;
    static final int IZUG_LOG_BOUND = 5_000;
    static final int FAULT_JOURNAL_BOUND = 1_000;
    static final int SYSTEM_MESSAGES_BOUND = 10_000;
    /** How many command responses the console service keeps per console. */
    static final int CONSOLE_RESPONSES_KEPT = 1_000;

    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration RECONNECT_TIME = Duration.ofMinutes(5);
    private static final Pattern IN_USE = Pattern.compile("IN USE: (\\d+)");
    private static final Pattern TABLE_ENTRY = Pattern.compile("^ INDEX=\\d{4} ");
    private static final Pattern TS_USERS = Pattern.compile("^\\s*\\d{5}\\s+\\d{5}\\s+(\\d{5})");

    /** How long (simulated), how fast, how hard. */
    public record Settings(double timeScale, double minutes, double warmupMinutes, double sampleEveryMinutes,
            int workers, int actionsPerSecondPerWorker, int consoleFill) {

        /** An hour at 60 times real time: a minute of wall time. */
        public static Settings hour() {
            return new Settings(60, 60, 10, 1, 6, 40, CONSOLE_RESPONSES_KEPT);
        }

        /** Seconds of wall time for the CI smoke run. */
        public static Settings smoke() {
            return new Settings(600, 30, 5, 2.5, 2, 40, 20);
        }

        Duration wall(double simulatedMinutes) {
            return Duration.ofMillis(Math.round(simulatedMinutes * 60_000 / timeScale));
        }
    }

    /** What the soak found; {@code problems} is empty when every check passed. */
    public record Outcome(Figures figures, List<String> problems, Map<String, Long> counts,
            List<SoakSample> samples) {
        public boolean passed() {
            return problems.isEmpty();
        }

        public String toMarkdown() {
            StringBuilder out = new StringBuilder(figures.toMarkdown());
            out.append("Traffic: ").append(counts.entrySet().stream()
                    .map(entry -> String.format(Locale.ROOT, "%s %,d", entry.getKey(), entry.getValue()))
                    .collect(Collectors.joining("; "))).append(".\n\n");
            out.append("Samples (simulated minute: heap MiB after GC / threads / live address spaces): ")
                    .append(samples.stream().map(sample -> String.format(Locale.ROOT, "%.0f: %.1f/%d/%d",
                            sample.minute(), sample.heapBytes() / 1048576.0, sample.threads(),
                            sample.addressSpaces())).collect(Collectors.joining(", "))).append(".\n\n");
            out.append(problems.isEmpty() ? "Every soak check passed.\n\n"
                    : "**Soak checks failed:**\n\n" + problems.stream().map(problem -> "- " + problem + "\n")
                            .collect(Collectors.joining()) + "\n");
            return out.toString();
        }
    }

    private SoakRun() {
    }

    public static void main(String[] args) throws Exception {
        Settings hour = Settings.hour();
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : hour.timeScale();
        Outcome outcome = run(new Settings(scale, hour.minutes(), hour.warmupMinutes(), hour.sampleEveryMinutes(),
                hour.workers(), hour.actionsPerSecondPerWorker(), hour.consoleFill()));
        System.out.print(outcome.toMarkdown());
        if (!outcome.passed()) {
            System.exit(1);
        }
    }

    public static Outcome run(Settings settings) throws Exception {
        SimClock clock = SimClock.scaled(settings.timeScale());
        try (ZosmfSimulator simulator = ZosmfSimulator.builder()
                .scenario(new ScenarioLoader().parse(scenarioText(), "soak.yaml")).clock(clock).start()) {
            Traffic traffic = new Traffic();
            List<SoakSample> samples = new CopyOnWriteArrayList<>();
            int port = simulator.port();
            // the first four use the four users' consoles; the traffic threads take them in turn
            List<Supplier<SoakClient>> users = List.of(
                    () -> SoakClient.password("IBMUSER", "SYS1", simulator.sslContext(), port),
                    () -> SoakClient.certificate("COLIN", simulator.sslContextFor("COLIN"), port),
                    () -> SoakClient.certificate("ALICE", simulator.sslContextFor("ALICE"), port),
                    () -> SoakClient.password("BOB", "BOBPW", simulator.sslContext(), port),
                    () -> SoakClient.password("ALICE", "ALICEPW", simulator.sslContext(), port),
                    () -> SoakClient.password("COLIN", "PASSWORD", simulator.sslContext(), port));
            // the consoles' response stores fill up first: their growth to the bound is not what the samples judge
            List<SoakClient> consoles = users.subList(0, 4).stream().map(Supplier::get).toList();
            ExecutorService filling = Executors.newFixedThreadPool(consoles.size(), daemon("soak-fill"));
            for (Future<?> filled : filling.invokeAll(consoles.stream().<java.util.concurrent.Callable<Void>>map(
                    console -> () -> {
                        try (console) {
                            traffic.fillConsole(console, settings.consoleFill());
                        }
                        return null;
                    }).toList())) {
                filled.get();
            }
            filling.shutdown();

            Instant start = clock.now();
            long end = System.nanoTime() + settings.wall(settings.minutes()).toNanos();

            ScheduledExecutorService schedule = Executors.newScheduledThreadPool(1, daemon("soak-schedule"));
            SoakClient abandoner = SoakClient.password("BOB", "BOBPW", simulator.sslContext(), port);
            SoakClient operator = SoakClient.password("IBMUSER", "SYS1", simulator.sslContext(), port);
            // a session left alone every simulated minute: CEA ends it after the idle timeout
            every(schedule, settings.wall(1), () -> {
                if (traffic.startSession(abandoner) != null) {
                    traffic.tally.add("TSO sessions abandoned to idle out");
                }
            }, traffic);
            // the operator cancels ALICE every five simulated minutes, under her running conversations
            every(schedule, settings.wall(5), () -> {
                HttpResponse cancelled = operator.sendAsIs(RequestBytes.delete("/zosmf-sim/v1/sessions?user=ALICE")
                        .bearer(simulator.adminToken()));
                traffic.tally.add(cancelled.status() == 200 ? "operator cancels (C U=ALICE)" : "unexpected answers");
            }, traffic);
            every(schedule, settings.wall(settings.sampleEveryMinutes()), () -> samples.add(sample(simulator,
                    Duration.between(start, clock.now()).toMillis() / 60_000.0)), traffic);

            ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), daemon("soak-traffic"));
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < settings.workers(); i++) {
                int index = i;
                running.add(workers.submit(() -> {
                    long pause = 1_000_000_000L / settings.actionsPerSecondPerWorker();
                    Random random = new Random(42 + index);
                    try (SoakClient client = users.get(index % users.size()).get()) {
                        for (long next = System.nanoTime(); System.nanoTime() < end; next += pause) {
                            traffic.act(client, random);
                            long wait = next + pause - System.nanoTime();
                            if (wait > 0) {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get(settings.wall(settings.minutes()).toSeconds() + 120, TimeUnit.SECONDS);
            }
            schedule.shutdown();
            schedule.awaitTermination(60, TimeUnit.SECONDS);
            workers.shutdownNow();
            samples.add(sample(simulator, Duration.between(start, clock.now()).toMillis() / 60_000.0));

            List<String> problems = new ArrayList<>(traffic.unexpected);
            Figures figures = new Figures("Soak: an hour of mixed traffic on the scaled clock", String.format(
                    Locale.ROOT, "`bench/soak.sh` (`java -jar bench/target/benchmarks.jar soak %s`): in-process, "
                            + "clock %s times real time, %s simulated minutes (%s s of wall time), %d traffic "
                            + "threads at %d actions/s each (console commands, TSO start/send/receive/end, one-shot "
                            + "TSO, token logons, refused logons, z/OSMF info; password and certificate logons), a "
                            + "TSO session abandoned every simulated minute (idle timeout 10 min), `C U=ALICE` "
                            + "through the admin API every 5 minutes, reconnect on (RECONSESSIONS 5, RECONTIME 5 "
                            + "min), three fault rules. First each user's console is filled with %,d kept responses "
                            + "(asynchronous D A,L), the bound of that store. Sampled every %s simulated minutes: "
                            + "heap used after "
                            + "System.gc() and live threads (whole JVM: simulator and traffic). Growth: mean of the "
                            + "first against the last quarter of the samples after %s minutes of warm-up.",
                    Figures.format(settings.timeScale()), Figures.format(settings.timeScale()),
                    Figures.format(settings.minutes()), Figures.format(settings.wall(settings.minutes()).toMillis()
                            / 1000.0), settings.workers(), settings.actionsPerSecondPerWorker(),
                    settings.consoleFill(), Figures.format(settings.sampleEveryMinutes()),
                    Figures.format(settings.warmupMinutes())));
            judgeGrowth(settings, samples, figures, problems);
            judgeBounds(samples, figures, problems);
            judgeSessionTable(simulator, traffic, figures, problems, abandoner);
            abandoner.close();
            operator.close();
            figures.add("requests", traffic.tally.get("requests"), "", String.format(Locale.ROOT, "%,.0f req/s of "
                    + "wall time", traffic.tally.get("requests") / (settings.wall(settings.minutes()).toMillis()
                    / 1000.0)));
            return new Outcome(figures, problems, traffic.tally.snapshot(), List.copyOf(samples));
        }
    }

    private static void judgeGrowth(Settings settings, List<SoakSample> all, Figures figures, List<String> problems) {
        List<SoakSample> warm = all.stream().filter(sample -> sample.minute() >= settings.warmupMinutes()).toList();
        if (warm.size() < 4) {
            problems.add("only " + warm.size() + " samples after the warm-up; at least 4 are needed");
            return;
        }
        int quarter = warm.size() / 4;
        List<SoakSample> first = warm.subList(0, quarter);
        List<SoakSample> last = warm.subList(warm.size() - quarter, warm.size());
        double firstHeap = first.stream().mapToLong(SoakSample::heapBytes).average().orElseThrow();
        double lastHeap = last.stream().mapToLong(SoakSample::heapBytes).average().orElseThrow();
        boolean heapFlat = lastHeap <= Math.max(firstHeap * (1 + HEAP_GROWTH_TOLERATED), firstHeap + HEAP_GROWTH_FLOOR);
        figures.add("heap used after GC, mean of the last quarter", lastHeap / 1048576.0, "MiB", null,
                "no growth (<= +10 % or +4 MiB)", heapFlat, String.format(Locale.ROOT,
                        "first quarter %.1f MiB; change %+.1f %%", firstHeap / 1048576.0,
                        (lastHeap / firstHeap - 1) * 100));
        double firstThreads = first.stream().mapToInt(SoakSample::threads).average().orElseThrow();
        double lastThreads = last.stream().mapToInt(SoakSample::threads).average().orElseThrow();
        boolean threadsFlat = lastThreads <= firstThreads + THREAD_GROWTH_TOLERATED;
        figures.add("live threads, mean of the last quarter", lastThreads, "threads", null, "no growth (<= +4)",
                threadsFlat, String.format(Locale.ROOT, "first quarter %.1f", firstThreads));
        if (!heapFlat) {
            problems.add(String.format(Locale.ROOT, "the heap grew from %.1f to %.1f MiB once warm",
                    firstHeap / 1048576.0, lastHeap / 1048576.0));
        }
        if (!threadsFlat) {
            problems.add(String.format(Locale.ROOT, "the threads grew from %.1f to %.1f once warm", firstThreads,
                    lastThreads));
        }
    }

    private static void judgeBounds(List<SoakSample> samples, Figures figures, List<String> problems) {
        bound("request journal entries", samples.stream().mapToInt(SoakSample::journal).max().orElse(0),
                JOURNAL_BOUND, figures, problems);
        bound("IZUG0.log lines", samples.stream().mapToInt(SoakSample::izugLog).max().orElse(0), IZUG_LOG_BOUND,
                figures, problems);
        bound("fault journal entries", samples.stream().mapToInt(SoakSample::faultFirings).max().orElse(0),
                FAULT_JOURNAL_BOUND, figures, problems);
        bound("system messages kept", samples.stream().mapToInt(SoakSample::systemMessages).max().orElse(0),
                SYSTEM_MESSAGES_BOUND, figures, problems);
    }

    private static void bound(String what, int most, int bound, Figures figures, List<String> problems) {
        figures.add(what + ", most seen", most, "", null, "<= " + String.format(Locale.ROOT, "%,d", bound),
                most <= bound, most == bound ? "full: the bound is what holds it" : null);
        if (most > bound) {
            problems.add(what + ": " + most + " is over the bound of " + bound);
        }
    }

    /**
     * With the traffic stopped: the table's views agree, every live TSO session is one the traffic started, and once
     * the clock has passed the idle timeout and RECONTIME nothing is left and no started session answers.
     */
    private static void judgeSessionTable(ZosmfSimulator simulator, Traffic traffic, Figures figures,
            List<String> problems, SoakClient client) throws IOException {
        SimClock clock = simulator.clock();
        // the views are read one after another: on the running clock a session could end by its idle timeout or
        // RECONTIME between two of them; stopped, the table holds still. A delay rule would hold a request on the
        // stopped clock for good
        simulator.admin().clearFaults();
        clock.useManualTime();
        int table = simulator.admin().sessions().size();
        int inUse = number(IN_USE, simulator.admin().operatorCommand("F CEA,D,S"));
        // CEA0401I has no count: one INDEX= line per entry
        int entries = (int) simulator.admin().operatorCommand("F CEA,DIAG,SESSTABLE").stream()
                .filter(line -> TABLE_ENTRY.matcher(line).find()).count();
        int tsUsers = number(TS_USERS, simulator.admin().operatorCommand("D A,L"));
        if (table != inUse || table != entries || table != tsUsers) {
            problems.add(String.format("the session table's views disagree: admin %d, F CEA,D,S %d, SESSTABLE %d, "
                    + "D A,L %d", table, inUse, entries, tsUsers));
        }
        Set<String> live = simulator.system().tso().sessions().stream().map(session -> session.servletKey())
                .collect(Collectors.toSet());
        if (!traffic.started.containsAll(live)) {
            problems.add("live TSO sessions that the traffic never started: " + live.stream()
                    .filter(key -> !traffic.started.contains(key)).limit(5).toList());
        }
        long endedBySystem = traffic.started.size() - traffic.endedByClient.size() - live.size();
        figures.add("TSO sessions started", traffic.started.size(), "", String.format(Locale.ROOT,
                "%,d ended by their client, %,d ended by the system (cancel, idle, RECONTIME), %,d live at the end; "
                        + "%d address spaces in the table (TSO and consoles), every view agreeing",
                traffic.endedByClient.size(), endedBySystem, live.size(), table));

        clock.advance(IDLE_TIMEOUT.plus(RECONNECT_TIME).plusMinutes(1));
        int left = simulator.system().addressSpaces().inUse();
        int leftSessions = simulator.system().tso().sessions().size();
        int answering = 0;
        List<String> notEnded = traffic.started.stream().filter(key -> !traffic.endedByClient.contains(key))
                .limit(50).toList();
        for (String key : notEnded) {
            HttpResponse response = client.send(RequestBytes.get("/zosmf/tsoApp/tso/" + key));
            if (!response.text().contains("IZUG1126E")) {
                answering++;
            }
        }
        boolean empty = left == 0 && leftSessions == 0 && answering == 0;
        figures.add("address spaces left after the idle timeout", left, "", null, "0, and no session answers",
                empty, String.format("%d TSO sessions held; %d of %d sessions not ended by a client still answered",
                        leftSessions, answering, notEnded.size()));
        if (!empty) {
            problems.add(String.format("after the idle timeout %d address spaces and %d TSO sessions were left, and "
                    + "%d sessions still answered", left, leftSessions, answering));
        }
    }

    private static int number(Pattern pattern, List<String> lines) {
        for (String line : lines) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new IllegalStateException("no " + pattern + " in " + lines);
    }

    private static SoakSample sample(ZosmfSimulator simulator, double minute) {
        System.gc();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        var system = simulator.system();
        return new SoakSample(minute, heap, threads, simulator.journal().entries().size(),
                system.izugLog().lines().size(), system.faults().firings().size(),
                system.messages().between(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z")).size(),
                system.addressSpaces().inUse());
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static void every(ScheduledExecutorService schedule, Duration period, Step step, Traffic traffic) {
        schedule.scheduleAtFixedRate(() -> {
            try {
                step.run();
            } catch (Exception e) {
                traffic.tally.add("unexpected answers");
                traffic.unexpected.add("scheduled step failed: " + e);
            }
        }, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    static String scenarioText() throws IOException {
        try (InputStream in = SoakRun.class.getResourceAsStream("soak.yaml")) {
            if (in == null) {
                throw new IOException("soak.yaml is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
