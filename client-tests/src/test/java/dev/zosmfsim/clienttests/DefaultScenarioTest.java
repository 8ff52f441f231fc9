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
import org.junit.jupiter.api.Test;

/**
 * Scenario {@code default}: IBMUSER (SYS1) has SPECIAL; COLIN (PASSWORD) is an ordinary user whose client certificate
 * is mapped to him.
 */
@ZosmfSimulatorTest(scenario = "default", clock = SimClock.Mode.MANUAL)
class DefaultScenarioTest {

    @Test
    void colinLogsOnWithHisCertificateOrHisPassword(ZosmfSimulator simulator, HttpClient anonymous,
            @LoggedOn(user = "COLIN") HttpClient colinsCertificate) throws Exception {
        Requests requests = new Requests(simulator);
        assertEquals(200, send(colinsCertificate, requests.displayTime("defcn")).statusCode());
        assertEquals(200, send(anonymous, requests.displayTime("defcn").header("Authorization",
                basic("COLIN", "PASSWORD"))).statusCode());
        assertEquals("COLIN", simulator.journal().entries().get(simulator.journal().entries().size() - 1).userid());
    }

    @Test
    void ibmuserIsSpecialAndColinIsNot(ZosmfSimulator simulator, HttpClient anonymous) throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> ibmuser = send(anonymous, requests.tsoCommand("RACDCERT LISTMAP ID(COLIN)")
                .header("Authorization", basic("IBMUSER", "SYS1")));
        assertTrue(ibmuser.body().contains("Label: COLIN-CERT"), ibmuser.body());
        assertTrue(ibmuser.body().contains(">CN=COLIN.OU=USERS.O=ZOSMF-SIM<"), ibmuser.body());

        HttpResponse<String> colin = send(anonymous, requests.tsoCommand("RACDCERT LISTMAP")
                .header("Authorization", basic("COLIN", "PASSWORD")));
        assertTrue(colin.body().contains("IRRD103I"), colin.body());
    }
}
