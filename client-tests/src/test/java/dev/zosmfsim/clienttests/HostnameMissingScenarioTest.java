package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.LoggedOn;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario {@code hostname-missing}: IZUPRMxx without HOSTNAME. Console requests time out after 60 s on the
 * simulator clock with return code 2, reason code 21; TSO/E address spaces still start.
 */
@ZosmfSimulatorTest(scenario = "hostname-missing", clock = SimClock.Mode.MANUAL)
class HostnameMissingScenarioTest {

    static final String TIMEOUT_BODY = "{\"reason\":\"Timeout when creating TSO address space for console COLIN99\","
            + "\"return-code\":2,\"reason-code\":21}";

    @Test
    void aConsoleRequestFailsAfterSixtySeconds(ZosmfSimulator simulator, @LoggedOn(user = "COLIN") HttpClient colin)
            throws Exception {
        Requests requests = new Requests(simulator);
        ClockedCall<HttpResponse<String>> issue = ClockedCall.start(simulator.clock(),
                () -> send(colin, requests.displayTime("COLIN99")));

        assertTrue(issue.advance(Duration.ofSeconds(59)).stillWaiting(), "59 s are not yet the timeout");
        HttpResponse<String> response = issue.advance(Duration.ofSeconds(1)).result();

        assertEquals(500, response.statusCode());
        assertEquals(Json.parse(TIMEOUT_BODY), Json.parse(response.body()));
        List<String> log = simulator.admin().izugLog();
        assertTrue(log.contains("INFO:Prepare to start new TSO/E address space with acct: ACCT#, proc: IZUFPROC, "
                + "rsize: 50000, apptag: IZUCONAP"), log.toString());
        assertTrue(log.contains("java.net.SocketTimeoutException: Connect timed out"), log.toString());
    }

    @Test
    void zosmfReportsTheResolvedNameItFellBackTo(ZosmfSimulator simulator, HttpClient anonymous) throws Exception {
        JsonNode info = Json.parse(send(anonymous, new Requests(simulator).get("/zosmf/info")).body());
        assertEquals("S0W1.DAL-EBIS.IHOST.COM", info.get("zosmf_hostname").asText());
    }

    @Test
    void tsoAddressSpacesStillStart(ZosmfSimulator simulator, @LoggedOn(user = "COLIN") HttpClient colin)
            throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> started = send(colin, requests.startTso());
        assertEquals(200, started.statusCode(), started.body());
        JsonNode body = Json.parse(started.body());
        assertTrue(body.get("servletKey").asText().startsWith("COLIN-"), started.body());
        assertTrue(body.get("tsoData").toString().contains("IKJ56455I COLIN LOGON IN PROGRESS"), started.body());

        HttpResponse<String> time = send(colin, requests.tsoCommand("TIME"));
        assertEquals(200, time.statusCode(), time.body());
        assertTrue(time.body().contains("IKJ56650I TIME-"), time.body());
    }

    @Test
    void theZoweCliReportsTheTimeout(ZosmfSimulator simulator, @TempDir Path folder) throws Exception {
        CredentialFolder files = new CredentialFolder(simulator, folder);
        Path[] colin = files.write("colin", simulator.userCertificate("COLIN").orElseThrow());
        ZoweCli zowe = new ZoweCli(simulator, files, Files.createDirectories(folder.resolve("zowe-home")));

        ClockedCall<JsonNode> issue = ClockedCall.start(simulator.clock(), () -> zowe.json(zowe.certificate(colin),
                "zos-console", "issue", "command", "D T", "--console-name", "COLIN99"));
        JsonNode response = issue.advance(Duration.ofSeconds(60)).result();

        assertFalse(response.get("success").asBoolean(), response.toString());
        assertEquals(500, response.at("/error/httpStatus").asInt(), response.toString());
        assertEquals(Json.parse(TIMEOUT_BODY), Json.parse(response.at("/error/causeErrors").asText()));
        assertTrue(response.get("stderr").asText().contains("reason-code: 21"), response.toString());
    }
}
