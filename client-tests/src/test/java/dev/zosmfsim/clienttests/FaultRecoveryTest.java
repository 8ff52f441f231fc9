package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.cea.SessionKind;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.faults.FaultEffect;
import dev.zosmfsim.faults.FaultMatch;
import dev.zosmfsim.faults.FaultRule;
import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.faults.FaultTrigger;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import dev.zosmfsim.tso.TsoSession;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The simulator survives its own fault rules: with resets, short bodies, 503s and 500s firing on a share of the TSO
 * and console requests of many clients, its session table stays consistent; the moment the rules go, requests
 * succeed again; and a client that gives up on a slow answer leaves no session stuck for ever.
 */
@ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL, lifecycle = SimulatorLifecycle.PER_METHOD)
class FaultRecoveryTest {

    private final ZosmfSimulator simulator;
    private final Requests requests;

    FaultRecoveryTest(ZosmfSimulator simulator) {
        this.simulator = simulator;
        requests = new Requests(simulator);
    }

    @Test
    void theTableStaysConsistentUnderFaultsAndServiceReturnsTheMomentTheRulesGo() throws Exception {
        simulator.system().faults().reseed(9);
        for (FaultEffect effect : List.of(new FaultEffect.Drop(), new FaultEffect.Truncate(20),
                new FaultEffect.Unavailable(), new FaultEffect.Error(500, Map.of("reason", "injected",
                        "return-code", 2, "reason-code", 7)))) {
            for (FaultService service : List.of(FaultService.TSO, FaultService.CONSOLE)) {
                simulator.admin().addFault(new FaultRule(effect.describe(), new FaultMatch(null, null, service, null,
                        null, null), new FaultTrigger.Probability(0.08), effect));
            }
        }
        HttpClient colin = simulator.httpClientFor("COLIN");
        Map<String, Boolean> keys = new ConcurrentHashMap<>(); // what the clients hold, and whether they ended it
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> work = new java.util.ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int n = 0; n < 12; n++) {
                        quietly(() -> {
                            String console = "/zosmf/restconsoles/consoles/CN" + (thread % 3);
                            send(colin, requests.put(console, "{\"cmd\":\"D T\"}"));
                            JsonNode started = Json.parse(send(colin, requests.post(
                                    "/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23", "")).body());
                            if (started.has("queueID")) {
                                String key = started.get("servletKey").asText();
                                keys.put(key, false);
                                send(colin, requests.put("/zosmf/tsoApp/tso/" + key,
                                        "{\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"TIME\"}}"));
                                if (send(colin, requests.delete("/zosmf/tsoApp/tso/" + key)).statusCode() == 200) {
                                    keys.put(key, true);
                                }
                            }
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> fired = simulator.admin().faultFirings().stream().map(firing -> firing.effect())
                .collect(Collectors.toSet());
        assertEquals(Set.of("drop", "truncate after 20 bytes", "unavailable", "error 500"), fired,
                "every effect fired at least once");

        simulator.admin().clearFaults();
        assertConsistent();
        // service is back at once (for IBMUSER: COLIN may have reached MAXSESSPERUSER with sessions he lost)
        HttpClient ibmuser = simulator.httpClient();
        String password = Requests.basic("IBMUSER", "SYS1");
        assertEquals(200, send(ibmuser, requests.displayTime("defcn").header("Authorization", password)).statusCode());
        String fresh = startedKey(send(ibmuser, requests.post("/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23", "")
                .header("Authorization", password)));
        assertEquals(200, send(ibmuser, requests.delete("/zosmf/tsoApp/tso/" + fresh).header("Authorization",
                password)).statusCode());
        // sessions the clients still hold end on request; those whose start answer was lost idle out
        keys.forEach((key, ended) -> {
            if (!ended) {
                quietly(() -> send(colin, requests.delete("/zosmf/tsoApp/tso/" + key)));
            }
        });
        simulator.clock().advance(Duration.ofMinutes(30));
        assertEquals(List.of(), simulator.admin().sessions(), "sessions left behind");
        assertConsistent();
        String again = startedKey(send(colin, requests.post("/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23", "")));
        assertEquals(200, send(colin, requests.delete("/zosmf/tsoApp/tso/" + again)).statusCode());
    }

    private static String startedKey(HttpResponse<String> response) {
        JsonNode started = Json.parse(response.body());
        assertTrue(started.has("queueID"), response.body());
        return started.get("servletKey").asText();
    }

    @Test
    void aClientThatGivesUpOnAStartLeavesNoSessionStuck() throws Exception {
        simulator.admin().addFault(new FaultRule("slow start", new FaultMatch("POST", null, FaultService.TSO, null,
                null, null), new FaultTrigger.First(1), new FaultEffect.Delay(Duration.ofSeconds(60))));
        HttpClient colin = simulator.httpClientFor("COLIN");
        assertThrows(HttpTimeoutException.class, () -> colin.send(requests.post(
                "/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23", "").timeout(Duration.ofMillis(500)).build(),
                HttpResponse.BodyHandlers.ofString()));
        assertTrue(simulator.clock().awaitWaiters(1, Duration.ofSeconds(10)), "the start still waits on the clock");
        simulator.clock().advance(Duration.ofSeconds(60));
        // the server finishes the start it was asked for; nobody receives its key
        assertTrue(within(Duration.ofSeconds(10), () -> simulator.admin().sessions().size() == 1),
                "the start ran once the delay was over");
        AddressSpace orphan = simulator.system().addressSpaces().live().get(0);
        assertEquals("COLIN", orphan.userid());
        assertTrue(simulator.admin().operatorCommand("F CEA,D,S").contains(" TSOASMGR: ALLOWED: 50 IN USE: 1 HIGHCNT: 0"));
        // like any session its client left, CEA ends it after the idle timeout: nothing stays for ever
        simulator.clock().advance(Duration.ofMinutes(30));
        assertEquals(List.of(), simulator.admin().sessions());
        assertEquals(AddressSpace.EndReason.IDLE, orphan.endReason());
        assertTrue(simulator.admin().operatorCommand("F CEA,D,S").contains(" TSOASMGR: ALLOWED: 50 IN USE: 0 HIGHCNT: 0"));
    }

    @Test
    void aClientThatGivesUpOnASendKeepsAUsableSession() throws Exception {
        HttpClient colin = simulator.httpClientFor("COLIN");
        String key = startedKey(send(colin, requests.post("/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23", "")));
        simulator.admin().addFault(new FaultRule("slow send", new FaultMatch("PUT", null, FaultService.TSO, null,
                null, null), new FaultTrigger.First(1), new FaultEffect.Delay(Duration.ofSeconds(60))));
        String time = "{\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"TIME\"}}";
        assertThrows(HttpTimeoutException.class, () -> colin.send(requests.put("/zosmf/tsoApp/tso/" + key, time)
                .timeout(Duration.ofMillis(500)).build(), HttpResponse.BodyHandlers.ofString()));
        assertTrue(simulator.clock().awaitWaiters(1, Duration.ofSeconds(10)));
        simulator.clock().advance(Duration.ofSeconds(60));
        assertTrue(within(Duration.ofSeconds(10), () -> simulator.clock().waiters() == 0), "the send finished");

        JsonNode next = Json.parse(send(colin, requests.put("/zosmf/tsoApp/tso/" + key, time)).body());
        assertFalse(next.has("msgData"), next.toString());
        assertTrue(next.toString().contains("IKJ56650I TIME-"), next.toString());
        assertEquals(1, simulator.admin().sessions().size());
        assertEquals(200, send(colin, requests.delete("/zosmf/tsoApp/tso/" + key)).statusCode());
        assertEquals(List.of(), simulator.admin().sessions());
    }

    /** IN USE agrees with the table, sessions and address spaces pair up, at most MAXSESSIONS were ever in use. */
    private void assertConsistent() {
        List<AddressSpace> live = simulator.system().addressSpaces().live();
        String summary = String.join("\n", simulator.admin().operatorCommand("F CEA,D,S"));
        int highCount = simulator.system().addressSpaces().highCount();
        assertTrue(summary.contains(" IN USE: " + live.size() + " HIGHCNT: "
                + simulator.system().addressSpaces().allowedReachedCount()), summary);
        assertTrue(highCount <= 50, summary);
        Set<AddressSpace> ofSessions = simulator.system().tso().sessions().stream().map(TsoSession::addressSpace)
                .collect(Collectors.toSet());
        assertEquals(live.stream().filter(space -> space.kind() == SessionKind.TSO).collect(Collectors.toSet()),
                ofSessions, "TSO address spaces and sessions do not pair up");
        Set<String> consoles = simulator.system().consoles().activeConsoles().keySet();
        assertEquals(live.stream().filter(space -> space.kind() == SessionKind.CONSOLE).map(AddressSpace::consoleName)
                .collect(Collectors.toSet()), consoles, "console address spaces and consoles do not pair up");
    }

    /** Waits, at most {@code limit} of real time, for a condition the server makes true on its own thread. */
    private static boolean within(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }

    /** Runs a client step whose connection a fault rule may reset or cut short. */
    private static void quietly(ClientStep step) {
        try {
            step.run();
        } catch (IOException faulted) {
            // a dropped connection or a short body: what the rule was for
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface ClientStep {
        void run() throws Exception;
    }
}
