package dev.zosmfsim.bench;

import dev.zosmfsim.ZosmfSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Console {@code D T} over keep-alive mutual TLS (password logon and certificate logon) and new connections with a
 * full handshake, against the simulator and the ceiling in the same JVM, interleaved: every repeat measures the
 * simulator and the ceiling back to back (the order alternating), and each figure is the median of the repeats.
 */
public final class NetworkBench {

    /** Requests per second at saturation, as a share of the ceiling's. */
    static final double THROUGHPUT_TARGET = 0.70;
    /** p99 latency at the fixed rate, in milliseconds. */
    static final double P99_TARGET_MILLIS = 10;
    private static final int WARMUP_ROUNDS = 2;

    /** How long and how hard to measure. */
    public record Settings(LoadDriver.Window saturation, LoadDriver.Window fixedRate, LoadDriver.Window handshakes,
            int repeats, int connections, int ratePerSecond, int handshakeThreads) {

        public static Settings full() {
            return new Settings(window(1000, 3000), window(1000, 4000), window(500, 2500), 3, 4, 1000, 2);
        }

        /** Shorter windows, for bench/run.sh, where the peer benchmark measures latency from outside. */
        public static Settings besidePeer() {
            return new Settings(window(500, 2000), window(500, 2000), window(500, 1500), 3, 4, 1000, 2);
        }

        /** Seconds in all, for the CI smoke run: exercises every code path, measures nothing worth reading. */
        public static Settings smoke() {
            return new Settings(window(100, 200), window(100, 300), window(100, 200), 1, 2, 200, 1);
        }
    }

    private NetworkBench() {
    }

    /**
     * {@code network} for every figure; {@code network throughput} for the saturation figures only (quicker);
     * {@code network beside-peer} for saturation and handshakes in shorter windows (bench/run.sh, whose peer
     * benchmark measures the latency from outside).
     */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        Settings settings = mode.equals("beside-peer") ? Settings.besidePeer() : Settings.full();
        System.out.print(run(settings, !mode.equals("all"), !mode.equals("throughput")).toMarkdown());
    }

    public static Figures run(Settings settings) throws Exception {
        return run(settings, false, true);
    }

    static Figures run(Settings settings, boolean skipLatency, boolean handshakes) throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().start();
             CeilingServer ceiling = CeilingServer.start()) {
            RequestBytes dt = RequestBytes.consoleCommand("defcn", "D T");
            RequestBytes passwordDt = RequestBytes.consoleCommand("defcn", "D T").basic("IBMUSER", "SYS1");
            Pair password = new Pair(
                    Target.of("simulator, password logon", simulator.sslContext(), simulator.port(), passwordDt),
                    Target.of("ceiling, no certificate", ceiling.clientTls(), ceiling.port(), passwordDt));
            Pair certificate = new Pair(
                    Target.of("simulator, certificate logon", simulator.sslContextFor("COLIN"), simulator.port(), dt),
                    Target.of("ceiling, client certificate", ceiling.clientTlsWithCertificate(), ceiling.port(), dt));
            Pair handshake = new Pair(
                    certificate.simulator().withRequest(RequestBytes.consoleCommand("defcn", "D T").closing()),
                    certificate.ceiling().withRequest(RequestBytes.consoleCommand("defcn", "D T").closing()));

            // JIT warm-up of both servers and the driver, not counted; twice over, because the simulator's deeper
            // code paths take longer to compile than the ceiling's, and a figure measured first would pay for it
            LoadDriver.Window warmup = new LoadDriver.Window(Duration.ZERO, settings.saturation().measure());
            for (int round = 0; round < WARMUP_ROUNDS; round++) {
                for (Target target : List.of(password.simulator(), password.ceiling(), certificate.simulator(),
                        certificate.ceiling())) {
                    LoadDriver.saturation(target, settings.connections(), warmup);
                }
            }

            String latency = skipLatency ? "" : String.format("Latency: %d requests/s spread over %d connections,"
                    + " timed from when each request was due, %s s counted. ", settings.ratePerSecond(),
                    settings.connections(), seconds(settings.fixedRate().measure()));
            String handshaking = !handshakes ? "" : String.format("Handshakes: %d threads, each request on a new"
                    + " connection whose TLS session is invalidated (no resumption), with a client certificate. ",
                    settings.handshakeThreads());
            Figures figures = new Figures("Console D T over mutual TLS", String.format(
                    "In-process: the simulator (default scenario, system clock) and the ceiling in one JVM with the "
                            + "load driver (blocking keep-alive TLS connections, one thread each). Saturation: %d "
                            + "connections back to back, %s s counted after %s s warm-up (and two untimed rounds "
                            + "over every target first). %s%sMedian of %d interleaved repeats.%s",
                    settings.connections(), seconds(settings.saturation().measure()),
                    seconds(settings.saturation().warmup()), latency, handshaking, settings.repeats(),
                    skipLatency ? " (Latency is measured from outside by the peer benchmark above.)" : ""));
            for (Pair pair : List.of(password, certificate)) {
                String logon = pair == password ? "password logon" : "certificate logon";
                double[] throughput = medians(settings.repeats(), pair,
                        target -> LoadDriver.saturation(target, settings.connections(), settings.saturation()));
                figures.add("D T requests/s at saturation, " + logon, throughput[0], "req/s", throughput[1],
                        ">= 70 % of ceiling", throughput[0] >= THROUGHPUT_TARGET * throughput[1], null);
                if (skipLatency) {
                    continue;
                }
                List<Double> p50 = new ArrayList<>();
                List<Double> p99 = new ArrayList<>();
                List<Double> ceilingP50 = new ArrayList<>();
                List<Double> ceilingP99 = new ArrayList<>();
                for (int repeat = 0; repeat < settings.repeats(); repeat++) {
                    LoadDriver.Latencies simulated = LoadDriver.fixedRate(pair.simulator(), settings.connections(),
                            settings.ratePerSecond(), settings.fixedRate());
                    LoadDriver.Latencies bare = LoadDriver.fixedRate(pair.ceiling(), settings.connections(),
                            settings.ratePerSecond(), settings.fixedRate());
                    p50.add(simulated.percentileMillis(50));
                    p99.add(simulated.percentileMillis(99));
                    ceilingP50.add(bare.percentileMillis(50));
                    ceilingP99.add(bare.percentileMillis(99));
                }
                String rate = " at " + settings.ratePerSecond() + " req/s, " + logon;
                figures.add("D T p50 latency" + rate, Samples.median(p50), "ms", Samples.median(ceilingP50), null, null,
                        null);
                double medianP99 = Samples.median(p99);
                figures.add("D T p99 latency" + rate, medianP99, "ms", Samples.median(ceilingP99), "< 10 ms",
                        medianP99 < P99_TARGET_MILLIS, null);
            }
            if (!handshakes) {
                return figures;
            }
            double[] connections = medians(settings.repeats(), handshake,
                    target -> LoadDriver.newConnections(target, settings.handshakeThreads(), settings.handshakes()));
            figures.add("new mTLS connection per request (full handshake + D T)", connections[0], "conn/s",
                    connections[1], null, null, "certificate logon");
            return figures;
        }
    }

    /** The simulator's target and the ceiling's for the same request. */
    record Pair(Target simulator, Target ceiling) {
    }

    @FunctionalInterface
    interface Measure {
        double on(Target target) throws Exception;
    }

    /** Medians over {@code repeats} of {simulator, ceiling}, measured back to back, the order alternating. */
    private static double[] medians(int repeats, Pair pair, Measure measure) throws Exception {
        List<Double> simulated = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int repeat = 0; repeat < repeats; repeat++) {
            if (repeat % 2 == 0) {
                simulated.add(measure.on(pair.simulator()));
                bare.add(measure.on(pair.ceiling()));
            } else {
                bare.add(measure.on(pair.ceiling()));
                simulated.add(measure.on(pair.simulator()));
            }
        }
        return new double[] {Samples.median(simulated), Samples.median(bare)};
    }

    private static String seconds(Duration duration) {
        return Figures.format(duration.toMillis() / 1000.0);
    }

    static LoadDriver.Window window(long warmupMillis, long measureMillis) {
        return new LoadDriver.Window(Duration.ofMillis(warmupMillis), Duration.ofMillis(measureMillis));
    }

}
