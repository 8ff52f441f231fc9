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
    void anUnknownKeyIsAnErrorWithItsLineAndTheKeysExpected() {
        ScenarioException error = assertThrows(ScenarioException.class, () -> loader.parse(
                "users:\n  COLIN:\n    password: X\n    pasword: Y\n", "bad.yaml"));
        assertEquals(4, error.line());
        assertEquals("users.COLIN.pasword", error.field());
        assertTrue(error.getMessage().startsWith("bad.yaml:4:5: users.COLIN.pasword: unknown key 'pasword'"),
                error.getMessage());
        assertTrue(error.getMessage().contains("password"), error.getMessage());
    }

    @Test
    void aTooLongPasswordNamesFileLineFieldAndWhatWasExpected() {
        ScenarioException error = assertThrows(ScenarioException.class, () -> loader.parse(
                "users:\n  COLIN:\n    password: ABCDEFGHIJKL\n", "colin.yaml"));
        assertEquals("colin.yaml:3:5: users.COLIN.password: expected a string of 1-8 characters, got 12 characters",
                error.getMessage());
    }

    @Test
    void aMapToAnUndefinedUserIsAnError() {
        ScenarioException error = assertThrows(ScenarioException.class, () -> loader.parse(
                "users:\n  COLIN:\n    password: X\ncertificateMaps:\n  - user: JOE\n    sdnFilter: CN=JOE\n", "m.yaml"));
        assertEquals("m.yaml:5:5: certificateMaps[0].user: user JOE is not defined under users", error.getMessage());
    }

    @Test
    void aPermitForAnUndefinedUserIsAnError() {
        ScenarioException error = assertThrows(ScenarioException.class, () -> loader.parse(
                "facility:\n  IRR.DIGTCERT.MAP:\n    permits:\n      JOE: READ\n", "p.yaml"));
        assertEquals("p.yaml:4:7: facility.IRR.DIGTCERT.MAP.permits.JOE: user JOE is not defined under users",
                error.getMessage());
    }

    @Test
    void aWrongTypeSaysWhatWasExpected() {
        ScenarioException error = assertThrows(ScenarioException.class, () -> loader.parse(
                "zosmf:\n  port: many\n", "t.yaml"));
        assertEquals(2, error.line());
        assertEquals("zosmf.port", error.field());
        assertTrue(error.getMessage().contains("expected a whole number"), error.getMessage());
    }

    @Test
    void badAccessLevelsAndFiltersAreErrors() {
        ScenarioException access = assertThrows(ScenarioException.class, () -> loader.parse(
                "facility:\n  IRR.DIGTCERT.MAP:\n    uacc: SOME\n", "a.yaml"));
        assertTrue(access.getMessage().startsWith("a.yaml:3:5: facility.IRR.DIGTCERT.MAP.uacc: unknown access level 'SOME'"),
                access.getMessage());
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
