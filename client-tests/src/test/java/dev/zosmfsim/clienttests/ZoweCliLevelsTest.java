package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.journal.RequestJournal;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Zowe CLI against z/OSMF releases and maintenance levels: what it switches on (zosmf_version, a 404 from
 * the one-shot TSO/E service) follows from the scenario's {@code system.zosmfVersion} and {@code zosmf.apars}.
 */
class ZoweCliLevelsTest {

    @TempDir
    Path folder;

    @Test
    void onAV2R4WithoutPh35244TheCliTriesTheOneShotServiceAndFallsBackToAnAddressSpace() throws Exception {
        try (ZosmfSimulator simulator = start("system:\n  zosmfVersion: \"2.4\"\nzosmf:\n  apars: [PH12143]\n")) {
            ZoweCli zowe = zowe(simulator);
            long before = simulator.journal().lastSequence();
            JsonNode response = zowe.json(zowe.password("IBMUSER", "SYS1"), "zos-tso", "issue", "command", "TIME",
                    "--account", "ACCT#");
            assertTrue(response.get("success").asBoolean(), response.toString());
            assertTrue(response.at("/data/commandResponse").asText().contains("IKJ56650I TIME-"), response.toString());
            List<String> requests = requestsSince(simulator, before);
            // zosmf_version 27 is at least V2R4, so the CLI tries v1 first; z/OSMF without the APAR answers 404
            assertEquals(List.of("GET /zosmf/info 200", "PUT /zosmf/tsoApp/v1/tso 404"), requests.subList(0, 2));
            assertEquals("POST /zosmf/tsoApp/tso 200", requests.get(2), requests.toString());
            assertTrue(requests.stream().anyMatch(line -> line.matches("PUT /zosmf/tsoApp/tso/IBMUSER-\\S+ 200")),
                    requests.toString());
            assertTrue(requests.get(requests.size() - 1).matches("DELETE /zosmf/tsoApp/tso/IBMUSER-\\S+ 200"),
                    requests.toString());
            assertEquals(0, simulator.admin().sessions().size(), "the CLI stopped the address space it started");
        }
    }

    @Test
    void onAV2R3TheCliGoesStraightToTheAddressSpaceFlow() throws Exception {
        try (ZosmfSimulator simulator = start("system:\n  zosmfVersion: \"2.3\"\n")) {
            ZoweCli zowe = zowe(simulator);
            long before = simulator.journal().lastSequence();
            JsonNode response = zowe.json(zowe.password("IBMUSER", "SYS1"), "zos-tso", "issue", "command", "TIME",
                    "--account", "ACCT#");
            assertTrue(response.get("success").asBoolean(), response.toString());
            List<String> requests = requestsSince(simulator, before);
            assertEquals(List.of("GET /zosmf/info 200", "POST /zosmf/tsoApp/tso 200"), requests.subList(0, 2));
            assertFalse(requests.stream().anyMatch(line -> line.contains("/v1/")), requests.toString());
        }
    }

    @Test
    void checkStatusShowsTheNumbersOfZos31() throws Exception {
        try (ZosmfSimulator simulator = start("system:\n  zosmfVersion: \"3.1\"\n")) {
            ZoweCli zowe = zowe(simulator);
            JsonNode status = zowe.json(zowe.password("IBMUSER", "SYS1"), "zosmf", "check", "status");
            assertTrue(status.get("success").asBoolean(), status.toString());
            assertEquals("05.29.00", status.at("/data/zos_version").asText(), status.toString());
            assertEquals("29.0", status.at("/data/zosmf_full_version").asText());
            assertEquals("HSMA310", status.at("/data/plugins/0/pluginVersion").asText());
            // and the one-shot TSO/E service, in V3R1's base
            long before = simulator.journal().lastSequence();
            JsonNode issued = zowe.json(zowe.password("IBMUSER", "SYS1"), "zos-tso", "issue", "command", "TIME",
                    "--account", "ACCT#");
            assertTrue(issued.get("success").asBoolean(), issued.toString());
            assertEquals(List.of("GET /zosmf/info 200", "PUT /zosmf/tsoApp/v1/tso 200"),
                    requestsSince(simulator, before));
        }
    }

    private static ZosmfSimulator start(String yaml) {
        return ZosmfSimulator.builder().scenario(new ScenarioLoader().parse("extends: default\n" + yaml,
                "levels.yaml")).clock(SimClock.manual()).start();
    }

    private ZoweCli zowe(ZosmfSimulator simulator) throws Exception {
        Path own = Files.createTempDirectory(folder, "zowe");
        return new ZoweCli(simulator, new CredentialFolder(simulator, own),
                Files.createDirectories(own.resolve("home")));
    }

    private static List<String> requestsSince(ZosmfSimulator simulator, long sequence) {
        return simulator.journal().since(sequence).stream().map(ZoweCliLevelsTest::describe).toList();
    }

    private static String describe(RequestJournal.Entry entry) {
        return entry.method() + " " + entry.path() + " " + entry.status();
    }
}
