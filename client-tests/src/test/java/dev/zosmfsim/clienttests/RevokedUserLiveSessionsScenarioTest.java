package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.LoggedOn;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Scenario {@code revoked-user-live-sessions}: COLIN is revoked while his address spaces run. The revoke stops his
 * new logons, not what already runs; the operator's CANCEL does that. DAVE is not touched.
 */
@ZosmfSimulatorTest(scenario = "revoked-user-live-sessions", clock = SimClock.Mode.MANUAL)
class RevokedUserLiveSessionsScenarioTest {

    @Test
    void aRevokeStopsNewLogonsAndACancelEndsWhatRuns(ZosmfSimulator simulator,
            @LoggedOn(user = "COLIN") HttpClient colinsCertificate, HttpClient anonymous) throws Exception {
        Requests requests = new Requests(simulator);
        String colinsToken = logOn(colinsCertificate, requests);
        String colinsTso = servletKey(send(anonymous, withToken(requests.startTso(), colinsToken)));
        assertEquals(200, send(anonymous, withToken(requests.displayTime("COLIN99"), colinsToken)).statusCode());
        String davesTso = servletKey(send(anonymous, requests.startTso().header("Authorization", dave())));

        HttpResponse<String> revoke = send(anonymous, requests.tsoCommand("ALTUSER COLIN REVOKE")
                .header("Authorization", basic("IBMUSER", "SYS1")));
        assertEquals(200, revoke.statusCode(), revoke.body());

        HttpResponse<String> byCertificate = send(colinsCertificate, requests.displayTime("COLIN99"));
        assertEquals(401, byCertificate.statusCode());
        assertEquals(28, Json.parse(byCertificate.body()).get("reasonCode").asInt(), byCertificate.body());
        assertEquals("IZUG412E user COLIN is revoked", Json.parse(byCertificate.body()).get("message").asText());
        assertEquals(401, send(anonymous, requests.displayTime("COLIN99")
                .header("Authorization", basic("COLIN", "PASSWORD"))).statusCode());

        assertTrue(time(anonymous, withToken(requests.put("/zosmf/tsoApp/tso/" + colinsTso, timeCommand()),
                colinsToken)).contains("IKJ56650I TIME-"), "COLIN's TSO/E address space still runs for him");
        HttpResponse<String> console = send(anonymous, withToken(requests.displayTime("COLIN99"), colinsToken));
        assertEquals(200, console.statusCode(), console.body());
        assertTrue(console.body().contains("IEE136I"), console.body());

        HttpResponse<String> cancel = send(anonymous, requests.admin(requests.delete(
                "/zosmf-sim/v1/sessions?user=COLIN")));
        assertTrue(cancel.body().contains("IEE301I COLIN     CANCEL COMMAND ACCEPTED"), cancel.body());

        HttpResponse<String> gone = send(anonymous, withToken(requests.put("/zosmf/tsoApp/tso/" + colinsTso,
                timeCommand()), colinsToken));
        assertEquals("IZUG1126E", Json.parse(gone.body()).at("/msgData/0/messageId").asText(), gone.body());
        assertTrue(time(anonymous, requests.put("/zosmf/tsoApp/tso/" + davesTso, timeCommand())
                .header("Authorization", dave())).contains("IKJ56650I TIME-"), "DAVE's address space is not touched");
    }

    /** POST /zosmf/services/authenticate; returns the jwtToken cookie the logon set. */
    private static String logOn(HttpClient client, Requests requests) throws Exception {
        HttpResponse<String> logon = send(client, requests.post("/zosmf/services/authenticate", ""));
        assertEquals(200, logon.statusCode(), logon.body());
        return logon.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("jwtToken="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst().orElseThrow();
    }

    private static HttpRequest.Builder withToken(HttpRequest.Builder request, String tokenCookie) {
        return request.header("Cookie", tokenCookie);
    }

    private static String dave() {
        return basic("DAVE", "DAVEPW");
    }

    private static String timeCommand() {
        return "{\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"TIME\"}}";
    }

    private static String servletKey(HttpResponse<String> started) {
        assertEquals(200, started.statusCode(), started.body());
        return Json.parse(started.body()).get("servletKey").asText();
    }

    private static String time(HttpClient client, HttpRequest.Builder send) throws Exception {
        HttpResponse<String> response = send(client, send);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode data = Json.parse(response.body()).get("tsoData");
        return data == null ? response.body() : data.toString();
    }
}
