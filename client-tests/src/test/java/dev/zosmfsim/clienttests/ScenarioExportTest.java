package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.FaultSpecs;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.system.SimulatedSystem;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Export and load again: a state built with RACF commands through the TSO/E service and with the admin API is exported
 * as YAML, a new simulator is started from that YAML, and its export is the same text and its model the same state.
 */
class ScenarioExportTest {

    private static final String START = "description: two CEAPRMxx members on top of default\n"
            + "extends: default\n"
            + "cea:\n  members:\n    \"01\":\n      maxSessions: 20\n    \"02\":\n      maxSessions: 5\n"
            + "      maxSessionsPerUser: 1\n  active: \"01\"\n";

    @Test
    void aStateBuiltByCommandsSurvivesExportAndLoad() throws Exception {
        Scenario start = new ScenarioLoader().parse(START, "start.yaml");
        String exported;
        SimulatedSystem before;
        try (ZosmfSimulator first = ZosmfSimulator.builder().scenario(start).clock(SimClock.manual()).start()) {
            buildState(first);
            exported = exportYaml(first);
            before = first.system();
        }
        assertTrue(exported.contains("ALICE"), exported);

        try (ZosmfSimulator second = ZosmfSimulator.builder()
                .scenario(new ScenarioLoader().parse(exported, "exported.yaml")).start()) {
            assertEquals(exported, exportYaml(second), "the export of the loaded export");

            SimulatedSystem after = second.system();
            assertEquals(before.racf().users(), after.racf().users());
            assertEquals(before.racf().facilityProfiles(), after.racf().facilityProfiles());
            assertEquals("READ", after.racf().facilityAccess("COLIN", "IRR.DIGTCERT.MAP").name(),
                    "the permit is in force after the load");
            assertEquals(maps(before), maps(after));
            assertEquals("02", after.addressSpaces().parameters().member());
            assertEquals(before.addressSpaces().parameters(), after.addressSpaces().parameters());
            assertEquals(rules(before), rules(after));
            assertEquals(before.zosmf().configured(), after.zosmf().configured());
            assertEquals("10.1.1.2", after.zosmfHostname(), "the configured HOSTNAME is in force after the load");
            assertEquals(443, after.zosmf().configured().port());
            assertEquals(before.clock().now(), after.clock().now());

            HttpResponse<String> alice = send(second.httpClientFor("ALICE"),
                    new Requests(second).tsoCommand("TIME"));
            assertEquals(200, alice.statusCode(), "ALICE's certificate, issued anew, is mapped: " + alice.body());
        }
    }

    @Test
    void aStoppedZosmfStaysStoppedThroughExportAndLoad() throws Exception {
        String exported;
        try (ZosmfSimulator first = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start()) {
            Requests requests = new Requests(first);
            send(first.httpClient(), requests.operatorCommand("P IZUSVR1"));
            exported = exportYaml(first);
        }
        assertTrue(exported.contains("  started: false\n"), exported);
        try (ZosmfSimulator second = ZosmfSimulator.builder()
                .scenario(new ScenarioLoader().parse(exported, "exported.yaml")).start()) {
            Requests requests = new Requests(second);
            assertEquals(503, send(second.httpClient(), requests.get("/zosmf/info")).statusCode());
            send(second.httpClient(), requests.operatorCommand("S IZUSVR1"));
            assertEquals(200, send(second.httpClient(), requests.get("/zosmf/info")).statusCode());
            assertTrue(exportYaml(second).contains("  started: true\n"));
        }
    }

    /** RACF commands as IBMUSER through the TSO/E command service, and the admin API's own operations. */
    private static void buildState(ZosmfSimulator simulator) throws Exception {
        Requests requests = new Requests(simulator);
        HttpClient client = simulator.httpClient();
        for (String command : List.of(
                "ALTUSER COLIN SPECIAL",
                "ALTUSER COLIN PASSWORD(NEWPW) NOEXPIRED",
                "PERMIT IRR.DIGTCERT.MAP CLASS(FACILITY) ID(COLIN) ACCESS(READ)",
                "RDEFINE FACILITY IRR.DIGTCERT.LISTMAP UACC(READ)",
                "SETROPTS RACLIST(FACILITY) REFRESH",
                "RACDCERT MAP ID(COLIN) SDNFILTER('CN=COLIN2.O=EXAMPLE') WITHLABEL('SECOND')")) {
            HttpResponse<String> response = send(client, requests.tsoCommand(command)
                    .header("Authorization", basic("IBMUSER", "SYS1")));
            assertEquals(200, response.statusCode(), command + ": " + response.body());
        }
        for (var request : List.of(
                requests.post("/zosmf-sim/v1/users", "{\"userid\":\"ALICE\",\"password\":\"SECRET\"}"),
                requests.post("/zosmf-sim/v1/users/ALICE/certificate", "{\"subject\":\"CN=ALICE,O=EXAMPLE\"}"),
                requests.post("/zosmf-sim/v1/faults", "{\"name\":\"flaky-tso\",\"match\":{\"service\":\"tso\","
                        + "\"command\":\"LISTUSER.*\"},\"when\":{\"probability\":0.25},\"effect\":{\"error\":"
                        + "{\"status\":500,\"body\":{\"rc\":12,\"reason\":2}}}}"),
                requests.post("/zosmf-sim/v1/faults", "{\"match\":{\"path\":\"/zosmf/info\"},\"when\":{\"first\":2},"
                        + "\"effect\":{\"delay\":\"90s\"}}"),
                requests.put("/zosmf-sim/v1/zosmf/settings", "{\"hostname\":\"10.1.1.2\",\"port\":443,"
                        + "\"sessionExpireMinutes\":60}"),
                requests.post("/zosmf-sim/v1/operator-command", "{\"cmd\":\"F CEA,CEA=(02)\"}"))) {
            HttpResponse<String> response = send(client, requests.admin(request));
            assertTrue(response.statusCode() < 300, response.request().uri() + ": " + response.body());
        }
    }

    private static String exportYaml(ZosmfSimulator simulator) throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> export = send(simulator.httpClient(), requests.admin(requests.get(
                "/zosmf-sim/v1/scenario")));
        assertEquals(200, export.statusCode(), export.body());
        return export.body();
    }

    private static List<String> maps(SimulatedSystem system) {
        return system.racf().certificateMaps().stream().map(map -> map.userid() + " " + map.subjectFilter().racfForm()
                + " " + map.issuer().map(filter -> filter.racfForm()).orElse("-") + " " + map.label() + " "
                + map.trusted()).toList();
    }

    private static List<Scenario.FaultSpec> rules(SimulatedSystem system) {
        return system.faults().list().stream().map(listed -> FaultSpecs.toSpec(listed.rule())).toList();
    }
}
