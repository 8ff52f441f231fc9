package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.admin.AdminRecords;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scenario {@code cert-map-authority}: RACDCERT MAP through the TSO/E command service, by users with READ, UPDATE and
 * no access to IRR.DIGTCERT.MAP, and by SPECIAL IBMUSER.
 */
@ZosmfSimulatorTest(scenario = "cert-map-authority", clock = SimClock.Mode.MANUAL,
        lifecycle = SimulatorLifecycle.PER_METHOD)
class CertMapAuthorityScenarioTest {

    @ParameterizedTest(name = "{0} maps a certificate to {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            READER   | READPW   | READER  | mapped
            READER   | READPW   | COLIN   | IRRD103I You are not authorized to issue the RACDCERT command: MAP for COLIN needs UPDATE access to IRR.DIGTCERT.MAP in class FACILITY.
            UPDATER  | UPDATEPW | UPDATER | mapped
            UPDATER  | UPDATEPW | COLIN   | mapped
            OUTSIDER | OUTPW    | OUTSIDER| IRRD103I You are not authorized to issue the RACDCERT command: MAP for your own user ID needs READ access to IRR.DIGTCERT.MAP in class FACILITY.
            OUTSIDER | OUTPW    | COLIN   | IRRD103I You are not authorized to issue the RACDCERT command: MAP for COLIN needs UPDATE access to IRR.DIGTCERT.MAP in class FACILITY.
            IBMUSER  | SYS1     | IBMUSER | mapped
            IBMUSER  | SYS1     | COLIN   | mapped
            """)
    void racdcertMapFollowsTheAccessToIrrDigtcertMap(String user, String password, String target, String outcome,
            ZosmfSimulator simulator, HttpClient anonymous) throws Exception {
        List<String> output = tso(simulator, anonymous, user, password, "RACDCERT MAP ID(" + target + ")"
                + " SDNFILTER('CN=" + target + "2.O=EXAMPLE') WITHLABEL('" + target + "2')");

        assertEquals(outcome.equals("mapped") ? List.of() : List.of(outcome), output);
        assertEquals(outcome.equals("mapped"), simulator.admin().certificateMaps().stream()
                .anyMatch(map -> map.user().equals(target) && (target + "2").equals(map.label())));
    }

    @Test
    void aCertificateReaderMappedToHimselfLogsHimOn(ZosmfSimulator simulator, HttpClient anonymous) throws Exception {
        simulator.admin().issueCertificate("READER", new AdminRecords.CertificateRequest("CN=READER2,O=EXAMPLE", null,
                null, null, false));
        Requests requests = new Requests(simulator);
        HttpClient reader = simulator.httpClientFor("READER");
        assertEquals(401, send(reader, requests.displayTime("defcn")).statusCode(), "not mapped yet");

        tso(simulator, anonymous, "READER", "READPW", "RACDCERT MAP SDNFILTER('CN=READER2.O=EXAMPLE')");

        HttpResponse<String> mapped = send(reader, requests.displayTime("defcn"));
        assertEquals(200, mapped.statusCode(), mapped.body());
    }

    /** Runs a TSO/E command with a password logon; returns its output without the READY line. */
    private static List<String> tso(ZosmfSimulator simulator, HttpClient client, String user, String password,
            String command) throws Exception {
        HttpResponse<String> response = send(client, new Requests(simulator).tsoCommand(command)
                .header("Authorization", basic(user, password)));
        assertEquals(200, response.statusCode(), response.body());
        List<String> lines = new ArrayList<>();
        for (JsonNode line : Json.parse(response.body()).get("cmdResponse")) {
            if (!line.get("message").asText().startsWith("READY")) {
                lines.add(line.get("message").asText());
            }
        }
        return lines;
    }
}
