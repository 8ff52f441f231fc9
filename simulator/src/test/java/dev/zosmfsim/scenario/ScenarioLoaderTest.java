package dev.zosmfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void theDefaultScenarioHasIbmuserAndColinWithACertificateMap() {
        Scenario scenario = loader.load("default");
        assertEquals("S0W1", scenario.system().name());
        assertEquals("SYS1", scenario.users().get("IBMUSER").password());
        assertEquals(Boolean.TRUE, scenario.users().get("IBMUSER").special());
        assertEquals("PASSWORD", scenario.users().get("COLIN").password());
        assertEquals("CN=COLIN,OU=USERS,O=ZOSMF-SIM", scenario.users().get("COLIN").certificate().subject());
        assertEquals("COLIN", scenario.certificateMaps().get(0).user());
    }

    @Test
    void aFilterThatIsNoDistinguishedNameIsAnError() {
        ScenarioException filter = assertThrows(ScenarioException.class, () -> loader.parse(
                "users:\n  COLIN:\n    password: X\ncertificateMaps:\n  - user: COLIN\n    sdnFilter: COLIN\n", "f.yaml"));
        assertEquals("certificateMaps[0].sdnFilter", filter.field());
    }

    @Test
    void anUnknownScenarioNameIsAClearError() {
        ScenarioException error = assertThrows(ScenarioException.class, () -> loader.load("no-such-scenario"));
        assertTrue(error.getMessage().contains("no such scenario"), error.getMessage());
        assertThrows(ScenarioException.class, () -> loader.load("../../etc/passwd"));
    }

    @Test
    void anEmptyFileIsTheDefaultsOfAFreshSystem() {
        Scenario scenario = loader.parse("", "empty.yaml");
        assertTrue(scenario.users().isEmpty());
    }
}
