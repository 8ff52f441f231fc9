package dev.zosmfsim.tso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.ZosmfRequests;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.cea.SessionKind;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The CEA limits and the session table under concurrent clients on the real HTTPS port: racing starts get exactly
 * the allowed number of sessions, every time; starts, sends, ends, cancels, idle ends and revokes interleaved from
 * many threads leave a table that agrees with itself and with what clients hold; consoles shared by many threads keep
 * each command's messages under its own key. The races reuse {@link CeaLimitsTest#race}.
 */
class SessionRaceOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String START = "/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23";

    @RepeatedTest(5)
    void twoHundredClientsRacingForFiftySessionsGetExactlyFifty() throws Exception {
        try (ZosmfSimulator simulator = simulator(50, 50, 200)) {
            HttpClient client = simulator.httpClient();
            Queue<String> keys = new ConcurrentLinkedQueue<>();
            Queue<String> refusals = new ConcurrentLinkedQueue<>();
            int started = CeaLimitsTest.race(200, i -> () -> {
                JsonNode body = start(simulator, client, user(i));
                if (body.has("servletKey") && !body.has("msgData")) {
                    keys.add(body.get("servletKey").asText());
                    return true;
                }
                refusals.add(body.at("/msgData/0/messageText").asText());
                return false;
            });
            assertEquals(50, started);
            assertEquals(50, new HashSet<>(keys).size(), "every session has its own servlet key");
            assertEquals(150, refusals.size());
            assertTrue(refusals.stream().allMatch(text -> text.startsWith("IZUG1121E") && text.contains("MAXSESSIONS(50)")),
                    refusals.peek());
            assertTableAgrees(simulator, 50, 50);
        }
    }

    @RepeatedTest(5)
    void aHundredStartsOfOneUserGetExactlyMaxSessPerUser() throws Exception {
        try (ZosmfSimulator simulator = simulator(50, 10, 1)) {
            HttpClient client = simulator.httpClient();
            int started = CeaLimitsTest.race(100, i -> () -> start(simulator, client, user(0)).has("queueID"));
            assertEquals(10, started);
            assertTableAgrees(simulator, 10, 10);
        }
    }

    @RepeatedTest(2)
    void startsEndsCancelsIdleEndsAndRevokesInterleavedLeaveAConsistentTable() throws Exception {
        try (ZosmfSimulator simulator = simulator(12, 3, 6)) {
            HttpClient client = simulator.httpClient();
            Map<String, String> heldKeys = new ConcurrentHashMap<>(); // key -> user, as the clients know them
            AtomicInteger mostInUse = new AtomicInteger();
            CeaLimitsTest.race(48, i -> () -> {
                SplittableRandom random = new SplittableRandom(i);
                for (int step = 0; step < 25; step++) {
                    String user = user(random.nextInt(6));
                    int action = random.nextInt(100);
                    if (action < 40) {
                        JsonNode body = start(simulator, client, user);
                        if (body.has("queueID")) {
                            heldKeys.put(body.get("servletKey").asText(), user);
                        }
                    } else if (action < 65) {
                        heldKeys.keySet().stream().skip(random.nextInt(Math.max(1, heldKeys.size()))).findFirst()
                                .ifPresent(key -> send(simulator, client, heldKeys.get(key), "PUT", "/zosmf/tsoApp/tso/"
                                        + key, "{\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"TIME\"}}"));
                    } else if (action < 80) {
                        heldKeys.keySet().stream().skip(random.nextInt(Math.max(1, heldKeys.size()))).findFirst()
                                .ifPresent(key -> send(simulator, client, heldKeys.get(key), "DELETE",
                                        "/zosmf/tsoApp/tso/" + key, null));
                    } else if (action < 88) {
                        simulator.admin().cancel(user, null);
                    } else if (action < 94) {
                        simulator.admin().revoke(user);
                        // refused while revoked; but another thread may resume the user in between, and then the
                        // start works and this client holds the session like any other
                        JsonNode body = start(simulator, client, user);
                        if (body.has("queueID")) {
                            heldKeys.put(body.get("servletKey").asText(), user);
                        }
                        simulator.admin().resume(user);
                    } else {
                        simulator.clock().advance(Duration.ofMinutes(6)); // every 2nd advance idles sessions out
                    }
                    mostInUse.accumulateAndGet(simulator.system().addressSpaces().inUse(), Math::max);
                }
                return true;
            });
            assertTrue(heldKeys.size() >= 100 && mostInUse.get() >= 6, "the run did little: " + heldKeys.size()
                    + " sessions started, at most " + mostInUse.get() + " at once");
            assertTableAgrees(simulator, simulator.system().addressSpaces().inUse(),
                    simulator.system().addressSpaces().highCount());
            int highCount = simulator.system().addressSpaces().highCount();
            assertTrue(highCount <= 12 && highCount >= mostInUse.get(), "HIGHCNT " + highCount + ", most seen "
                    + mostInUse.get());

            // what the clients hold agrees with the table: a live session answers, any other key is unknown
            Set<String> live = simulator.system().tso().sessions().stream().map(TsoSession::servletKey)
                    .collect(Collectors.toSet());
            for (Map.Entry<String, String> held : heldKeys.entrySet()) {
                JsonNode ping = send(simulator, client, held.getValue(), "PUT", "/zosmf/tsoApp/tso/ping/" + held.getKey(),
                        null);
                assertEquals(!live.contains(held.getKey()), ping.has("msgData"), held.getKey() + ": " + ping);
            }
            // and no session is left that no client knows: ending what the clients hold empties the table
            for (String key : live) {
                send(simulator, client, heldKeys.get(key), "DELETE", "/zosmf/tsoApp/tso/" + key, null);
            }
            assertEquals(List.of(), simulator.system().addressSpaces().live(), "sessions nobody holds");
            assertTableAgrees(simulator, 0, highCount);
        }
    }

    @RepeatedTest(3)
    void consolesSharedByManyThreadsKeepEachCommandsMessagesUnderItsOwnKey() throws Exception {
        try (ZosmfSimulator simulator = simulator(50, 10, 1)) {
            HttpClient client = simulator.httpClient();
            Set<String> responseKeys = ConcurrentHashMap.newKeySet();
            Queue<String> mixedUp = new ConcurrentLinkedQueue<>();
            int clean = CeaLimitsTest.race(64, i -> () -> {
                for (int n = 0; n < 5; n++) {
                    String token = String.format("Z%02d%05d", i, n); // IEE305I echoes it: "Z0300004 COMMAND INVALID"
                    String console = "/zosmf/restconsoles/consoles/CONS" + (i % 4);
                    JsonNode issued = send(simulator, client, user(0), "PUT", console, "{\"cmd\":\"" + token + "\"}");
                    String key = issued.get("cmd-response-key").asText();
                    if (!responseKeys.add(key) || !issued.get("cmd-response").asText().contains(token)
                            || issued.get("cmd-response").asText().split("\r").length != 1) {
                        mixedUp.add(token + " got " + issued);
                    }
                    JsonNode later = send(simulator, client, user(0), "GET", console + "/solmsgs/" + key, null);
                    if (!later.get("cmd-response").asText().isEmpty()) {
                        mixedUp.add(token + " collected later " + later);
                    }
                }
                return true;
            });
            assertEquals(64, clean);
            assertEquals(List.of(), List.copyOf(mixedUp));
            assertEquals(320, responseKeys.size());
            assertEquals(4, simulator.system().addressSpaces().live().stream()
                    .filter(space -> space.kind() == SessionKind.CONSOLE).count(), "one address space per console");
        }
    }

    /** The table agrees with itself: F CEA,D,S, the live list, the TSO sessions and the consoles tell one story. */
    private static void assertTableAgrees(ZosmfSimulator simulator, int inUse, int highCount) {
        List<AddressSpace> live = simulator.system().addressSpaces().live();
        assertEquals(inUse, live.size());
        assertEquals(live.size(), live.stream().map(AddressSpace::asid).distinct().count(), "an ASID used twice");
        assertTrue(simulator.admin().operatorCommand("F CEA,D,S").contains(" TSOASMGR: ALLOWED: "
                + simulator.system().addressSpaces().parameters().maxSessions() + " IN USE: " + inUse + " HIGHCNT: "
                + simulator.system().addressSpaces().allowedReachedCount()),
                simulator.admin().operatorCommand("F CEA,D,S").toString());
        assertEquals(highCount, simulator.system().addressSpaces().highCount(), "the most in use at once");
        Set<AddressSpace> ofSessions = simulator.system().tso().sessions().stream().map(TsoSession::addressSpace)
                .collect(Collectors.toSet());
        Set<AddressSpace> tsoSpaces = live.stream().filter(space -> space.kind() == SessionKind.TSO && !space.dormant())
                .collect(Collectors.toSet());
        assertEquals(tsoSpaces, ofSessions, "TSO address spaces without a session, or sessions without one");
        assertFalse(ofSessions.stream().anyMatch(space -> !space.live()));
    }

    /** A simulator whose CEA allows {@code max} sessions, {@code perUser} per user, with users U000... */
    private static ZosmfSimulator simulator(int max, int perUser, int users) {
        StringBuilder yaml = new StringBuilder("cea:\n  active: \"RC\"\n  idleTimeout: 10m\n  members:\n    RC:\n"
                + "      maxSessions: " + max + "\n      maxSessionsPerUser: " + perUser + "\nusers:\n");
        for (int i = 0; i < users; i++) {
            yaml.append("  ").append(user(i)).append(":\n    password: X\n");
        }
        return ZosmfSimulator.builder().scenario(new ScenarioLoader().parse(yaml.toString(), "race.yaml"))
                .clock(SimClock.manual()).start();
    }

    private static String user(int i) {
        return String.format("U%03d", i);
    }

    private static JsonNode start(ZosmfSimulator simulator, HttpClient client, String user) {
        return send(simulator, client, user, "POST", START, null);
    }

    /** A request as {@code user} (password X); the answer's JSON, or an empty object for an answer without one. */
    private static JsonNode send(ZosmfSimulator simulator, HttpClient client, String user, String method, String path,
            String body) {
        HttpRequest.Builder request = ZosmfRequests.as(user, "X", method, URI.create(simulator.baseUri() + path),
                "application/json", body);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
