package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.LoggedOn;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario {@code zosmf-down}: IZUSVR1 is not started; every z/OSMF request gets 503 until an operator starts it. */
@ZosmfSimulatorTest(scenario = "zosmf-down", clock = SimClock.Mode.MANUAL, lifecycle = SimulatorLifecycle.PER_METHOD)
class ZosmfDownScenarioTest {

    private static final String DOWN = "{\"returnCode\":16,\"reasonCode\":1,\"message\":\"IZUG402E z/OSMF (IZUSVR1)"
            + " is not running; start it with S IZUSVR1.\"}";

    @Test
    void everyZosmfServiceAnswers503(ZosmfSimulator simulator, @LoggedOn(user = "COLIN") HttpClient colin)
            throws Exception {
        Requests requests = new Requests(simulator);
        for (HttpResponse<String> response : List.of(
                send(colin, requests.get("/zosmf/info")),
                send(colin, requests.post("/zosmf/services/authenticate", "")),
                send(colin, requests.displayTime("COLIN99")),
                send(colin, requests.startTso()),
                send(colin, requests.tsoCommand("TIME")),
                send(simulator.httpClient(), requests.get("/zosmf/info").header("Authorization", basic("IBMUSER",
                        "SYS1"))))) {
            assertEquals(503, response.statusCode(), response.request().uri().toString());
            assertEquals(Json.parse(DOWN), Json.parse(response.body()), response.request().uri().toString());
        }
        assertTrue(simulator.admin().sessions().isEmpty(), "no request reached CEA");
    }

    @Test
    void curlSeesTheServerDown(ZosmfSimulator simulator, @TempDir Path folder) throws Exception {
        assumeTrue(Processes.onPath("curl"), "curl is not installed on this machine");
        CredentialFolder files = new CredentialFolder(simulator, folder);
        Processes.Result curl = Processes.run(List.of("curl", "-sS", "--max-time", "20", "--cacert",
                files.ca.toString(), "-w", "\n%{http_code}", simulator.baseUri() + "/zosmf/info"), Map.of(), null,
                Duration.ofSeconds(30));
        assertEquals(0, curl.exitCode(), curl.describe());
        assertTrue(curl.stdout().endsWith("\n503"), curl.describe());
        assertTrue(curl.stdout().startsWith(DOWN), curl.describe());
    }

    @Test
    void anOperatorStartsItWithSIzusvr1(ZosmfSimulator simulator, @LoggedOn(user = "COLIN") HttpClient colin,
            HttpClient anonymous) throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> start = send(anonymous, requests.operatorCommand("S IZUSVR1"));
        assertEquals(Json.parse("{\"messages\":[\" $HASP100 IZUSVR1  ON STCINRDR\"]}"), Json.parse(start.body()));

        assertEquals(200, send(anonymous, requests.get("/zosmf/info")).statusCode());
        HttpResponse<String> command = send(colin, requests.displayTime("COLIN99"));
        assertEquals(200, command.statusCode(), command.body());
        assertTrue(command.body().contains("IEE136I"), command.body());
    }

    @Test
    void startedIsNoSettingTheAdminApiChanges(ZosmfSimulator simulator, HttpClient anonymous) throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> refused = send(anonymous, requests.admin(requests.put("/zosmf-sim/v1/zosmf/settings",
                "{\"started\":true}")));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(Json.parse(refused.body()).get("message").asText().contains("started is not a setting: stop and"
                + " start z/OSMF with the operator commands P IZUSVR1 and S IZUSVR1"), refused.body());
        assertEquals(503, send(anonymous, requests.get("/zosmf/info")).statusCode());
    }

    @Test
    void aRestartStartsItToo(ZosmfSimulator simulator, HttpClient anonymous) throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> restart = send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/zosmf/restart",
                "")));
        assertEquals(Json.parse("{\"messages\":[\" IEE341I IZUSVR1  NOT ACTIVE\",\" $HASP100 IZUSVR1  ON STCINRDR\"]}"),
                Json.parse(restart.body()));
        assertEquals(200, send(anonymous, requests.get("/zosmf/info")).statusCode());
    }
}
