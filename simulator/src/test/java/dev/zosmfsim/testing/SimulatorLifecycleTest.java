package dev.zosmfsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zosmfsim.ZosmfSimulator;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** One simulator per class or per test, as asked, and each stopped (its PEM folder deleted) when its scope ends. */
class SimulatorLifecycleTest {

    @Test
    void perClassTestsShareOneSimulator() {
        EngineExecutionResults results = TestKit.run(SharedPerClass.class);

        assertEquals(2, results.testEvents().succeeded().count(), TestKit.failures(results));
        assertEquals(1, Set.copyOf(TestKit.reported(results, "port")).size());
        assertStopped(results);
    }

    @Test
    void perMethodTestsEachGetAFreshSimulator() {
        EngineExecutionResults results = TestKit.run(FreshPerMethod.class);

        assertEquals(2, results.testEvents().succeeded().count(), TestKit.failures(results));
        assertEquals(2, Set.copyOf(TestKit.reported(results, "port")).size());
        assertEquals(List.of("1", "1"), TestKit.reported(results, "journal"), "no requests left by the other test");
        assertStopped(results);
    }

    private static void assertStopped(EngineExecutionResults results) {
        for (String port : TestKit.reported(results, "port")) {
            assertThrows(IOException.class, () -> new Socket("127.0.0.1", Integer.parseInt(port)).close(),
                    "the simulator on port " + port + " still listens");
        }
        for (String folder : TestKit.reported(results, "pem folder")) {
            assertFalse(Files.exists(Path.of(folder)), folder + " was not deleted");
        }
    }

    @TestKitOnly
    @ZosmfSimulatorTest
    static class SharedPerClass {
        @RepeatedTest(2)
        void reports(ZosmfSimulator simulator, @LoggedOn(user = "COLIN") PemFiles colin, TestReporter reporter) {
            reporter.publishEntry("port", Integer.toString(simulator.port()));
            reporter.publishEntry("pem folder", colin.ca().getParent().toString());
        }
    }

    @TestKitOnly
    @ZosmfSimulatorTest(lifecycle = SimulatorLifecycle.PER_METHOD)
    static class FreshPerMethod {
        @RepeatedTest(2)
        void reports(ZosmfSimulator simulator, @LoggedOn(user = "COLIN") PemFiles colin,
                @LoggedOn(user = "COLIN") java.net.http.HttpClient client, TestReporter reporter) throws Exception {
            Requests.info(client, simulator.baseUri());
            reporter.publishEntry("journal", Integer.toString(simulator.journal().entries().size()));
            reporter.publishEntry("port", Integer.toString(simulator.port()));
            reporter.publishEntry("pem folder", colin.ca().getParent().toString());
        }
    }
}
