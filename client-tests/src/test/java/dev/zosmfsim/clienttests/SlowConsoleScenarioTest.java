package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.LoggedOn;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Scenario {@code slow-console}: the answers of D GRS,C and D OMVS,A=ALL arrive after the 3 s collection window, so a
 * synchronous issue gets an empty cmd-response and the messages come later from solmsgs.
 */
@ZosmfSimulatorTest(scenario = "slow-console", clock = SimClock.Mode.MANUAL, lifecycle = SimulatorLifecycle.PER_METHOD)
class SlowConsoleScenarioTest {

    @Test
    void aSyncIssueGetsNothingAndSolmsgsGetsTheAnswerLater(ZosmfSimulator simulator,
            @LoggedOn(user = "COLIN") HttpClient colin) throws Exception {
        Requests requests = new Requests(simulator);
        ClockedCall<HttpResponse<String>> issue = ClockedCall.start(simulator.clock(), () -> send(colin,
                requests.put("/zosmf/restconsoles/consoles/COLIN99", "{\"cmd\":\"D GRS,C\",\"async\":\"N\"}")));
        assertTrue(issue.advance(Duration.ofSeconds(2)).stillWaiting(), "the window is 3 s");
        HttpResponse<String> issued = issue.advance(Duration.ofSeconds(1)).result();

        assertEquals(200, issued.statusCode(), issued.body());
        JsonNode body = Json.parse(issued.body());
        assertEquals("", body.get("cmd-response").asText());
        String key = body.get("cmd-response-key").asText();
        assertTrue(key.matches("C\\d+"), key);
        assertEquals("", solmsgs(colin, requests, key), "4 s after the issue nothing has arrived");

        simulator.clock().advance(Duration.ofSeconds(2));
        assertEquals(" ISG343I 15.34.48 GRS STATUS 312\r NO ENQ RESOURCE CONTENTION EXISTS\r"
                + " NO REQUESTS PENDING FOR ISGLOCK STRUCTURE\r NO LATCH CONTENTION EXISTS",
                solmsgs(colin, requests, key));
        assertEquals("", solmsgs(colin, requests, key), "each message is handed out once");
    }

    @Test
    void messagesInTwoBatchesAreCollectedAsTheyArrive(ZosmfSimulator simulator,
            @LoggedOn(user = "COLIN") HttpClient colin) throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> issued = ClockedCall.start(simulator.clock(), () -> send(colin,
                requests.put("/zosmf/restconsoles/consoles/COLIN99", "{\"cmd\":\"d omvs,a=all\"}")))
                .advance(Duration.ofSeconds(3)).result();
        JsonNode body = Json.parse(issued.body());
        assertEquals("", body.get("cmd-response").asText());
        String key = body.get("cmd-response-key").asText();

        simulator.clock().advance(Duration.ofSeconds(1));
        assertEquals(" BPXO040I 15.34.47 DISPLAY OMVS 314\r OMVS     000F ACTIVE             OMVS=(00)",
                solmsgs(colin, requests, key));
        simulator.clock().advance(Duration.ofSeconds(6));
        assertTrue(solmsgs(colin, requests, key).startsWith(" USER     JOBNAME  ASID"));
    }

    private static String solmsgs(HttpClient client, Requests requests, String key) throws Exception {
        HttpResponse<String> response = send(client, requests.get("/zosmf/restconsoles/consoles/COLIN99/solmsgs/"
                + key));
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body()).get("cmd-response").asText();
    }
}
