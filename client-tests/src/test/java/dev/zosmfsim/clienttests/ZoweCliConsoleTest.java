package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Zowe CLI's console commands and options against the console service, on the simulator's manual clock. */
class ZoweCliConsoleTest {

    /** The default system plus a command whose answer comes after z/OSMF's 3 s collection window. */
    private static final String SLOW = "extends: default\nconsole:\n  responses:\n    - command: \"D J,SLOW\"\n"
            + "      messages:\n        - after: 5s\n          lines: [\" IEE115I 15.34.48 ACTIVITY SLOW\"]\n";

    private static ZosmfSimulator simulator;
    private static ZoweCli zowe;
    private static List<String> colin;

    @BeforeAll
    static void start(@TempDir Path folder) throws Exception {
        simulator = ZosmfSimulator.builder().scenario(new ScenarioLoader().parse(SLOW, "slow.yaml"))
                .clock(SimClock.manual()).start();
        CredentialFolder files = new CredentialFolder(simulator, folder);
        Path home = Files.createDirectories(folder.resolve("zowe-home"));
        zowe = new ZoweCli(simulator, files, home);
        colin = zowe.certificate(files.write("colin", simulator.userCertificate("COLIN").orElseThrow()));
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void aNamedConsoleWithASolicitedKeywordAndDetails() throws Exception {
        JsonNode response = zowe.json(colin, "zos-console", "issue", "command", "D T", "--cn", "COLIN99", "--sk",
                "IEE136I", "--include-details");
        assertTrue(response.get("success").asBoolean(), response.toString());
        JsonNode data = response.get("data");
        assertTrue(data.get("commandResponse").asText().contains("IEE136I LOCAL: TIME="), data.toString());
        assertTrue(data.get("keywordDetected").asBoolean(), data.toString());
        assertTrue(data.get("cmdResponseUrl").asText().endsWith("/zosmf/restconsoles/consoles/COLIN99/solmsgs/"
                + data.get("lastResponseKey").asText()), data.toString());
        // what --include-details adds to the output, after the command response
        String key = data.get("lastResponseKey").asText();
        String shown = response.get("stdout").asText();
        assertTrue(shown.startsWith(" IEE136I LOCAL: TIME="), shown);
        assertTrue(shown.contains("\nAdditional details:\n-------------------\nresponseKey:     " + key
                + "\ncmdResponseUrl:  https://127.0.0.1:" + simulator.port() + "/zosmf/restconsoles/consoles/COLIN99"
                + "/solmsgs/" + key + "\nkeywordDetected: true\n"), shown);
    }

    @Test
    void keyOnlyPrintsTheEightCharacterKey() throws Exception {
        Processes.Result printed = zowe.run(colin, "zos-console", "issue", "command", "D T", "--key-only");
        assertEquals(0, printed.exitCode(), printed.describe());
        // z/OSMF's keys are C and seven digits (C1046283 in Zowe's captured responses)
        assertTrue(printed.stdout().strip().matches("C\\d{7}"), printed.describe());
        assertEquals(8, printed.stdout().strip().length(), printed.describe());
    }

    @Test
    void keyOnlyThenCollectSyncResponses() throws Exception {
        JsonNode issued = zowe.json(colin, "zos-console", "issue", "command", "D IPLINFO", "--cn", "COLIN99",
                "--key-only");
        String key = issued.at("/data/lastResponseKey").asText();
        assertTrue(key.matches("C\\d+"), issued.toString());
        assertEquals("", issued.at("/data/commandResponse").asText(), "--key-only asks asynchronously");
        JsonNode collected = zowe.json(colin, "zos-console", "collect", "sync-responses", key, "--cn", "COLIN99");
        assertTrue(collected.at("/data/commandResponse").asText().contains("IEE254I"), collected.toString());
    }

    @Test
    void returnFirstAnswersWithTheFirstResponse() throws Exception {
        JsonNode response = zowe.json(colin, "zos-console", "issue", "command", "D A,L", "--return-first");
        assertTrue(response.at("/data/commandResponse").asText().contains("IEE114I"), response.toString());
    }

    @Test
    void aSlowCommandAnswersEmptyAfterTheWindowAndTheRestIsCollectedLater() throws Exception {
        CompletableFuture<JsonNode> issuing = CompletableFuture.supplyAsync(() -> {
            try {
                return zowe.json(colin, "zos-console", "issue", "command", "D J,SLOW", "--cn", "COLIN98");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(simulator.clock().awaitWaiters(1, Duration.ofSeconds(30)), "the issue waits in its window");
        simulator.clock().advance(Duration.ofSeconds(3));
        JsonNode issued = issuing.get(60, TimeUnit.SECONDS);
        assertTrue(issued.get("success").asBoolean(), issued.toString());
        assertEquals("", issued.at("/data/commandResponse").asText(), "nothing within the 3 s window");
        String key = issued.at("/data/lastResponseKey").asText();

        JsonNode early = zowe.json(colin, "zos-console", "collect", "sync-responses", key, "--cn", "COLIN98");
        assertEquals("", early.at("/data/commandResponse").asText(), "nothing yet at 3 s");
        simulator.clock().advance(Duration.ofSeconds(2));
        JsonNode late = zowe.json(colin, "zos-console", "collect", "sync-responses", key, "--cn", "COLIN98");
        assertTrue(late.at("/data/commandResponse").asText().contains("IEE115I 15.34.48 ACTIVITY SLOW"), late.toString());
        // the user sees the late line once: the collect's follow-up request finds nothing more
        assertEquals(" IEE115I 15.34.48 ACTIVITY SLOW\n\n", late.get("stdout").asText(), late.toString());
    }
}
