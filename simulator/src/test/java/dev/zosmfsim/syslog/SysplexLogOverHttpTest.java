package dev.zosmfsim.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.system.SimulatedSystem;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On the shipped sysplex scenario, OPERLOG is the sysplex's log; SYSLOG and {@code sysName} pick one member's. */
class SysplexLogOverHttpTest {

    private static final Instant START = Instant.parse("2026-06-28T15:34:43.250Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ZosmfSimulator simulator;
    private static HttpClient colin;

    @BeforeAll
    static void start() {
        simulator = ZosmfSimulator.builder().scenario("sysplex").clock(SimClock.manual(START)).start();
        colin = simulator.httpClientFor("COLIN");
        SimulatedSystem s0w2 = simulator.system().sysplex().member("S0W2").orElseThrow();
        s0w2.messages().write("IEA989I SLIP TRAP ID=X33E MATCHED");
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void operlogHoldsEveryMembersMessagesWithTheirSystemName() throws Exception {
        JsonNode items = get("/zosmf/restconsoles/v1/log?timeRange=1m", 200).get("items");
        assertEquals(List.of("S0W2    "), systemsOf(items, "IEA989I"));
    }

    @Test
    void syslogIsZosmfsOwnSystemsUnlessSysNameNamesAnother() throws Exception {
        assertEquals(List.of(), systemsOf(get("/zosmf/restconsoles/v1/log?hardcopy=syslog&timeRange=1m", 200)
                .get("items"), "IEA989I"));
        assertEquals(List.of("S0W2    "), systemsOf(get("/zosmf/restconsoles/v1/log?hardcopy=syslog&sysName=S0W2"
                + "&timeRange=1m", 200).get("items"), "IEA989I"));
        assertEquals(List.of(), systemsOf(get("/zosmf/restconsoles/v1/log?sysName=S0W3&timeRange=1m", 200)
                .get("items"), "IEA989I"));
        JsonNode refused = get("/zosmf/restconsoles/v1/log?sysName=S0W9", 400);
        assertEquals(24, refused.get("reason-code").asInt(), refused.toString());
        assertTrue(refused.get("reason").asText().contains("S0W9"), refused.toString());
    }

    private static List<String> systemsOf(JsonNode items, String messagePrefix) {
        List<String> systems = new ArrayList<>();
        items.forEach(item -> {
            if (item.get("message").asText().startsWith(messagePrefix)) {
                systems.add(item.get("system").asText());
            }
        });
        return systems;
    }

    private static JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = colin.send(HttpRequest.newBuilder(URI.create(simulator.baseUri() + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
