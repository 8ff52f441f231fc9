package dev.zosmfsim.bench.peer;

import dev.zosmfsim.bench.Figures;
import dev.zosmfsim.bench.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code java -jar benchmarks.jar peer-report FILE}: turns the measurements {@code bench/peer.sh} wrote (one
 * {@code server round metric value} line each, tab-separated) into its Markdown table: the median of the rounds for
 * every server, and each simulator's ratio to WireMock and to the ceiling, beside the targets.
 */
public final class PeerReport {

    /** The servers, in the order of the table's columns; the first two are the simulator. */
    static final List<String> SERVERS = List.of("zosmf-sim", "zosmf-sim-c2", "wiremock", "ceiling");

    /** A row: the metric's key, what it is, its unit, whether more is better, and whether it has a target. */
    record Metric(String key, String figure, String unit, boolean moreIsBetter, boolean judged) {
        Metric(String key, String figure, String unit, boolean moreIsBetter) {
            this(key, figure, unit, moreIsBetter, true);
        }
    }

    static final List<Metric> METRICS = List.of(
            new Metric("sat_rps", "D T requests/s at saturation", "req/s", true),
            new Metric("p50_us", "D T p50 latency at a fixed rate", "ms", false),
            new Metric("p99_us", "D T p99 latency at a fixed rate", "ms", false),
            new Metric("cold_ms", "cold start to ready", "ms", false),
            new Metric("rss_idle_kb", "RSS when idle (after start)", "MiB", false),
            new Metric("rss_load_kb", "RSS under load (most seen at saturation)", "MiB", false),
            new Metric("fixed_rps", "rate the fixed-rate run reached", "req/s", true, false),
            new Metric("errors", "failed or non-2xx answers in a round (median)", "", false, false));

    /** The share of the ceiling's throughput the simulator is to reach. */
    static final double CEILING_TARGET = 0.80;

    private PeerReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: peer-report FILE");
            System.exit(2);
        }
        System.out.print(report(Files.readAllLines(Path.of(args[0]))));
    }

    /** The table, from the lines of a measurements file. */
    public static String report(List<String> lines) {
        Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();
        for (String line : lines) {
            String[] field = line.split("\t");
            if (field.length != 4 || line.startsWith("#")) {
                continue;
            }
            values.computeIfAbsent(field[0], key -> new LinkedHashMap<>())
                    .computeIfAbsent(field[2], key -> new ArrayList<>()).add(Double.parseDouble(field[3]));
        }
        StringBuilder out = new StringBuilder();
        out.append("| figure | `./zosmf-sim` | `./zosmf-sim`, `TieredStopAtLevel=4` | WireMock | ceiling "
                + "| vs WireMock | vs ceiling | target | met |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
        for (Metric metric : METRICS) {
            List<Double> medians = new ArrayList<>();
            for (String server : SERVERS) {
                List<Double> seen = values.getOrDefault(server, Map.of()).get(metric.key());
                medians.add(seen == null || seen.isEmpty() ? null : scale(metric, Samples.median(seen)));
            }
            out.append("| ").append(metric.figure());
            for (Double median : medians) {
                out.append(" | ").append(median == null ? "" : (Figures.format(median) + " " + metric.unit()).trim());
            }
            Double wiremock = medians.get(2);
            Double ceiling = medians.get(3);
            if (!metric.judged()) {
                out.append(" | | | |\n");
                continue;
            }
            out.append(" | ").append(ratios(medians, wiremock)).append(" | ").append(ratios(medians, ceiling));
            String target = metric.moreIsBetter() ? "above WireMock; >= 80 % of the ceiling" : "below WireMock";
            out.append(" | ").append(target).append(" | ").append(met(metric, medians, wiremock, ceiling))
                    .append(" |\n");
        }
        return out.append('\n').toString();
    }

    private static double scale(Metric metric, double value) {
        return switch (metric.unit()) {
            case "ms" -> metric.key().endsWith("_us") ? value / 1000 : value;
            case "MiB" -> value / 1024;
            default -> value;
        };
    }

    private static String ratios(List<Double> medians, Double peer) {
        if (peer == null || peer == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            parts.add(medians.get(i) == null ? "-" : String.format(Locale.ROOT, "%.0f %%", 100 * medians.get(i) / peer));
        }
        return String.join(" / ", parts);
    }

    private static String met(Metric metric, List<Double> medians, Double wiremock, Double ceiling) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Double mine = medians.get(i);
            if (mine == null || wiremock == null) {
                parts.add("-");
                continue;
            }
            boolean ahead = metric.moreIsBetter() ? mine > wiremock : mine < wiremock;
            boolean nearCeiling = !metric.moreIsBetter() || ceiling == null || mine >= CEILING_TARGET * ceiling;
            parts.add(ahead && nearCeiling ? "yes" : "**no**");
        }
        return String.join(" / ", parts);
    }
}
