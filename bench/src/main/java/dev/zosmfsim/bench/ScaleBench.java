package dev.zosmfsim.bench;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many live TSO sessions: the heap they take (used after a full GC, the whole JVM) and what the displays that list
 * them cost at that size ({@code F CEA,DIAG,SESSTABLE}, {@code D A,L}), plus a {@code D T}, whose cost should not
 * depend on how many sessions there are.
 */
public final class ScaleBench {

    static final long HEAP_TARGET_BYTES = 256L * 1024 * 1024;
    private static final int CONNECTIONS = 4;

    /** How many sessions, and how often each display is timed. */
    public record Settings(int sessions, int displayRepeats, int smallRequests) {
        public static Settings full() {
            return new Settings(10_000, 7, 500);
        }

        public static Settings smoke() {
            return new Settings(200, 1, 20);
        }
    }

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(run(Settings.full()).toMarkdown());
    }

    public static Figures run(Settings settings) throws Exception {
        int limit = settings.sessions() + 10;
        String yaml = "extends: default\ncea:\n  active: \"BG\"\n  members:\n    BG:\n      maxSessions: " + limit
                + "\n      maxSessionsPerUser: " + limit + "\n";
        // a manual clock: nothing idles out while the sessions are counted
        try (ZosmfSimulator simulator = ZosmfSimulator.builder()
                .scenario(new ScenarioLoader().parse(yaml, "scale.yaml")).clock(SimClock.manual()).start()) {
            Target start = Target.of("TSO start", simulator.sslContext(), simulator.port(),
                    RequestBytes.post("/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23&rsize=4096", "")
                            .basic("IBMUSER", "SYS1"));
            long before = heapUsedAfterGc();
            long startedAt = System.nanoTime();
            AtomicInteger left = new AtomicInteger(settings.sessions());
            LoadDriver.onThreads(CONNECTIONS, index -> () -> {
                try (HttpsConnection connection = start.connect()) {
                    while (left.getAndDecrement() > 0) {
                        if (!start.send(connection).text().contains("\"servletKey\"")) {
                            throw new IllegalStateException("a TSO start did not answer with a servlet key");
                        }
                    }
                }
                return null;
            });
            double startSeconds = (System.nanoTime() - startedAt) / 1e9;
            int live = simulator.system().addressSpaces().inUse();
            if (live != settings.sessions()) {
                throw new IllegalStateException("expected " + settings.sessions() + " live sessions, found " + live);
            }
            long after = heapUsedAfterGc();

            Figures figures = new Figures(String.format("Scale: %,d live TSO sessions", settings.sessions()),
                    String.format("In-process, manual clock, CEAPRMxx limits raised to %,d. Sessions started over %d "
                            + "keep-alive connections (password logon). Heap: used after System.gc(), whole JVM "
                            + "(simulator, Jetty, load driver), before and after the sessions. Display latency: one "
                            + "request at a time, wall time to the whole answer, median of %d after %d untimed.",
                            limit, CONNECTIONS, settings.displayRepeats(), 2));
            figures.add(String.format("heap used after GC with %,d sessions", settings.sessions()), mib(after), "MiB",
                    null, "<= 256 MiB", after <= HEAP_TARGET_BYTES, String.format("%.2f MiB before the sessions; "
                            + "%,d bytes per session", mib(before), (after - before) / settings.sessions()));
            figures.add("TSO starts per second (to that size)", settings.sessions() / startSeconds, "starts/s", null);

            Target sessionTable = display(simulator, "F CEA,DIAG,SESSTABLE");
            Target activeList = display(simulator, "D A,L");
            Target time = display(simulator, "D T");
            figures.add("F CEA,DIAG,SESSTABLE latency at that size", medianMillis(sessionTable,
                    settings.displayRepeats()), "ms", bodySize(sessionTable));
            figures.add("D A,L latency at that size", medianMillis(activeList, settings.displayRepeats()), "ms",
                    bodySize(activeList));
            figures.add("D T latency at that size", medianMillis(time, settings.smallRequests()), "ms",
                    "one request at a time");
            return figures;
        }
    }

    private static Target display(ZosmfSimulator simulator, String command) {
        return Target.of(command, simulator.sslContext(), simulator.port(),
                RequestBytes.consoleCommand("defcn", command).basic("IBMUSER", "SYS1"));
    }

    private static double medianMillis(Target target, int repeats) throws Exception {
        List<Double> millis = new ArrayList<>();
        try (HttpsConnection connection = target.connect()) {
            for (int i = 0; i < 2; i++) {
                target.send(connection);
            }
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                target.send(connection);
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return Samples.median(millis);
    }

    private static String bodySize(Target target) throws Exception {
        try (HttpsConnection connection = target.connect()) {
            return String.format("answer of %,d bytes", target.send(connection).body().length);
        }
    }

    /** Heap used after a full collection (twice, so that objects freed by finalisation are gone too). */
    static long heapUsedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
