package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The field notes' HOSTNAME story over HTTPS, on the manual clock: without HOSTNAME (or with 127.0.0.1) a console
 * request fails after 60 simulated seconds with return code 2 reason code 21 and IZUG0.log says why, TSO sessions
 * still start, and the fix takes a z/OSMF restart.
 */
class HostnameStoryTest {

    private ZosmfSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private Requests start(String hostname) {
        simulator = ZosmfSimulator.builder().scenario(new ScenarioLoader().parse("extends: default\nzosmf:\n"
                + "  hostname: \"" + hostname + "\"\n", "hostname.yaml")).clock(SimClock.manual()).start();
        return new Requests(simulator);
    }

    @Test
    void withoutHostnameTheConsoleTimesOutAfterSixtySecondsAndTheLogSaysWhy() throws Exception {
        Requests requests = start("");
        Instant before = simulator.clock().now();
        HttpResponse<String> response = timedOut(requests);
        assertEquals(500, response.statusCode());
        JsonNode body = Json.parse(response.body());
        assertEquals("Timeout when creating TSO address space for console COLIN99", body.get("reason").asText());
        assertEquals(2, body.get("return-code").asInt());
        assertEquals(21, body.get("reason-code").asInt());
        assertEquals(Duration.ofSeconds(60), Duration.between(before, simulator.clock().now()));

        String log = send(simulator.httpClient(), requests.admin(requests.get("/zosmf-sim/v1/izug-log"))).body();
        assertTrue(log.contains("INFO:Prepare to start new TSO/E address space with acct: ACCT#, proc: IZUFPROC,"
                + " rsize: 50000, apptag: IZUCONAP"), log);
        assertTrue(log.matches("(?s).*\\[tx[0-9A-F]{16}:COLIN@127\\.0\\.0\\.1 \\(PUT\\) /zosmf/restconsoles/consoles/"
                + "COLIN99\\?null].*"), log);
        assertTrue(log.contains("WARNING:exception when run as server:\njava.net.SocketTimeoutException: Connect"
                + " timed out"), log);
        assertEquals("S0W1.DAL-EBIS.IHOST.COM", Json.parse(send(simulator.httpClient(), requests.get("/zosmf/info"))
                .body()).get("zosmf_hostname").asText());
    }

    @Test
    void loopbackAsHostnameFailsTheSameWay() throws Exception {
        Requests requests = start("127.0.0.1");
        assertEquals(21, Json.parse(timedOut(requests).body()).get("reason-code").asInt());
    }

    @Test
    void tsoSessionsStillStartWhileTheConsoleFails() throws Exception {
        Requests requests = start("");
        HttpResponse<String> tso = send(simulator.httpClientFor("COLIN"),
                requests.post("/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23&rsize=4096", ""));
        assertEquals(200, tso.statusCode());
        assertTrue(Json.parse(tso.body()).get("servletKey").asText().startsWith("COLIN-"), tso.body());
    }

    @Test
    void theFixIsTheStacksAddressAndAZosmfRestart() throws Exception {
        Requests requests = start("");
        HttpClient admin = simulator.httpClient();
        assertEquals(200, send(admin, requests.admin(requests.put("/zosmf-sim/v1/zosmf/settings",
                "{\"hostname\":\"10.1.1.2\"}"))).statusCode());
        assertEquals(21, Json.parse(timedOut(requests).body()).get("reason-code").asInt(),
                "a changed IZUPRMxx without a restart changes nothing");
        assertEquals(200, send(admin, requests.admin(requests.post("/zosmf-sim/v1/zosmf/restart", ""))).statusCode());
        HttpResponse<String> works = send(simulator.httpClientFor("COLIN"), requests.displayTime("COLIN99"));
        assertEquals(200, works.statusCode(), works.body());
        assertTrue(Json.parse(works.body()).get("cmd-response").asText().contains("IEE136I"));
    }

    /** Issues D T on COLIN99 and moves the clock past z/OSMF's 60 s connect timeout; the answer. */
    private HttpResponse<String> timedOut(Requests requests) throws Exception {
        CompletableFuture<HttpResponse<String>> answer = simulator.httpClientFor("COLIN").sendAsync(
                requests.displayTime("COLIN99").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(simulator.clock().awaitWaiters(1, Duration.ofSeconds(10)), "z/OSMF waits for the TSO connection");
        simulator.clock().advance(Duration.ofSeconds(59));
        assertFalse(answer.isDone(), "59 s are not the timeout yet");
        simulator.clock().advance(Duration.ofSeconds(1));
        return answer.get(10, TimeUnit.SECONDS);
    }
}
