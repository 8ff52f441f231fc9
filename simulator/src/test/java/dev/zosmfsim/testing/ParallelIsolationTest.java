package dev.zosmfsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.journal.RequestJournal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Two test classes run at the same time, each changes its simulator while the other's is up, and each sees only its
 * own changes. The classes meet at a barrier twice, so the run fails unless they really overlap.
 */
class ParallelIsolationTest {

    @Test
    void classesRunningInParallelEachHaveTheirOwnSimulator() {
        EngineExecutionResults results = TestKit.runConcurrently(ColinRevokesIbmuser.class, IbmuserRevokesColin.class);

        assertEquals(2, results.testEvents().succeeded().count(), TestKit.failures(results));
        List<String> ports = TestKit.reported(results, "port");
        List<String> caKeys = TestKit.reported(results, "ca");
        assertEquals(2, Set.copyOf(ports).size(), "ports " + ports);
        assertEquals(2, Set.copyOf(caKeys).size(), "each simulator has its own CA");
    }

    @TestKitOnly
    @ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL)
    @ExtendWith(Rendezvous.class)
    static class ColinRevokesIbmuser {
        @Test
        void changesOnlyItsOwnSystem(ZosmfSimulator simulator, @LoggedOn(user = "COLIN") HttpClient colin,
                CyclicBarrier barrier, TestReporter reporter) throws Exception {
            Instant start = simulator.clock().now();
            meet(barrier); // both simulators are up
            simulator.system().racf().setRevoked("IBMUSER", true);
            simulator.clock().advance(Duration.ofHours(1));
            assertEquals(200, Requests.displayTime(colin, simulator.baseUri()));
            meet(barrier); // both have changed their systems

            assertTrue(simulator.system().racf().user("IBMUSER").orElseThrow().revoked());
            assertFalse(simulator.system().racf().user("COLIN").orElseThrow().revoked());
            assertEquals(start.plus(Duration.ofHours(1)), simulator.clock().now());
            assertEquals(Set.of("COLIN"), users(simulator.journal().entries()));
            report(reporter, simulator);
        }
    }

    @TestKitOnly
    @ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL)
    @ExtendWith(Rendezvous.class)
    static class IbmuserRevokesColin {
        @Test
        void changesOnlyItsOwnSystem(ZosmfSimulator simulator,
                @LoggedOn(user = "IBMUSER", by = Logon.PASSWORD) HttpClient ibmuser, CyclicBarrier barrier,
                TestReporter reporter) throws Exception {
            Instant start = simulator.clock().now();
            meet(barrier);
            simulator.system().racf().setRevoked("COLIN", true);
            assertEquals(200, Requests.displayTime(ibmuser, simulator.baseUri()));
            meet(barrier);

            assertTrue(simulator.system().racf().user("COLIN").orElseThrow().revoked());
            assertFalse(simulator.system().racf().user("IBMUSER").orElseThrow().revoked());
            assertEquals(start, simulator.clock().now(), "the other class advanced its own clock only");
            assertEquals(Set.of("IBMUSER"), users(simulator.journal().entries()));
            report(reporter, simulator);
        }
    }

    private static void meet(CyclicBarrier barrier) throws Exception {
        barrier.await(30, TimeUnit.SECONDS);
    }

    private static Set<String> users(List<RequestJournal.Entry> entries) {
        return entries.stream().map(RequestJournal.Entry::userid).collect(Collectors.toSet());
    }

    private static void report(TestReporter reporter, ZosmfSimulator simulator) {
        URI baseUri = simulator.baseUri();
        reporter.publishEntry("port", Integer.toString(baseUri.getPort()));
        assertNotEquals(0, baseUri.getPort());
        reporter.publishEntry("ca", Base64.getEncoder().encodeToString(
                simulator.caCertificate().getPublicKey().getEncoded()));
    }
}
