package dev.zosmfsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.net.URI;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered in code, with a scenario built in the test and a scaled clock. */
class RegisteredExtensionTest {

    @RegisterExtension
    static final ZosmfSimulatorExtension SIMULATOR = ZosmfSimulatorExtension.builder()
            .scenario(new ScenarioLoader().parse("users:\n  ALICE:\n    password: SECRET\n    certificate: {}\n"
                    + "certificateMaps:\n  - user: ALICE\n    sdnFilter: CN=ALICE.OU=USERS.O=ZOSMF-SIM\n",
                    "alice.yaml"))
            .timeScale(60)
            .lifecycle(SimulatorLifecycle.PER_METHOD)
            .configure(builder -> builder.hostName("zosmf.example.test"))
            .build();

    @Test
    void startsTheSimulatorTheBuilderDescribes(ZosmfSimulator simulator, SimClock clock) {
        assertEquals(SimClock.Mode.SCALED, clock.mode());
        assertEquals(60.0, clock.scale());
        assertTrue(simulator.system().racf().user("ALICE").isPresent());
        assertTrue(simulator.system().racf().user("IBMUSER").isEmpty(), "not the default scenario");
    }

    @Test
    void injectsClientsOfTheScenariosUsers(@LoggedOn(user = "ALICE") HttpClient alice,
            @LoggedOn(user = "ALICE", by = Logon.PASSWORD) HttpClient alicePassword, URI baseUri) throws Exception {
        assertEquals(200, Requests.displayTime(alice, baseUri));
        assertEquals(200, Requests.displayTime(alicePassword, baseUri));
    }
}
