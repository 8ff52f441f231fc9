package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
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
import org.junit.jupiter.api.Test;

/**
 * Scenario {@code cea-session-limit}: CEAPRM01 (MAXSESSIONS 3, MAXSESSPERUSER 2) is active. TSO/E address spaces
 * and consoles share the limits.
 */
@ZosmfSimulatorTest(scenario = "cea-session-limit", clock = SimClock.Mode.MANUAL,
        lifecycle = SimulatorLifecycle.PER_METHOD)
class CeaSessionLimitScenarioTest {

    @Test
    void aUsersThirdAddressSpaceIsRefused(ZosmfSimulator simulator, @LoggedOn(user = "COLIN") HttpClient colin)
            throws Exception {
        Requests requests = new Requests(simulator);
        assertEquals(200, send(colin, requests.startTso()).statusCode());
        assertEquals(200, send(colin, requests.startTso()).statusCode());

        HttpResponse<String> third = send(colin, requests.startTso());
        assertEquals(500, third.statusCode(), third.body());
        JsonNode message = Json.parse(third.body()).at("/msgData/0");
        assertEquals("IZUG1121E", message.get("messageId").asText());
        assertEquals("IZUG1121E: The TSO/E address space could not be created. CEA cannot start a TSO address space"
                + " for COLIN: the user has MAXSESSPERUSER(2) address spaces already.",
                message.get("messageText").asText());

        HttpResponse<String> console = send(colin, requests.displayTime("COLIN99"));
        assertEquals(500, console.statusCode(), console.body());
        assertEquals(Json.parse("{\"reason\":\"Failed to create TSO/E address space for console COLIN99: CEA cannot"
                + " start a TSO address space for COLIN: the user has MAXSESSPERUSER(2) address spaces already\","
                + "\"return-code\":2,\"reason-code\":20}"), Json.parse(console.body()));
    }

    @Test
    void theFourthAddressSpaceOfAnyoneIsRefusedUntilTheDefaultsAreBack(ZosmfSimulator simulator,
            @LoggedOn(user = "COLIN") HttpClient colin, HttpClient anonymous) throws Exception {
        Requests requests = new Requests(simulator);
        assertEquals(200, send(colin, requests.startTso()).statusCode());
        assertEquals(200, send(colin, requests.startTso()).statusCode());
        assertEquals(200, send(anonymous, requests.startTso().header("Authorization", basic("IBMUSER", "SYS1")))
                .statusCode());
        assertTrue(operator(simulator, anonymous, "F CEA,D,S").contains(" TSOASMGR: ALLOWED: 3 IN USE: 3 HIGHCNT: 0"));

        HttpResponse<String> fourth = send(anonymous, requests.startTso()
                .header("Authorization", basic("IBMUSER", "SYS1")));
        assertEquals(500, fourth.statusCode(), fourth.body());
        assertEquals("IZUG1121E: The TSO/E address space could not be created. CEA cannot start a TSO address space"
                + " for IBMUSER: MAXSESSIONS(3) are in use.",
                Json.parse(fourth.body()).at("/msgData/0/messageText").asText());
        // HIGHCNT counts the starts that found ALLOWED reached
        assertTrue(operator(simulator, anonymous, "F CEA,D,S").contains(" TSOASMGR: ALLOWED: 3 IN USE: 3 HIGHCNT: 1"));

        assertTrue(operator(simulator, anonymous, "F CEA,CEA=(00)")
                .contains(" CEA0001I CEA=(00) PROCESSED: MAXSESSIONS = 50 MAXSESSPERUSER= 10"));
        assertEquals(200, send(anonymous, requests.startTso().header("Authorization", basic("IBMUSER", "SYS1")))
                .statusCode());
    }

    private static String operator(ZosmfSimulator simulator, HttpClient client, String command) throws Exception {
        HttpResponse<String> response = send(client, new Requests(simulator).operatorCommand(command));
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body()).get("messages").toString();
    }
}
