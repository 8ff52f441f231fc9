package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.LoggedOn;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scenario {@code zosmf-v2r4-unpatched}: z/OSMF V2R4 before PH12143 and PH35244. The services those APARs bring
 * answer 404; a client logs on through {@code /zosmf/info}'s LtpaToken2, as the Zowe API ML does there.
 */
@ZosmfSimulatorTest(scenario = "zosmf-v2r4-unpatched", clock = SimClock.Mode.MANUAL)
class ZosmfV2r4UnpatchedScenarioTest {

    @Test
    void theServicesOfTheAparsAreNotThere(ZosmfSimulator simulator, @LoggedOn(user = "COLIN") HttpClient colin)
            throws Exception {
        Requests requests = new Requests(simulator);
        for (HttpResponse<String> response : List.of(
                send(colin, requests.post("/zosmf/services/authenticate", "")),
                send(simulator.httpClient(), requests.post("/zosmf/services/authenticate", "")
                        .header("Authorization", basic("", ""))),
                send(simulator.httpClient(), requests.get("/jwt/ibm/api/zOSMFBuilder/jwk")),
                send(colin, requests.tsoCommand("TIME")))) {
            assertEquals(404, response.statusCode(), response.request().uri() + " " + response.body());
            assertTrue(Json.parse(response.body()).get("message").asText().startsWith("IZUG803E "), response.body());
        }
        HttpResponse<String> started = send(colin, requests.startTso());
        assertEquals(200, started.statusCode(), started.body());
        assertEquals("27", Json.parse(send(colin, requests.get("/zosmf/info")).body()).get("zosmf_version").asText());
    }

    @Test
    void aPasswordOnZosmfInfoGetsTheLtpaTokenThatLogsOn(ZosmfSimulator simulator, HttpClient anonymous)
            throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> info = send(anonymous, requests.get("/zosmf/info")
                .header("Authorization", basic("IBMUSER", "SYS1")));
        assertEquals(200, info.statusCode(), info.body());
        String cookie = info.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("LtpaToken2="))
                .findFirst().orElseThrow(() -> new AssertionError(info.headers().map()));
        assertTrue(cookie.endsWith("; Path=/; Secure; HttpOnly"), cookie);
        HttpResponse<String> command = send(anonymous, requests.displayTime("IBMUSECN")
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))));
        assertEquals(200, command.statusCode(), command.body());
        assertTrue(command.body().contains("IEE136I"), command.body());
    }
}
