package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import dev.zosmfsim.faults.FaultEffect;
import dev.zosmfsim.faults.FaultMatch;
import dev.zosmfsim.faults.FaultRule;
import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.faults.FaultTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each fault effect as a user's HttpClient code meets it: a late answer, an error, a 503, a reset, a short body. */
@ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL, lifecycle = SimulatorLifecycle.PER_METHOD)
class FaultEffectsTest {

    private final ZosmfSimulator simulator;
    private final Requests requests;
    private final HttpClient colin;

    FaultEffectsTest(ZosmfSimulator simulator) {
        this.simulator = simulator;
        requests = new Requests(simulator);
        colin = simulator.httpClientFor("COLIN");
    }


    @Test
    void aDelayHoldsTheAnswerUntilTheSimulatorClockPassesIt() throws Exception {
        install(onConsole(), new FaultTrigger.Always(), new FaultEffect.Delay(Duration.ofSeconds(90)));
        CompletableFuture<HttpResponse<String>> answer = colin.sendAsync(requests.displayTime("COLIN99").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(simulator.clock().awaitWaiters(1, Duration.ofSeconds(10)), "the request waits on the clock");
        simulator.clock().advance(Duration.ofSeconds(89));
        assertFalse(answer.isDone(), "89 s are not 90");
        simulator.clock().advance(Duration.ofSeconds(1));
        HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("IEE136I"), response.body());
    }

    @Test
    void anErrorRuleAnswersWithItsStatusAndBody() throws Exception {
        install(onConsole(), new FaultTrigger.First(1), new FaultEffect.Error(500,
                Map.of("reason", "Timeout when creating TSO address space for console COLIN99", "return-code", 2,
                        "reason-code", 21)));
        HttpResponse<String> first = send(colin, requests.displayTime("COLIN99"));
        assertEquals(500, first.statusCode());
        assertEquals(21, Json.parse(first.body()).get("reason-code").asInt());
        assertEquals(200, send(colin, requests.displayTime("COLIN99")).statusCode(), "first: 1 fires once");
        assertEquals("error 500", simulator.journal().entries().get(0).fault());
    }

    @Test
    void unavailableLooksLikeZosmfDown() throws Exception {
        install(FaultMatch.any(), new FaultTrigger.Always(), new FaultEffect.Unavailable());
        HttpResponse<String> info = send(simulator.httpClient(), requests.get("/zosmf/info"));
        assertEquals(503, info.statusCode());
        assertTrue(Json.parse(info.body()).get("message").asText().startsWith("IZUG402E"), info.body());
    }

    @Test
    void aDroppedConnectionGivesTheClientAnIoErrorAndNoCommandRuns() {
        install(onConsole(), new FaultTrigger.Always(), new FaultEffect.Drop());
        assertThrows(IOException.class, () -> send(colin, requests.displayTime("COLIN99")));
        assertEquals(0, simulator.admin().sessions().size(), "the dropped request never reached the console");
    }

    @Test
    void aTruncatedBodyFailsTheClientsRead() {
        install(onConsole(), new FaultTrigger.Always(), new FaultEffect.Truncate(10));
        IOException cut = assertThrows(IOException.class, () -> send(colin, requests.displayTime("COLIN99")));
        assertTrue(String.valueOf(cut.getMessage()).toLowerCase().contains("content-length")
                || String.valueOf(cut.getMessage()).contains("EOF") || cut.getMessage() == null
                || cut.getMessage().contains("closed"), cut.toString());
    }

    @Test
    void aTrickledBodyComesPieceByPieceOnTheSimulatorClock() throws Exception {
        install(FaultMatch.any(), new FaultTrigger.Always(), new FaultEffect.Trickle(64, Duration.ofSeconds(1)));
        HttpResponse<InputStream> response = simulator.httpClient().send(requests.get("/zosmf/info").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (InputStream body = response.body()) {
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            received.write(body.readNBytes(64));
            assertEquals("{\"zos_version\"", received.toString(StandardCharsets.US_ASCII).substring(0, 14));
            CompletableFuture<byte[]> rest = CompletableFuture.supplyAsync(() -> {
                try {
                    return body.readAllBytes();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(simulator.clock().awaitWaiters(1, Duration.ofSeconds(10)), "the next piece waits on the clock");
            assertFalse(rest.isDone(), "nothing more comes while the clock stands still");
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!rest.isDone() && System.nanoTime() < end) {
                if (simulator.clock().awaitWaiters(1, Duration.ofMillis(100))) {
                    simulator.clock().advance(Duration.ofSeconds(1));
                }
            }
            received.write(rest.get(10, TimeUnit.SECONDS));
            assertEquals("04.27.00", Json.parse(received.toString(StandardCharsets.US_ASCII)).get("zos_version").asText());
        }
    }

    @Test
    void aStalledHandshakeRunsIntoTheClientsTimeout() throws Exception {
        install(FaultMatch.any(), new FaultTrigger.First(1), new FaultEffect.StallHandshake());
        HttpClient impatient = HttpClient.newBuilder().sslContext(simulator.sslContext())
                .connectTimeout(Duration.ofMillis(500)).build();
        IOException timedOut = assertThrows(IOException.class, () -> impatient.send(requests.get("/zosmf/info")
                .timeout(Duration.ofMillis(800)).build(), HttpResponse.BodyHandlers.ofString()));
        assertTrue(timedOut instanceof HttpTimeoutException, timedOut.toString());
        assertEquals(200, send(HttpClient.newBuilder().sslContext(simulator.sslContext()).build(),
                requests.get("/zosmf/info")).statusCode(), "the next connection shakes hands again");
        assertEquals("stall handshake", simulator.admin().faultFirings().get(0).effect());
    }

    @Test
    void aSeededProbabilityRuleFiresTheSameWayEveryRun() throws Exception {
        List<Integer> first = statusesWithSeed(42);
        List<Integer> second = statusesWithSeed(42);
        assertEquals(first, second);
        assertTrue(first.contains(503) && first.contains(200), "a probability of one half fires some: " + first);
    }

    @Test
    void aRuleMatchesOnUserAndCommandOnly() throws Exception {
        install(new FaultMatch(null, null, FaultService.CONSOLE, "COLIN", null, FaultMatch.commandPattern("D A.*")),
                new FaultTrigger.Always(), new FaultEffect.Unavailable());
        assertEquals(200, send(colin, requests.displayTime("COLIN99")).statusCode(), "another command");
        assertEquals(503, send(colin, requests.put("/zosmf/restconsoles/consoles/COLIN99", "{\"cmd\":\"d a,l\"}"))
                .statusCode());
        assertEquals(200, send(simulator.httpClient(), requests.put("/zosmf/restconsoles/consoles/defcn",
                "{\"cmd\":\"D A,L\"}").header("Authorization", basic("IBMUSER", "SYS1"))).statusCode(),
                "another user");
    }

    @Test
    void removingARuleRestoresNormalService() throws Exception {
        String id = install(FaultMatch.any(), new FaultTrigger.Always(), new FaultEffect.Unavailable());
        assertEquals(503, send(colin, requests.displayTime("COLIN99")).statusCode());
        assertTrue(simulator.admin().removeFault(id));
        assertEquals(200, send(colin, requests.displayTime("COLIN99")).statusCode());
        JsonNode listed = Json.parse(send(simulator.httpClient(), requests.admin(requests.get("/zosmf-sim/v1/faults")))
                .body());
        assertEquals(0, listed.get("rules").size());
    }

    private List<Integer> statusesWithSeed(long seed) throws Exception {
        simulator.system().faults().reseed(seed);
        simulator.admin().clearFaults();
        install(FaultMatch.any(), new FaultTrigger.Probability(0.5), new FaultEffect.Unavailable());
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(send(simulator.httpClient(), requests.get("/zosmf/info")).statusCode());
        }
        return statuses;
    }

    private static FaultMatch onConsole() {
        return new FaultMatch(null, null, FaultService.CONSOLE, null, null, null);
    }

    private String install(FaultMatch match, FaultTrigger trigger, FaultEffect effect) {
        return simulator.admin().addFault(new FaultRule("test", match, trigger, effect));
    }
}
