package dev.zosmfsim.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioLoader;
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

/**
 * {@code GET /zosmf/restconsoles/v1/log} over HTTP: the shape of a real response (Zowe's captured one, in
 * zowe-cli's packages/zoslogs tests), IBM's parameters, and refusals in the console services' body.
 */
class HardcopyLogOverHttpTest {

    private static final Instant START = Instant.parse("2026-06-28T15:34:43.250Z");
    private static final String SCENARIO = "extends: default\nsystem:\n  utcOffset: \"-04:00\"\n";
    /** The fields of an item, in the order of the captured response. */
    private static final List<String> ITEM_FIELDS = List.of("jobName", "system", "color", "replyId", "messageId",
            "subType", "time", "message", "type", "cart", "timestamp");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ZosmfSimulator simulator;
    private static HttpClient colin;

    @BeforeAll
    static void start() {
        simulator = ZosmfSimulator.builder().scenario(new ScenarioLoader().parse(SCENARIO, "log.yaml"))
                .clock(SimClock.manual(START)).start();
        colin = simulator.httpClientFor("COLIN");
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void aCommandAndItsResponseReadBackInTheCapturedShape() throws Exception {
        HttpResponse<String> issued = send(HttpRequest.newBuilder(uri("/zosmf/restconsoles/consoles/COLIN99"))
                .header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}")));
        assertEquals(200, issued.statusCode(), issued.body());
        String key = JSON.readTree(issued.body()).get("cmd-response-key").asText();

        JsonNode log = get("/zosmf/restconsoles/v1/log?direction=backward&timeRange=10m&", 200);
        assertEquals(List.of("timezone", "nextTimestamp", "source", "totalitems", "items"), names(log));
        assertEquals(-4, log.get("timezone").asInt());
        assertTrue(log.get("timezone").isInt(), log.toString());
        assertEquals("OPERLOG", log.get("source").asText());
        assertEquals(START.minus(Duration.ofMinutes(10)).toEpochMilli(), log.get("nextTimestamp").asLong());
        JsonNode items = log.get("items");
        assertEquals(items.size(), log.get("totalitems").asInt());
        JsonNode echo = find(items, "D T");
        assertEquals(ITEM_FIELDS, names(echo));
        assertEquals("COLIN99 ", echo.get("jobName").asText(), "padded to eight, as z/OSMF sends it");
        assertEquals("S0W1    ", echo.get("system").asText());
        assertEquals("green", echo.get("color").asText());
        assertEquals("0", echo.get("replyId").asText());
        assertTrue(echo.get("messageId").asText().matches("[0-9]+"), echo.toString());
        assertEquals("NULL", echo.get("subType").asText());
        assertEquals("Sun Jun 28 15:34:43 GMT 2026", echo.get("time").asText());
        assertEquals("HARDCOPY", echo.get("type").asText());
        assertEquals(key, echo.get("cart").asText());
        assertTrue(echo.get("timestamp").isIntegralNumber());
        assertEquals(START.toEpochMilli(), echo.get("timestamp").asLong());
        JsonNode response = items.get(indexOf(items, "D T") + 1);
        assertTrue(response.get("message").asText().startsWith(" IEE136I LOCAL: TIME=11.34.43 DATE=2026.179  UTC:"
                + " TIME=15.34.43"), response.toString());
        assertEquals(key, response.get("cart").asText());
        assertEquals("        ", response.get("jobName").asText());
        JsonNode logon = items.get(indexOf(items, "D T") - 1);
        assertTrue(logon.get("message").asText().startsWith(" IEF125I COLIN - LOGGED ON"), logon.toString());
        assertEquals("0", logon.get("cart").asText(), "an unsolicited message has no CART");
    }

    @Test
    void theHardcopyParameterNamesTheSourceAndTheStartMayBeATimeOrATimestamp() throws Exception {
        assertEquals("SYSLOG", get("/zosmf/restconsoles/v1/log?hardcopy=syslog", 200).get("source").asText());
        assertEquals("OPERLOG", get("/zosmf/restconsoles/v1/log?hardcopy=OPERLOG&sysName=s0w1", 200)
                .get("source").asText());
        long from = START.minusSeconds(60).toEpochMilli();
        JsonNode byTimestamp = get("/zosmf/restconsoles/v1/log?timestamp=" + from + "&direction=forward&timeRange=30s",
                200);
        assertEquals(from + 30_000, byTimestamp.get("nextTimestamp").asLong());
        // a '+' the client did not encode arrives as a blank
        JsonNode offset = get("/zosmf/restconsoles/v1/log?time=2026-06-28T23:34:43.250+08:00&timeRange=1s", 200);
        assertEquals(START.minusSeconds(1).toEpochMilli(), offset.get("nextTimestamp").asLong());
        JsonNode noSeconds = get("/zosmf/restconsoles/v1/log?time=2026-06-28T15:34Z&timeRange=5m", 200);
        assertEquals(Instant.parse("2026-06-28T15:29:00Z").toEpochMilli(), noSeconds.get("nextTimestamp").asLong());
        JsonNode region = get("/zosmf/restconsoles/v1/log?time=2026-06-28T11:34:43.250-04:00%5BAmerica/New_York%5D"
                + "&timeRange=1s", 200);
        assertEquals(START.minusSeconds(1).toEpochMilli(), region.get("nextTimestamp").asLong());
        JsonNode noOffset = get("/zosmf/restconsoles/v1/log?time=2026-06-28T15:34:43.250&timeRange=1s", 200);
        assertEquals(START.minusSeconds(1).toEpochMilli(), noOffset.get("nextTimestamp").asLong(), "UTC");
    }

    @Test
    void aReadFromAfterNowFindsNothing() throws Exception {
        JsonNode later = get("/zosmf/restconsoles/v1/log?time=2026-06-28T16:00:00Z&direction=forward", 200);
        assertEquals(0, later.get("totalitems").asInt());
        assertEquals(0, later.get("items").size());
    }

    @Test
    void badParametersAreRefusedInTheConsoleServicesShape() throws Exception {
        for (String query : List.of("timeRange=10", "timeRange=0m", "timeRange=1000s", "direction=up",
                "hardcopy=joblog", "time=yesterday", "time=2026-13-01T00:00:00Z", "timestamp=-1", "timestamp=abc",
                "time=2026-06-28T15:34Z&timestamp=1", "timeRange=1m&timeRange=2m", "direction=",
                "time=%2B999999999-12-31T23:59:59Z")) {
            JsonNode refused = get("/zosmf/restconsoles/v1/log?" + query, 400);
            assertEquals(1, refused.get("return-code").asInt(), query + ": " + refused);
            assertEquals(22, refused.get("reason-code").asInt(), query + ": " + refused);
            assertTrue(!refused.get("reason").asText().isBlank(), query);
        }
        for (String query : List.of("sysName=SYSB", "sysName=TOOLONGNAME", "sysName=S0;W1")) {
            JsonNode refused = get("/zosmf/restconsoles/v1/log?" + query, 400);
            assertEquals(24, refused.get("reason-code").asInt(), query + ": " + refused);
        }
    }

    private static JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return colin.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(simulator.baseUri() + path);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int indexOf(JsonNode items, String message) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get("message").asText().equals(message)) {
                return i;
            }
        }
        throw new AssertionError("no item " + message + " in " + items);
    }

    private static JsonNode find(JsonNode items, String message) {
        return items.get(indexOf(items, message));
    }
}
