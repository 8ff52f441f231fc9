package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.faults.FaultEffect;
import dev.zosmfsim.faults.FaultMatch;
import dev.zosmfsim.faults.FaultRule;
import dev.zosmfsim.faults.FaultTrigger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each fault effect as curl meets it: its exit code and what it printed, as a shell script would see them. */
class CurlFaultsTest {

    /** curl's exit codes: 18 partial file, 28 operation timed out, 52 empty reply from server. */
    private static final int PARTIAL = 18;
    private static final int TIMED_OUT = 28;
    private static final int EMPTY_REPLY = 52;

    private static ZosmfSimulator simulator;
    private static CredentialFolder files;

    @BeforeAll
    static void start(@TempDir Path folder) throws Exception {
        assumeTrue(Processes.onPath("curl"), "curl is not installed on this machine");
        simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start();
        files = new CredentialFolder(simulator, folder);
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @AfterEach
    void removeRules() {
        if (simulator != null) {
            simulator.admin().clearFaults();
        }
    }

    @Test
    void anUnavailableRuleGivesA503() throws Exception {
        install(new FaultEffect.Unavailable());
        Processes.Result result = curl("--max-time", "10");
        assertEquals(0, result.exitCode(), result.describe());
        assertTrue(result.stdout().endsWith("\n503"), result.describe());
    }

    @Test
    void anErrorRuleGivesItsStatusAndBody() throws Exception {
        install(new FaultEffect.Error(500, Map.of("returnCode", 16, "reasonCode", 99, "message", "IZUG999S broken")));
        Processes.Result result = curl("--max-time", "10");
        assertTrue(result.stdout().startsWith("{\"") && result.stdout().endsWith("\n500"), result.describe());
        assertTrue(result.stdout().contains("IZUG999S broken"), result.describe());
    }

    @Test
    void aDroppedConnectionIsAnEmptyReply() throws Exception {
        install(new FaultEffect.Drop());
        assertEquals(EMPTY_REPLY, curl("--max-time", "10").exitCode());
    }

    @Test
    void aTruncatedBodyIsAPartialFile() throws Exception {
        install(new FaultEffect.Truncate(12));
        Processes.Result result = curl("--max-time", "10");
        assertEquals(PARTIAL, result.exitCode(), result.describe());
        assertTrue(result.stdout().startsWith("{\"zos_versio"), result.describe());
    }

    @Test
    void aDelayOnTheStoppedClockRunsIntoCurlsMaxTime() throws Exception {
        install(new FaultEffect.Delay(Duration.ofMinutes(5)));
        assertEquals(TIMED_OUT, curl("--max-time", "1").exitCode());
    }

    @Test
    void aTrickleOnTheStoppedClockSendsTheFirstPieceOnly() throws Exception {
        install(new FaultEffect.Trickle(20, Duration.ofSeconds(1)));
        Processes.Result result = curl("--max-time", "2");
        assertEquals(TIMED_OUT, result.exitCode(), result.describe());
        assertEquals("{\"zos_version\":\"04.2", result.stdout().substring(0, 20), result.describe());
    }

    @Test
    void aStalledHandshakeRunsIntoCurlsConnectTimeout() throws Exception {
        simulator.admin().addFault(new FaultRule("stall", FaultMatch.any(), new FaultTrigger.First(1),
                new FaultEffect.StallHandshake()));
        Processes.Result stalled = curl("--connect-timeout", "1");
        assertEquals(TIMED_OUT, stalled.exitCode(), stalled.describe());
        assertEquals(0, curl("--max-time", "10").exitCode(), "the next connection is served");
    }

    private static void install(FaultEffect effect) {
        simulator.admin().addFault(new FaultRule("curl", FaultMatch.any(), new FaultTrigger.Always(), effect));
    }

    /** GET /zosmf/info with the body, then the status on a line of its own. */
    private static Processes.Result curl(String... limits) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--cacert", files.ca.toString(), "-w",
                "\\n%{http_code}"));
        command.addAll(List.of(limits));
        command.add(simulator.baseUri() + "/zosmf/info");
        return Processes.run(command, Map.of(), null, Duration.ofSeconds(30));
    }
}
