package dev.zosmfsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.console.ConsoleService;
import dev.zosmfsim.console.IssueRequest;
import dev.zosmfsim.system.SimulatedSystem;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Messages that arrive over time on the simulator clock, and the collection window, without waiting in real time. */
class ConsoleTimingTest {

    private static final String SCENARIO = "users:\n  IBMUSER:\n    password: SYS1\n    special: true\n    operparm:\n      auth: [MASTER]\n"
            + "console:\n  responses:\n"
            + "    - command: \"D J,L\"\n      lines: [\" IEE115I 15.34.43 ACTIVITY\"]\n"
            + "    - command: \"\\\\$D JOBQ\"\n      messages:\n"
            + "        - after: 5s\n          lines: [\" $HASP646 41.5 PERCENT SPOOL UTILIZATION\"]\n"
            + "        - after: 8s\n          lines: [\" $HASP608 JOBQ DONE\"]\n";

    private final SimulatedSystem system = TestSystems.fromYaml(SCENARIO);

    @Test
    void aCannedResponseAnswersAtOnce() {
        assertEquals(List.of(" IEE115I 15.34.43 ACTIVITY"), TestSystems.issue(system, "IBMUSER", "IBMUSECN", "d j,l"));
    }

    @Test
    void aSlowResponseGivesAnEmptySyncAnswerAfterTheWindowAndTheRestLater() throws Exception {
        CompletableFuture<ConsoleService.Issued> issuing = CompletableFuture.supplyAsync(() ->
                TestSystems.issue(system, "IBMUSER", "IBMUSECN", IssueRequest.of("$D JOBQ")));
        assertTrue(system.clock().awaitWaiters(1, Duration.ofSeconds(10)), "the issue waits on the clock");
        system.clock().advance(Duration.ofSeconds(3));
        ConsoleService.Issued issued = issuing.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), issued.lines(), "nothing came within the collection window");

        assertEquals(List.of(), collect(issued), "still nothing at 3 s");
        system.clock().advance(Duration.ofSeconds(2));
        assertEquals(List.of(" $HASP646 41.5 PERCENT SPOOL UTILIZATION"), collect(issued));
        assertEquals(List.of(), collect(issued), "collected once only");
        system.clock().advance(Duration.ofSeconds(3));
        assertEquals(List.of(" $HASP608 JOBQ DONE"), collect(issued));
    }

    @Test
    void anAsyncIssueReturnsTheKeyAtOnce() {
        IssueRequest async = IssueRequest.of("$D JOBQ").withAsync(true);
        ConsoleService.Issued issued = TestSystems.issue(system, "IBMUSER", "IBMUSECN", async);
        assertTrue(issued.responseKey().startsWith("C"));
        system.clock().advance(Duration.ofSeconds(8));
        assertEquals(2, collect(issued).size());
    }

    @Test
    void aSolKeyIsWaitedForWithinTheWindow() throws Exception {
        IssueRequest waitForKey = IssueRequest.of("$D JOBQ").withSolKey(new IssueRequest.Keyword("$HASP608", false));
        CompletableFuture<ConsoleService.Issued> issuing = CompletableFuture.supplyAsync(() ->
                TestSystems.issue(system, "IBMUSER", "IBMUSECN", waitForKey));
        assertTrue(system.clock().awaitWaiters(1, Duration.ofSeconds(10)));
        system.clock().advance(Duration.ofSeconds(3));
        ConsoleService.Issued issued = issuing.get(10, TimeUnit.SECONDS);
        assertFalse(issued.solKeyDetected().orElseThrow(), "the key comes at 8 s, after the window");
        system.clock().advance(Duration.ofSeconds(5));
        ConsoleService.Collected later = system.consoles().collect("IBMUSER", "IBMUSECN", issued.responseKey());
        assertTrue(later.solKeyDetected().orElseThrow());
        assertEquals(2, later.lines().size());
    }

    private List<String> collect(ConsoleService.Issued issued) {
        return system.consoles().collect("IBMUSER", "IBMUSECN", issued.responseKey()).lines();
    }
}
