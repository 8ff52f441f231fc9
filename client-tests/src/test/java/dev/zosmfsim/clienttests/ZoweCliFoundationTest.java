package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Zowe CLI logs on both ways: user and password, and client certificate. */
class ZoweCliFoundationTest {

    private static ZosmfSimulator simulator;
    private static ZoweCli zowe;
    private static Path[] colin;

    @BeforeAll
    static void start(@TempDir Path folder) throws Exception {
        simulator = ZosmfSimulator.builder().scenario("default").start();
        CredentialFolder files = new CredentialFolder(simulator, folder);
        colin = files.write("colin", simulator.userCertificate("COLIN").orElseThrow());
        Path home = Files.createDirectories(folder.resolve("zowe-home"));
        zowe = new ZoweCli(simulator, files, home);
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void checkStatusWithAPassword() throws Exception {
        JsonNode response = zowe.json(zowe.password("IBMUSER", "SYS1"), "zosmf", "check", "status");
        assertTrue(response.get("success").asBoolean(), response.toString());
        assertEquals("s0w1.zosmf-sim.test", response.at("/data/zosmf_hostname").asText(), response.toString());
        assertEquals(String.valueOf(simulator.port()), response.at("/data/zosmf_port").asText());
    }

    @Test
    void checkStatusWithACertificate() throws Exception {
        JsonNode response = zowe.json(zowe.certificate(colin), "zosmf", "check", "status");
        assertTrue(response.get("success").asBoolean(), response.toString());
        assertEquals("04.27.00", response.at("/data/zos_version").asText());
    }

    @Test
    void listSystemsShowsTheOneSimulatedSystem() throws Exception {
        JsonNode response = zowe.json(zowe.certificate(colin), "zosmf", "list", "systems");
        assertTrue(response.get("success").asBoolean(), response.toString());
        assertEquals(1, response.at("/data/numRows").asInt(), response.toString());
        assertEquals("S0W1", response.at("/data/items/0/systemName").asText(), response.toString());
        assertEquals("ADCDPL", response.at("/data/items/0/sysplexName").asText(), response.toString());
        assertEquals("https://127.0.0.1:" + simulator.port(), response.at("/data/items/0/url").asText());
        assertTrue(response.get("stdout").asText().contains("S0W1"), "the table the user sees: " + response);
    }

    @Test
    void issueDisplayTimeWithAPassword() throws Exception {
        JsonNode response = zowe.json(zowe.password("IBMUSER", "SYS1"), "zos-console", "issue", "command", "D T");
        assertTrue(response.get("success").asBoolean(), response.toString());
        assertTrue(response.at("/data/commandResponse").asText().contains("IEE136I LOCAL: TIME="), response.toString());
        assertEquals("IBMUSER", lastUser());
    }

    @Test
    void issueDisplayTimeWithACertificate() throws Exception {
        JsonNode response = zowe.json(zowe.certificate(colin), "zos-console", "issue", "command", "D T");
        assertTrue(response.get("success").asBoolean(), response.toString());
        assertTrue(response.at("/data/commandResponse").asText().contains("IEE136I"), response.toString());
        assertEquals("COLIN", lastUser());
    }

    @Test
    void aWrongPasswordFailsWithTheSimulatorsReason() throws Exception {
        JsonNode response = zowe.json(zowe.password("IBMUSER", "WRONG"), "zos-console", "issue", "command", "D T");
        assertFalse(response.get("success").asBoolean(), response.toString());
        assertTrue(response.toString().contains("IZUG410E the password given for user IBMUSER is not correct"),
                response.toString());
    }

    private static String lastUser() {
        var entries = simulator.journal().entries();
        return entries.get(entries.size() - 1).userid();
    }
}
