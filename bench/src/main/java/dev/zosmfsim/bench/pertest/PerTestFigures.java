package dev.zosmfsim.bench.pertest;

import dev.zosmfsim.bench.Figures;
import dev.zosmfsim.bench.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Per-test simulators: runs {@link TwoHundredTests} (200 tests, {@code SimulatorLifecycle.PER_METHOD}) through the
 * JUnit Platform launcher in this JVM, several times, and reports the class's wall time per test. The first run is
 * the first test class of a fresh JVM (classes loading, code not yet compiled); the later ones are what every
 * further class of a test suite sees.
 */
public final class PerTestFigures {

    public static final double TARGET_MILLIS = 15;

    /** How many classes to run and how many of their tests. */
    public record Settings(int warmRuns, int tests) {
        public static Settings full() {
            return new Settings(5, TwoHundredTests.TESTS);
        }

        public static Settings smoke() {
            return new Settings(1, 3);
        }
    }

    /**
     * One class run: its wall time, and each test's whole cycle in ms: from its start to the next test's start (the
     * last one's to the end of the class), so its simulator's start, the test, its close and JUnit's own work.
     */
    record ClassRun(double wallMillis, List<Double> testMillis, long failures) {
    }

    private PerTestFigures() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(run(Settings.full()).toMarkdown());
    }

    public static Figures run(Settings settings) {
        ClassRun first = runClass(settings.tests());
        List<Double> perTest = new ArrayList<>();
        List<Double> cycles = new ArrayList<>();
        long failures = first.failures();
        for (int i = 0; i < settings.warmRuns(); i++) {
            ClassRun warm = runClass(settings.tests());
            perTest.add(warm.wallMillis() / settings.tests());
            cycles.addAll(warm.testMillis());
            failures += warm.failures();
        }
        if (failures > 0) {
            throw new IllegalStateException(failures + " of the per-test benchmark's tests failed");
        }
        double warmPerTest = Samples.median(perTest);
        double medianCycle = Samples.median(cycles);
        Figures figures = new Figures("Per-test simulators: a JUnit class of " + settings.tests() + " tests with"
                + " SimulatorLifecycle.PER_METHOD", "`java -jar bench/target/benchmarks.jar pertest`: the class"
                + " `bench/src/main/java/dev/zosmfsim/bench/pertest/TwoHundredTests.java` (`@ZosmfSimulatorTest(clock"
                + " = MANUAL, lifecycle = PER_METHOD)`, one `@RepeatedTest(200)` that checks its simulator's port and"
                + " empty journal) run through the JUnit Platform launcher in one JVM (plain `java`, its default"
                + " compilers and collector), " + (settings.warmRuns() + 1) + " times back to back. Each"
                + " test gets a simulator of its own: a new CA, server and client certificates, system and port; no"
                + " cache is shared between them. A test's time runs from its start to the next test's start: its simulator's"
                + " start, the test, the simulator's close and JUnit's own work.");
        figures.add("per test, median (later classes)", medianCycle, "ms", null, "< 15 ms",
                medianCycle < TARGET_MILLIS, "median of " + cycles.size() + " tests in " + settings.warmRuns()
                        + " classes; p90 " + Figures.format(percentile(cycles, 90)) + " ms");
        figures.add("per test, mean (later classes: class time / " + settings.tests() + ")", warmPerTest, "ms",
                "median of the classes: " + join(perTest) + " ms per test");
        figures.add("per test, mean, first class of a fresh JVM", first.wallMillis() / settings.tests(), "ms",
                "class loading and compiling included; the class took " + Figures.format(first.wallMillis()) + " ms");
        return figures;
    }

    private static ClassRun runClass(int tests) {
        DiscoverySelector selector = tests == TwoHundredTests.TESTS
                ? DiscoverySelectors.selectClass(TwoHundredTests.class)
                : DiscoverySelectors.selectIteration(DiscoverySelectors.selectMethod(TwoHundredTests.class,
                        TwoHundredTests.METHOD, "dev.zosmfsim.ZosmfSimulator"),
                        IntStream.range(0, tests).toArray());
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        TestTimes times = new TestTimes();
        long start = System.nanoTime();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selector).build(), summary, times);
        long end = System.nanoTime();
        double wall = (end - start) / 1e6;
        if (summary.getSummary().getTestsSucceededCount() != tests) {
            StringBuilder why = new StringBuilder();
            summary.getSummary().getFailures().forEach(failure -> why.append(failure.getException()).append("; "));
            throw new IllegalStateException("expected " + tests + " passing tests, got "
                    + summary.getSummary().getTestsSucceededCount() + ": " + why);
        }
        return new ClassRun(wall, times.cycles(end), summary.getSummary().getTotalFailureCount());
    }

    private static double percentile(List<Double> values, double percent) {
        long[] micros = values.stream().mapToLong(value -> Math.round(value * 1000)).toArray();
        return Samples.percentile(micros, percent) / 1000.0;
    }

    private static String join(List<Double> values) {
        return String.join(", ", values.stream().map(Figures::format).toList());
    }

    /** When each test started, in order. */
    private static final class TestTimes implements TestExecutionListener {
        private final List<Long> starts = new ArrayList<>();

        @Override
        public void executionStarted(TestIdentifier test) {
            if (test.isTest()) {
                synchronized (starts) {
                    starts.add(System.nanoTime());
                }
            }
        }

        /** Each test's time to the next one's start; the last one's to {@code end}. */
        List<Double> cycles(long end) {
            synchronized (starts) {
                List<Double> cycles = new ArrayList<>();
                for (int i = 0; i < starts.size(); i++) {
                    long next = i + 1 < starts.size() ? starts.get(i + 1) : end;
                    cycles.add((next - starts.get(i)) / 1e6);
                }
                return cycles;
            }
        }
    }
}
