package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Scenario {@code hostname-loopback}: HOSTNAME(127.0.0.1) fails like a missing HOSTNAME; the TCP/IP stack's own
 * address works, after a z/OSMF restart.
 */
@ZosmfSimulatorTest(scenario = "hostname-loopback", clock = SimClock.Mode.MANUAL,
        lifecycle = SimulatorLifecycle.PER_METHOD)
class HostnameLoopbackScenarioTest {

    @Test
    void aConsoleRequestFailsAfterSixtySeconds(ZosmfSimulator simulator, @LoggedOn(user = "COLIN") HttpClient colin)
            throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> response = ClockedCall.start(simulator.clock(),
                () -> send(colin, requests.displayTime("COLIN99"))).advance(Duration.ofSeconds(60)).result();

        assertEquals(500, response.statusCode());
        assertEquals(Json.parse(HostnameMissingScenarioTest.TIMEOUT_BODY), Json.parse(response.body()));
    }

    @Test
    void theStacksOwnAddressWorksAfterARestart(ZosmfSimulator simulator, @LoggedOn(user = "COLIN") HttpClient colin)
            throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> configured = send(simulator.httpClient(), requests.admin(
                requests.put("/zosmf-sim/v1/zosmf/settings", "{\"hostname\":\"10.1.1.2\"}")));
        assertEquals(200, configured.statusCode(), configured.body());
        assertEquals("127.0.0.1", Json.parse(send(colin, requests.get("/zosmf/info")).body())
                .get("zosmf_hostname").asText(), "IZUPRMxx is read at the next start only");

        send(simulator.httpClient(), requests.admin(requests.post("/zosmf-sim/v1/zosmf/restart", "")));

        HttpResponse<String> response = send(colin, requests.displayTime("COLIN99"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(Json.parse(response.body()).get("cmd-response").asText().contains("IEE136I"), response.body());
    }
}
