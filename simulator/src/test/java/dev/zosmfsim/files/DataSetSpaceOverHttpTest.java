package dev.zosmfsim.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioException;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The scenario's {@code limits.dataSetSpace}: the system's DASD, which a write past it finds full (B37). */
class DataSetSpaceOverHttpTest {

    private static final String SCENARIO = """
            extends: default
            limits:
              dataSetSpace: 16KiB
            datasets:
              COLIN.BIG: {alcunit: CYL, primary: 10, secondary: 10}
            """;

    @Test
    void aWritePastTheScenariosSpaceGetsZosmfsOutOfSpaceAnswerAndTheExportKeepsTheSpace() throws Exception {
        Scenario scenario = new ScenarioLoader().parse(SCENARIO, "space.yaml");
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().scenario(scenario).clock(SimClock.manual()).start()) {
            HttpClient colin = simulator.httpClientFor("COLIN");
            String small = "A SMALL RECORD\n".repeat(10);
            assertEquals(204, put(simulator, colin, small).statusCode(), "room for a few records");

            HttpResponse<String> full = put(simulator, colin, "X".repeat(79).concat("\n").repeat(300));
            assertEquals(500, full.statusCode(), full.body());
            JsonNode body = new ObjectMapper().readTree(full.body());
            assertEquals(6, body.get("category").asInt(), full.body());
            assertEquals(4, body.get("rc").asInt(), full.body());
            assertEquals("Write error", body.get("message").asText(), full.body());
            assertTrue(body.get("details").get(0).asText().startsWith("IEC031I B37-04"), full.body());

            Scenario exported = new ScenarioLoader().parse(simulator.admin().exportYaml(), "exported.yaml");
            assertEquals("16KiB", exported.limits().dataSetSpace());
        }
    }

    @Test
    void aSpaceTheSystemCannotStartWithIsRefusedWhereItStands() {
        ScenarioException refused = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(
                "limits:\n  dataSetSpace: 1000\n", "s.yaml"));
        assertTrue(refused.getMessage().contains("limits.dataSetSpace: expected from 16KiB"), refused.getMessage());
        ScenarioException unit = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(
                "limits:\n  dataSetSpace: 64MB\n", "s.yaml"));
        assertTrue(unit.getMessage().contains("such as 512KiB, 64MiB or 1GiB"), unit.getMessage());
    }

    private static HttpResponse<String> put(ZosmfSimulator simulator, HttpClient client, String text)
            throws Exception {
        return client.send(HttpRequest.newBuilder(simulator.baseUri().resolve("/zosmf/restfiles/ds/COLIN.BIG"))
                .header("Content-Type", "text/plain").header("X-CSRF-ZOSMF-HEADER", "true")
                .PUT(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
