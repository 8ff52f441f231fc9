package dev.zosmfsim.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs the JMH benchmarks (in-process start + stop, the HOSTNAME timeout) and reports their medians. */
public final class JmhFigures {

    static final double START_STOP_TARGET_MILLIS = 15;
    static final double HOSTNAME_TARGET_MILLIS = 50;

    private JmhFigures() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(run().toMarkdown());
    }

    public static Figures run() throws Exception {
        Figures figures = new Figures("In a warm JVM (JMH)", "JMH 1.37, 1 fork, 5 warm-up and 5 measured iterations "
                + "of 1 s, sample-time mode; the figure is the median (p50) of every sampled invocation, the note "
                + "gives p90 and the count.");
        RunResult startStop = single(StartStopBenchmark.class);
        double startStopMillis = startStop.getPrimaryResult().getStatistics().getPercentile(50);
        figures.add("in-process start + stop (default scenario, manual clock)", startStopMillis, "ms", null,
                "< 15 ms", startStopMillis < START_STOP_TARGET_MILLIS, note(startStop));
        RunResult hostname = single(HostnameTimeoutBenchmark.class);
        double hostnameMillis = hostname.getPrimaryResult().getStatistics().getPercentile(50);
        figures.add("HOSTNAME 60 s console timeout end to end, manual clock", hostnameMillis, "ms", null, "<= 50 ms",
                hostnameMillis <= HOSTNAME_TARGET_MILLIS, note(hostname));
        return figures;
    }

    private static RunResult single(Class<?> benchmark) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder().include(benchmark.getName()).forks(1)
                .warmupIterations(5).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
                .verbosity(VerboseMode.SILENT);
        Collection<RunResult> results = new Runner(options.build()).run();
        return results.iterator().next();
    }

    private static String note(RunResult result) {
        var statistics = result.getPrimaryResult().getStatistics();
        return String.format("p90 %s ms, %,d samples", Figures.format(statistics.getPercentile(90)),
                statistics.getN());
    }
}
