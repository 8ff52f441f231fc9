package dev.zosmfsim.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs {@link TestKitOnly} fixture classes with the Jupiter engine inside a test and reads what they left. */
final class TestKit {

    private TestKit() {
    }

    /** Runs {@code classes} one after the other. */
    static EngineExecutionResults run(Class<?>... classes) {
        return builder(classes).execute();
    }

    /** Runs {@code classes} at the same time, each class on a thread of its own. */
    static EngineExecutionResults runConcurrently(Class<?>... classes) {
        return builder(classes)
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism",
                        Integer.toString(Math.max(2, classes.length)))
                .configurationParameter(Rendezvous.PARTIES, Integer.toString(classes.length))
                .execute();
    }

    private static EngineTestKit.Builder builder(Class<?>... classes) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(TestKitOnly.PARAMETER, "true")
                .selectors(Arrays.stream(classes).map(type -> selectClass(type)).toArray(
                        org.junit.platform.engine.DiscoverySelector[]::new));
    }

    /** The values the fixtures published under {@code key} (with {@code TestReporter}), in the order published. */
    static List<String> reported(EngineExecutionResults results, String key) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get(key))
                .filter(value -> value != null)
                .collect(Collectors.toList());
    }

    /** Every failure of the run, with its stack trace, for assertion messages. */
    static String failures(EngineExecutionResults results) {
        return results.allEvents().finished().stream()
                .filter(event -> event.getRequiredPayload(TestExecutionResult.class).getStatus()
                        != TestExecutionResult.Status.SUCCESSFUL)
                .map(TestKit::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Event event) {
        StringWriter text = new StringWriter();
        text.append(event.getTestDescriptor().getDisplayName()).append(": ");
        event.getRequiredPayload(TestExecutionResult.class).getThrowable()
                .ifPresent(error -> error.printStackTrace(new PrintWriter(text)));
        return text.toString();
    }
}
