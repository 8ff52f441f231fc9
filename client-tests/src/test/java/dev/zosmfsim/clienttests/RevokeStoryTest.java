package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The field notes' revoke story over HTTPS: a revoke stops new logons with either credential, but the user's running
 * TSO and console address spaces live on and keep being reached with a token obtained before the revoke, until the
 * token expires or the operator cancels them. RESUME lets the user in again; an expired password stops only
 * password logons.
 */
class RevokeStoryTest {

    private ZosmfSimulator simulator;
    private Requests requests;
    private HttpClient anonymous;

    @BeforeEach
    void start() {
        simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start();
        requests = new Requests(simulator);
        anonymous = simulator.httpClient();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    /** The revoke and the cancel themselves are in RevokedUserLiveSessionsScenarioTest; this is the long run. */
    @Test
    void aRevokedUsersBusyAddressSpacesOutliveTheIdleTimeout() throws Exception {
        String token = logOn("COLIN", "PASSWORD");
        String tsoKey = Json.parse(send(anonymous, requests.post("/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23", "")
                .header("Cookie", token)).body()).get("servletKey").asText();
        assertEquals(200, send(anonymous, requests.displayTime("COLIN99").header("Cookie", token)).statusCode());
        assertEquals(List.of("READY "), tso("ALTUSER COLIN REVOKE"), "ALTUSER says nothing when it works");

        for (int i = 0; i < 12; i++) {
            simulator.clock().advance(Duration.ofMinutes(20));
            assertTrue(tsoSend(token, tsoKey, "TIME").contains("IKJ56650I"), "the TSO session answers, hour " + i / 3);
            assertEquals(200, send(anonymous, requests.displayTime("COLIN99").header("Cookie", token)).statusCode());
        }
        List<String> table = simulator.admin().operatorCommand("F CEA,DIAG,SESSTABLE");
        assertEquals(2, table.stream().filter(line -> line.contains("USERID=COLIN ")).count(), table.toString());

        simulator.clock().advance(Duration.ofMinutes(30));
        assertTrue(simulator.admin().operatorCommand("F CEA,DIAG,SESSTABLE").stream()
                .noneMatch(line -> line.contains("USERID=COLIN ")), "left alone, they idle out");
    }

    @Test
    void theTokenStopsWorkingWhenItExpiresOnTheClock() throws Exception {
        String token = logOn("COLIN", "PASSWORD");
        tso("ALTUSER COLIN REVOKE");
        assertEquals(200, send(anonymous, requests.displayTime("COLIN99").header("Cookie", token)).statusCode());
        simulator.clock().advance(Duration.ofMinutes(495));
        assertEquals(68, refusal(send(anonymous, requests.displayTime("COLIN99").header("Cookie", token))));
        assertEquals(28, refusal(send(anonymous, requests.post("/zosmf/services/authenticate", "")
                .header("Authorization", basic("COLIN", "PASSWORD")))), "and no new token for a revoked user");
    }

    @Test
    void resumeLetsTheUserInAgainAndAnExpiredPasswordOnlyStopsPasswordLogons() throws Exception {
        tso("ALTUSER COLIN REVOKE");
        tso("ALTUSER COLIN RESUME");
        assertEquals(200, send(simulator.httpClientFor("COLIN"), requests.displayTime("defcn")).statusCode());
        assertEquals(200, send(anonymous, requests.displayTime("defcn")
                .header("Authorization", basic("COLIN", "PASSWORD"))).statusCode());

        tso("ALTUSER COLIN PASSWORD(NEWPW) EXPIRED");
        HttpResponse<String> expired = send(anonymous, requests.displayTime("defcn")
                .header("Authorization", basic("COLIN", "NEWPW")));
        assertEquals(12, refusal(expired));
        assertEquals(200, send(simulator.httpClientFor("COLIN"), requests.displayTime("defcn")).statusCode(),
                "the certificate logon does not care about the password");
    }

    /** Logs on at the authentication service; returns the Cookie header value carrying the JWT. */
    private String logOn(String user, String password) throws Exception {
        HttpResponse<String> logon = send(anonymous, requests.post("/zosmf/services/authenticate", "")
                .header("Authorization", basic(user, password)));
        assertEquals(200, logon.statusCode(), logon.body());
        String cookie = logon.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("jwtToken="))
                .findFirst().orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    /** A TSO command as IBMUSER through the one-shot service; the lines it wrote. */
    private List<String> tso(String command) throws Exception {
        HttpResponse<String> response = send(anonymous, requests.put("/zosmf/tsoApp/v1/tso",
                "{\"tsoCmd\":\"" + command + "\",\"cmdState\":\"stateless\"}")
                .header("Authorization", basic("IBMUSER", "SYS1")));
        assertEquals(200, response.statusCode(), response.body());
        List<String> lines = new java.util.ArrayList<>();
        Json.parse(response.body()).get("cmdResponse").forEach(line -> lines.add(line.get("message").asText()));
        return lines;
    }

    private String tsoSend(String token, String key, String command) throws Exception {
        HttpResponse<String> response = send(anonymous, requests.put("/zosmf/tsoApp/tso/" + key,
                "{\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"" + command + "\"}}").header("Cookie", token));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static int refusal(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        return Json.parse(response.body()).get("reasonCode").asInt();
    }
}
