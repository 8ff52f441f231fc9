package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The field notes' fix, through PARMLIB with the real Zowe CLI: in scenario {@code hostname-missing}, download
 * SYS1.PARMLIB(IZUPRMCM), add HOSTNAME, upload it, restart z/OSMF from the system console, and the console works.
 */
@ZosmfSimulatorTest(scenario = "hostname-missing", clock = SimClock.Mode.MANUAL)
class HostnameParmlibStoryTest {

    @Test
    void settingHostnameInIzuprmcmFixesTheConsoleAtTheNextStart(ZosmfSimulator simulator, @TempDir Path folder)
            throws Exception {
        CredentialFolder files = new CredentialFolder(simulator, folder);
        ZoweCli zowe = new ZoweCli(simulator, files, Files.createDirectories(folder.resolve("zowe-home")));
        List<String> colin = zowe.certificate(files.write("colin", simulator.userCertificate("COLIN").orElseThrow()));

        Path member = folder.resolve("izuprmcm.txt");
        JsonNode downloaded = zowe.json(colin, "zos-files", "download", "data-set", "SYS1.PARMLIB(IZUPRMCM)", "-f",
                member.toString());
        assertTrue(downloaded.get("success").asBoolean(), downloaded.toString());
        String text = Files.readString(member);
        assertFalse(text.contains("HOSTNAME"), "the member sets no HOSTNAME: " + text);
        assertTrue(text.contains("HTTP_SSL_PORT(" + simulator.port() + ")"), text);

        Files.writeString(member, text + "HOSTNAME('s0w1.zosmf-sim.test')\n");
        JsonNode uploaded = zowe.json(colin, "zos-files", "upload", "file-to-data-set", member.toString(),
                "SYS1.PARMLIB(IZUPRMCM)");
        assertTrue(uploaded.get("success").asBoolean(), uploaded.toString());
        assertEquals("s0w1.zosmf-sim.test", simulator.admin().zosmf().configured().hostname(),
                "z/OSMF would start with the member's HOSTNAME");
        assertEquals(null, simulator.admin().zosmf().inForce().hostname(),
                "and runs on without HOSTNAME until it restarts");

        simulator.admin().operatorCommand("P IZUSVR1");
        List<String> started = simulator.admin().operatorCommand("S IZUSVR1");
        assertTrue(String.join("\n", started).contains("$HASP100 IZUSVR1"), started.toString());

        JsonNode console = zowe.json(colin, "zos-console", "issue", "command", "D T", "--console-name", "COLIN99");
        assertTrue(console.get("success").asBoolean(), console.toString());
        assertTrue(console.at("/data/commandResponse").asText().contains("IEE136I"), console.toString());
    }
}
