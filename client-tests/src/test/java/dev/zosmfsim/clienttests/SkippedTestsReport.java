package dev.zosmfsim.clienttests;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped test or test class with its reason into the build's output; Maven's summary only counts them.
 * The container tests, for one, skip on machines without a Docker engine, and the output should say so.
 * Registered through {@code META-INF/services}, so the JUnit launcher picks it up for every run.
 */
public final class SkippedTestsReport implements TestExecutionListener {

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        System.out.println("[SKIPPED] " + test.getLegacyReportingName() + ": " + reason);
    }
}
