package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.faults.FaultEffect;
import dev.zosmfsim.faults.FaultMatch;
import dev.zosmfsim.faults.FaultRule;
import dev.zosmfsim.faults.FaultTrigger;
import dev.zosmfsim.journal.RequestJournal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Zowe CLI's TSO commands: the one-shot v1 service, the address-space commands, and the legacy fallback. */
class ZoweCliTsoTest {

    private static ZosmfSimulator simulator;
    private static ZoweCli zowe;
    private static List<String> ibmuser;

    @BeforeAll
    static void start(@TempDir Path folder) throws Exception {
        simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start();
        zowe = ZoweCli.in(simulator, folder);
        ibmuser = zowe.password("IBMUSER", "SYS1");
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void issueCommandUsesTheOneShotService() throws Exception {
        long before = simulator.journal().lastSequence();
        JsonNode response = zowe.json(ibmuser, "zos-tso", "issue", "command", "TIME", "--account", "ACCT#");
        assertTrue(response.get("success").asBoolean(), response.toString());
        assertTrue(response.at("/data/commandResponse").asText().startsWith("IKJ56650I TIME-"), response.toString());
        assertEquals(List.of("GET /zosmf/info", "PUT /zosmf/tsoApp/v1/tso"), requestsSince(before));
        assertEquals(0, simulator.admin().sessions().size(), "a stateless command ends its address space");
    }

    @Test
    void startSendPingAndStopAnAddressSpace() throws Exception {
        JsonNode started = zowe.json(ibmuser, "zos-tso", "start", "address-space", "--account", "ACCT#");
        String key = started.at("/data/servletKey").asText();
        assertTrue(key.matches("IBMUSER-\\d+-[a-z]{8}"), started.toString());
        assertTrue(started.at("/data/messages").asText().contains("IKJ56455I IBMUSER LOGON IN PROGRESS"),
                started.toString());
        assertEquals(1, simulator.admin().sessions().size());

        JsonNode sent = zowe.json(ibmuser, "zos-tso", "send", "address-space", key, "--data", "LISTUSER COLIN");
        assertTrue(sent.at("/data/commandResponse").asText().contains("USER=COLIN"), sent.toString());
        assertTrue(zowe.json(ibmuser, "zos-tso", "ping", "address-space", key).get("success").asBoolean());
        assertTrue(zowe.json(ibmuser, "zos-tso", "stop", "address-space", key).get("success").asBoolean());
        assertEquals(0, simulator.admin().sessions().size());

        JsonNode gone = zowe.json(ibmuser, "zos-tso", "ping", "address-space", key);
        assertFalse(gone.get("success").asBoolean());
        assertTrue(gone.toString().contains("IZUG1126E"), gone.toString());
    }

    @Test
    void aLogonProcedureThatDoesNotExistFailsWithTheSdksOwnMessage() throws Exception {
        // on z/OSMF 27 and later the CLI sends the command to the one-shot v1 service, which takes no procedure: it
        // warns that the procedure is not used, and the command runs
        Processes.Result oneShot = zowe.run(ibmuser, "zos-tso", "issue", "command", "TIME", "--account", "ACCT#",
                "--logon-procedure", "NOSUCH");
        assertEquals(0, oneShot.exitCode(), oneShot.describe());
        assertTrue(oneShot.stderr().contains("The logon procedure specified is not used"), oneShot.describe());
        assertTrue(oneShot.stdout().contains("IKJ56650I TIME-"), oneShot.describe());

        // with the startup messages (--ssm false) the CLI logs on with the procedure and reads the logon to its end
        Processes.Result issued = zowe.run(ibmuser, "zos-tso", "issue", "command", "TIME", "--account", "ACCT#",
                "--logon-procedure", "NOSUCH", "--ssm", "false");
        assertEquals(1, issued.exitCode(), issued.describe());
        // IssueTso.ts raises "Invalid logon procedure." once the start's messages hold IKJ56482I
        assertTrue(issued.stderr().contains("Invalid logon procedure"), issued.describe());
        assertTrue(issued.stderr().contains("IKJ56482I THE PROCEDURE NAME NOSUCH HAS NOT BEEN DEFINED FOR USE"),
                issued.describe());
        assertFalse(issued.stderr().contains("IZUG1126E"), issued.describe());

        Processes.Result started = zowe.run(ibmuser, "zos-tso", "start", "address-space", "--account", "ACCT#",
                "--logon-procedure", "NOSUCH");
        assertFalse(started.stdout().contains("IZUG1126E") || started.stderr().contains("IZUG1126E"),
                started.describe());
        assertTrue((started.stdout() + started.stderr()).contains("IKJ56482I"), started.describe());
        assertEquals(0, simulator.admin().sessions().size(), "a failed logon starts no address space");
    }

    @Test
    void withoutTheV1ServiceTheCliFallsBackToTheAddressSpaceFlow() throws Exception {
        String rule = simulator.admin().addFault(new FaultRule("no v1", new FaultMatch(null,
                Pattern.compile("/zosmf/tsoApp/v1/tso"), null, null, null, null), new FaultTrigger.Always(),
                new FaultEffect.Error(404, Map.of("returnCode", 8, "reasonCode", 4,
                        "message", "IZUG803E No z/OSMF service answers PUT /zosmf/tsoApp/v1/tso."))));
        try {
            long before = simulator.journal().lastSequence();
            JsonNode response = zowe.json(ibmuser, "zos-tso", "issue", "command", "TIME", "--account", "ACCT#");
            assertTrue(response.get("success").asBoolean(), response.toString());
            assertTrue(response.at("/data/commandResponse").asText().contains("IKJ56650I TIME-"), response.toString());
            List<String> requests = requestsSince(before);
            assertEquals("PUT /zosmf/tsoApp/v1/tso", requests.get(1));
            assertTrue(requests.contains("POST /zosmf/tsoApp/tso"), requests.toString());
            assertTrue(requests.stream().anyMatch(line -> line.startsWith("DELETE /zosmf/tsoApp/tso/IBMUSER-")),
                    requests.toString());
        } finally {
            simulator.admin().removeFault(rule);
        }
    }

    private static List<String> requestsSince(long sequence) {
        return simulator.journal().since(sequence).stream().map(ZoweCliTsoTest::describe).toList();
    }

    private static String describe(RequestJournal.Entry entry) {
        return entry.method() + " " + entry.path();
    }
}
