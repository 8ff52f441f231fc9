package dev.zosmfsim.bench.pertest;

import dev.zosmfsim.bench.Figures;
import dev.zosmfsim.bench.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
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

    /** One class run: its wall time and each test's own time (start of its simulator to its close), in ms. */
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
        List<Double> testMedians = new ArrayList<>();
        long failures = first.failures();
        for (int i = 0; i < settings.warmRuns(); i++) {
            ClassRun warm = runClass(settings.tests());
            perTest.add(warm.wallMillis() / settings.tests());
            testMedians.add(Samples.median(warm.testMillis()));
            failures += warm.failures();
        }
        if (failures > 0) {
            throw new IllegalStateException(failures + " of the per-test benchmark's tests failed");
        }
        double warmPerTest = Samples.median(perTest);
        Figures figures = new Figures("Per-test simulators: a JUnit class of " + settings.tests() + " tests with"
                + " SimulatorLifecycle.PER_METHOD", "`java -jar bench/target/benchmarks.jar pertest`: the class"
                + " `bench/src/main/java/dev/zosmfsim/bench/pertest/TwoHundredTests.java` (`@ZosmfSimulatorTest(clock"
                + " = MANUAL, lifecycle = PER_METHOD)`, one `@RepeatedTest(200)` that checks its simulator's port and"
                + " empty journal) run through the JUnit Platform launcher in one JVM (plain `java`, its default"
                + " compilers and collector), " + (settings.warmRuns() + 1) + " times back to back. Each"
                + " test gets a simulator of its own: a new CA, server and client certificates, system and port; no"
                + " cache is shared between them. Per test = the class's wall time / " + settings.tests() + ".");
        figures.add("per test, later classes (median of " + settings.warmRuns() + ")", warmPerTest, "ms", null,
                "< 15 ms", warmPerTest < TARGET_MILLIS, "each class " + Figures.format(warmPerTest
                        * settings.tests()) + " ms; per-class: " + join(perTest));
        figures.add("per test, first class of a fresh JVM", first.wallMillis() / settings.tests(), "ms",
                "class loading and compiling included; the class took " + Figures.format(first.wallMillis()) + " ms");
        figures.add("one test's own time, median (later classes)", Samples.median(testMedians), "ms",
                "from the test's start event to its end event (its simulator started and closed within)");
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
        double wall = (System.nanoTime() - start) / 1e6;
        if (summary.getSummary().getTestsSucceededCount() != tests) {
            StringBuilder why = new StringBuilder();
            summary.getSummary().getFailures().forEach(failure -> why.append(failure.getException()).append("; "));
            throw new IllegalStateException("expected " + tests + " passing tests, got "
                    + summary.getSummary().getTestsSucceededCount() + ": " + why);
        }
        return new ClassRun(wall, times.millis(), summary.getSummary().getTotalFailureCount());
    }

    private static String join(List<Double> values) {
        return String.join(", ", values.stream().map(Figures::format).toList());
    }

    /** Each test's time from its start event to its end event. */
    private static final class TestTimes implements TestExecutionListener {
        private final Map<String, Long> started = new ConcurrentHashMap<>();
        private final List<Double> millis = new ArrayList<>();

        @Override
        public void executionStarted(TestIdentifier test) {
            if (test.isTest()) {
                started.put(test.getUniqueId(), System.nanoTime());
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            Long at = started.remove(test.getUniqueId());
            if (test.isTest() && at != null) {
                synchronized (millis) {
                    millis.add((System.nanoTime() - at) / 1e6);
                }
            }
        }

        List<Double> millis() {
            synchronized (millis) {
                return List.copyOf(millis);
            }
        }
    }
}
