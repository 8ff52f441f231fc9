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
import java.nio.file.Files;
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
        CredentialFolder files = new CredentialFolder(simulator, folder);
        zowe = new ZoweCli(simulator, files, Files.createDirectories(folder.resolve("zowe-home")));
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
