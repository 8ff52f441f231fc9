package dev.zosmfsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class UserOptionTest {

    @Test
    void parsesUseridPasswordAndFlagsInAnyOrder() {
        assertEquals(new UserOption("ALICE", "Secret1", false, false), UserOption.parse("alice:Secret1"));
        assertEquals(new UserOption("ALICE", "S", true, true), UserOption.parse("ALICE:S:cert:special"));
        assertEquals(new UserOption("BOB", "PW", true, false), UserOption.parse("BOB:PW:SPECIAL"));
    }

    @Test
    void badValuesSayWhatIsWrong() {
        assertEquals("expected USERID:PASSWORD[:special][:cert], got 'ALICE'",
                assertThrows(IllegalArgumentException.class, () -> UserOption.parse("ALICE")).getMessage());
        assertEquals("the password of ALICE must be 1-8 characters, got 9",
                assertThrows(IllegalArgumentException.class, () -> UserOption.parse("ALICE:123456789")).getMessage());
        assertEquals("the password of ALICE must be 1-8 characters, got 0",
                assertThrows(IllegalArgumentException.class, () -> UserOption.parse("ALICE:")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UserOption.parse("TOOLONGID:PW")).getMessage()
                .contains("is not a valid userid"));
        assertEquals("expected 'special' or 'cert' (each at most once) after the password of ALICE, got 'admin'",
                assertThrows(IllegalArgumentException.class, () -> UserOption.parse("ALICE:PW:admin")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> UserOption.parse("ALICE:PW:cert:cert"));
    }

    @Test
    void addsAUserWithoutCertificate() {
        Scenario scenario = UserOption.parse("ALICE:SECRET:special").addTo(new ScenarioLoader().load("default"));

        Scenario.UserSpec alice = scenario.users().get("ALICE");
        assertEquals("SECRET", alice.password());
        assertTrue(alice.special());
        assertNull(alice.certificate());
        assertEquals(3, scenario.users().size());
        assertEquals(1, scenario.certificateMaps().size(), "COLIN's map stays");
    }

    @Test
    void replacingAUserReplacesItsCertificateMaps() {
        Scenario scenario = UserOption.parse("COLIN:NEWPW").addTo(new ScenarioLoader().load("default"));

        assertEquals("NEWPW", scenario.users().get("COLIN").password());
        assertTrue(scenario.certificateMaps().isEmpty());
    }

    @Test
    void aCertificateUserLogsOnWithTheCertificateTheCaIssues() throws Exception {
        Scenario scenario = UserOption.parse("ALICE:SECRET:cert").addTo(new ScenarioLoader().load("default"));
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().scenario(scenario).clock(SimClock.manual()).start()) {
            assertEquals("CN=ALICE,OU=USERS,O=ZOSMF-SIM", simulator.userCertificate("ALICE").orElseThrow().subjectDn());
            HttpResponse<String> response = simulator.httpClientFor("ALICE").send(HttpRequest.newBuilder(
                    simulator.baseUri().resolve("/zosmf/restconsoles/consoles/defcn"))
                    .header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertFalse(simulator.system().racf().user("ALICE").orElseThrow().special());
        }
    }

    @Test
    void picocliReportsABadValueAsAUsageError() {
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = new picocli.CommandLine(new Main(new java.io.PrintWriter(new java.io.StringWriter())))
                .setErr(new java.io.PrintWriter(err)).execute("--user", "ALICE");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("Invalid value for option '--user'"), err.toString());
        assertTrue(err.toString().contains("expected USERID:PASSWORD[:special][:cert], got 'ALICE'"), err.toString());
    }

}
