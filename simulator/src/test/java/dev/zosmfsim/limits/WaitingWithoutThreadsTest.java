package dev.zosmfsim.limits;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Requests that wait (TSO receive long polls, the console's collection window, fault delays) hold no thread: with a
 * server of 16 threads, hundreds of them wait at once on a stopped clock and the server still answers others; moving
 * the clock answers them all as z/OSMF would.
 */
class WaitingWithoutThreadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            "IBMUSER:SYS1".getBytes(StandardCharsets.US_ASCII));

    @Test
    void fiveHundredTsoReceivesHeldOnSixteenThreadsLeaveTheServerAnswering() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().clock(SimClock.manual())
                .limits(limits -> limits.withMaxThreads(16)).start()) {
            HttpClient client = simulator.httpClient();
            JsonNode started = JSON.readTree(send(client, simulator, "POST",
                    "/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23", null).body());
            String key = started.get("servletKey").asText();
            List<CompletableFuture<HttpResponse<String>>> receives = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                receives.add(client.sendAsync(request(simulator, "GET", "/zosmf/tsoApp/tso/" + key, null),
                        HttpResponse.BodyHandlers.ofString()));
            }
            assertTrue(simulator.clock().awaitWaiters(500, Duration.ofSeconds(60)),
                    "500 receives wait on the clock; waiting: " + simulator.clock().waiters());
            assertTrue(receives.stream().noneMatch(CompletableFuture::isDone), "no receive is answered early");

            HttpResponse<String> info = send(client, simulator, "GET", "/zosmf/info", null);
            assertEquals(200, info.statusCode(), "the server answers while 500 requests wait");
            assertTrue(info.body().contains("zosmf_version"), info.body());

            simulator.clock().advance(Duration.ofSeconds(15));
            for (CompletableFuture<HttpResponse<String>> receive : receives) {
                HttpResponse<String> answered = receive.get(60, TimeUnit.SECONDS);
                assertEquals(200, answered.statusCode());
                assertTrue(JSON.readTree(answered.body()).get("timeout").asBoolean(), answered.body());
            }
            assertEquals(0, simulator.clock().waiters());
        }
    }

    @Test
    void consoleCommandsInTheirWindowAndDelayedRequestsHoldNoThread() throws Exception {
        String yaml = "extends: default\nfaults:\n  rules:\n    - name: slow-info\n"
                + "      match: {method: GET, path: /zosmf/info}\n      effect: {delay: 20s}\n";
        try (ZosmfSimulator simulator = ZosmfSimulator.builder()
                .scenario(new ScenarioLoader().parse(yaml, "slow.yaml")).clock(SimClock.manual())
                .limits(limits -> limits.withMaxThreads(16)).start()) {
            HttpClient client = simulator.httpClient();
            List<CompletableFuture<HttpResponse<String>>> delayed = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> commands = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                delayed.add(client.sendAsync(request(simulator, "GET", "/zosmf/info", null),
                        HttpResponse.BodyHandlers.ofString()));
                // a sol-key that never comes: the issue waits its whole 3 s window
                commands.add(client.sendAsync(request(simulator, "PUT", "/zosmf/restconsoles/consoles/C" + (i % 10),
                        "{\"cmd\":\"D T\",\"sol-key\":\"NEVER-SEEN\"}"), HttpResponse.BodyHandlers.ofString()));
            }
            assertTrue(simulator.clock().awaitWaiters(200, Duration.ofSeconds(60)),
                    "waiting: " + simulator.clock().waiters());
            HttpResponse<String> topology = send(client, simulator, "GET", "/zosmf/resttopology/systems", null);
            assertTrue(topology.statusCode() < 500, "answered while 200 requests wait: " + topology.statusCode());

            simulator.clock().advance(Duration.ofSeconds(3));
            for (CompletableFuture<HttpResponse<String>> command : commands) {
                HttpResponse<String> answered = command.get(60, TimeUnit.SECONDS);
                assertEquals(200, answered.statusCode(), answered.body());
                JsonNode body = JSON.readTree(answered.body());
                assertEquals(false, body.get("sol-key-detected").asBoolean(), answered.body());
                assertTrue(body.get("cmd-response").asText().contains("IEE136I"), answered.body());
            }
            assertTrue(delayed.stream().noneMatch(CompletableFuture::isDone), "3 s is before the 20 s delay");
            simulator.clock().advance(Duration.ofSeconds(17));
            for (CompletableFuture<HttpResponse<String>> info : delayed) {
                assertEquals(200, info.get(60, TimeUnit.SECONDS).statusCode());
            }
        }
    }

    @Test
    void trickledAnswersHoldNoThreadBetweenTheirPieces() throws Exception {
        String yaml = "extends: default\nfaults:\n  rules:\n    - name: trickled-topology\n"
                + "      match: {method: GET, path: /zosmf/resttopology/systems}\n"
                + "      effect: {trickle: {bytes: 100000, every: 1s}}\n";
        try (ZosmfSimulator simulator = ZosmfSimulator.builder()
                .scenario(new ScenarioLoader().parse(yaml, "trickle.yaml")).clock(SimClock.manual())
                .limits(limits -> limits.withMaxThreads(16)).start()) {
            HttpClient client = simulator.httpClient();
            List<CompletableFuture<HttpResponse<String>>> trickled = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                trickled.add(client.sendAsync(request(simulator, "GET", "/zosmf/resttopology/systems", null),
                        HttpResponse.BodyHandlers.ofString()));
            }
            // each has sent its first piece and waits a second on the clock before it ends
            assertTrue(simulator.clock().awaitWaiters(100, Duration.ofSeconds(60)),
                    "waiting: " + simulator.clock().waiters());
            assertEquals(200, send(client, simulator, "GET", "/zosmf/info", null).statusCode(),
                    "answered while 100 trickled answers wait between pieces");
            simulator.clock().advance(Duration.ofSeconds(1));
            for (CompletableFuture<HttpResponse<String>> answer : trickled) {
                HttpResponse<String> done = answer.get(60, TimeUnit.SECONDS);
                assertEquals(200, done.statusCode());
                assertTrue(done.body().contains("\"numRows\""), done.body());
            }
        }
    }

    private static HttpResponse<String> send(HttpClient client, ZosmfSimulator simulator, String method, String path,
            String body) throws Exception {
        return client.send(request(simulator, method, path, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(ZosmfSimulator simulator, String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(simulator.baseUri() + path)).timeout(Duration.ofSeconds(60))
                .header("X-CSRF-ZOSMF-HEADER", "true").header("Content-Type", "application/json")
                .header("Authorization", AUTH)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
