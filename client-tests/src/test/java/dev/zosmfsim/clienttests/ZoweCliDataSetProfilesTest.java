package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's RACF data set profile, through the real Zowe CLI: it refuses COLIN's {@code zos-files view} with
 * z/OSMF's answer, and SETROPTS NOGENERIC(DATASET) takes the generic profile out of the check.
 */
class ZoweCliDataSetProfilesTest {

    private static final String SCENARIO = """
            extends: default
            datasets:
              PAYROLL.MASTER: {text: "JUNE PAYROLL\\n"}
            datasetProfiles:
              PAYROLL.**: {uacc: NONE, owner: IBMUSER}
            """;

    private static ZosmfSimulator simulator;
    private static ZoweCli zowe;
    private static List<String> colin;
    private static List<String> ibmuser;

    @BeforeAll
    static void start(@TempDir Path folder) throws Exception {
        simulator = ZosmfSimulator.builder().scenario(new ScenarioLoader().parse(SCENARIO, "profiles.yaml"))
                .clock(SimClock.manual()).start();
        zowe = new ZoweCli(simulator, new CredentialFolder(simulator, folder),
                Files.createDirectories(folder.resolve("zowe-home")));
        colin = zowe.password("COLIN", "PASSWORD");
        ibmuser = zowe.password("IBMUSER", "SYS1");
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void theScenariosProfileRefusesColinsViewUntilNogenericTakesItOutOfTheCheck() throws Exception {
        JsonNode refused = zowe.json(colin, "zos-files", "view", "data-set", "PAYROLL.MASTER");
        assertFalse(refused.get("success").asBoolean(), refused.toString());
        assertEquals(500, refused.at("/error/errorCode").asInt(), refused.toString());
        JsonNode body = Json.parse(refused.at("/error/causeErrors").asText());
        assertTrue(ErrorShape.REPORT.matches(body), body.toString());
        assertEquals(4, body.get("category").asInt(), body.toString());
        assertEquals(8, body.get("rc").asInt(), body.toString());
        assertTrue(body.at("/details/0").asText().contains("ICH408I USER(COLIN)"), body.toString());
        assertTrue(body.at("/details/0").asText().contains("FROM PAYROLL.** (G)"), body.toString());

        JsonNode nogeneric = zowe.json(ibmuser, "zos-tso", "issue", "command", "SETROPTS NOGENERIC(DATASET)",
                "--account", "ACCT#");
        assertTrue(nogeneric.toString().contains("ICH14063I"), nogeneric.toString());
        Processes.Result view = zowe.run(colin, "zos-files", "view", "data-set", "PAYROLL.MASTER");
        assertEquals(0, view.exitCode(), view.describe());
        assertEquals("JUNE PAYROLL", view.stdout().trim());
    }
}
