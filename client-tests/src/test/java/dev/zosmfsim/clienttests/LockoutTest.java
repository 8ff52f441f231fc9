package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The audit's brute force over HTTPS, with SETROPTS PASSWORD(REVOKE(3)) switched on: 2,000 wrong passwords sent as
 * fast as eight connections go. Three are refused as wrong, the fourth revokes COLIN, and from then on every logon,
 * by the right password or by COLIN's certificate, is refused as revoked; LISTUSER shows it. A fresh system has no
 * lockout at all.
 */
@ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL, lifecycle = SimulatorLifecycle.PER_METHOD)
class LockoutTest {

    private static final int ATTEMPTS = 2_000;

    private final ZosmfSimulator simulator;
    private final Requests requests;
    private final HttpClient anonymous;

    LockoutTest(ZosmfSimulator simulator) {
        this.simulator = simulator;
        requests = new Requests(simulator);
        anonymous = simulator.httpClient();
    }

    @Test
    void twoThousandWrongPasswordsRevokeTheUserAfterThree() throws Exception {
        assertEquals(List.of("ICH14063I SETROPTS command complete.", "READY "),
                tso("SETROPTS PASSWORD(REVOKE(3))"));
        Map<Integer, Integer> reasons = bruteForce("COLIN");
        assertEquals(Map.of(8, 3, 28, ATTEMPTS - 3), reasons, "reason code -> how many refusals");

        HttpResponse<String> right = logon(anonymous, basic("COLIN", "PASSWORD"));
        assertEquals(401, right.statusCode(), right.body());
        JsonNode body = Json.parse(right.body());
        assertEquals(8, body.get("returnCode").asInt());
        assertEquals(28, body.get("reasonCode").asInt(), "the right password is refused as revoked");
        assertTrue(body.get("message").asText().contains("after 4 consecutive wrong passwords"), right.body());

        HttpResponse<String> certificate = send(simulator.httpClientFor("COLIN"), requests.displayTime("defcn"));
        assertEquals(401, certificate.statusCode(), certificate.body());
        assertEquals(28, Json.parse(certificate.body()).get("reasonCode").asInt(), "a certificate logon too");

        List<String> listed = tso("LISTUSER COLIN");
        assertTrue(listed.contains(" ATTRIBUTES=REVOKED"), listed.toString());
        String day = java.time.format.DateTimeFormatter.ofPattern("yy.DDD").format(java.time.LocalDateTime
                .ofInstant(simulator.clock().now(), java.time.ZoneOffset.UTC));
        assertTrue(listed.contains(" REVOKE DATE=" + day + " RESUME DATE=NONE"), listed.toString());
        assertTrue(simulator.admin().exportYaml().contains("revoke: 3"), "the export keeps the rule");

        assertEquals(List.of("READY "), tso("ALTUSER COLIN RESUME"));
        assertEquals(200, logon(anonymous, basic("COLIN", "PASSWORD")).statusCode(), "RESUME lets COLIN on again");
    }

    @Test
    void aFreshSystemLetsTheRightPasswordInAfterTwoThousandWrongOnes() throws Exception {
        assertEquals(Map.of(8, ATTEMPTS), bruteForce("COLIN"));
        assertEquals(200, logon(anonymous, basic("COLIN", "PASSWORD")).statusCode());
    }

    /** {@link #ATTEMPTS} logons with wrong passwords over eight connections; how many got each reason code. */
    private Map<Integer, Integer> bruteForce(String userid) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                String password = "WRONG" + (i % 1000);
                calls.add(() -> logon(anonymous, basic(userid, password)));
            }
            Map<Integer, Integer> reasons = new TreeMap<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls, 120, TimeUnit.SECONDS)) {
                HttpResponse<String> response = answer.get();
                assertEquals(401, response.statusCode(), response.body());
                reasons.merge(Json.parse(response.body()).get("reasonCode").asInt(), 1, Integer::sum);
            }
            return reasons;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> logon(HttpClient client, String authorization) throws Exception {
        return send(client, requests.post("/zosmf/services/authenticate", "").header("Authorization", authorization));
    }

    /** A TSO command as IBMUSER through the one-shot service; the lines it wrote. */
    private List<String> tso(String command) throws Exception {
        HttpResponse<String> response = send(anonymous, requests.put("/zosmf/tsoApp/v1/tso",
                "{\"tsoCmd\":\"" + command + "\",\"cmdState\":\"stateless\"}")
                .header("Authorization", basic("IBMUSER", "SYS1")));
        assertEquals(200, response.statusCode(), response.body());
        List<String> lines = new ArrayList<>();
        Json.parse(response.body()).get("cmdResponse").forEach(line -> lines.add(line.get("message").asText()));
        return lines;
    }
}
