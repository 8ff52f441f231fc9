package dev.zosmfsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.console.ConsoleException;
import dev.zosmfsim.console.IssueRequest;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.zosmf.ZosmfSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The field notes' story: HOSTNAME missing or 127.0.0.1, a 60 s console timeout, the fix that needs a restart. */
class HostnameTimeoutTest {

    private static final String USERS = "users:\n  IBMUSER:\n    password: SYS1\n    special: true\n    operparm:\n      auth: [MASTER]\n"
            + "  COLIN:\n    password: PASSWORD\n";

    @Test
    void withoutHostnameTheConsoleTimesOutAfterSixtySecondsOnTheClock() throws Exception {
        SimulatedSystem system = TestSystems.fromYaml(USERS + "zosmf:\n  hostname: \"\"\n");
        Instant start = system.clock().now();
        ConsoleException timeout = timesOut(system, "COLIN99");
        assertEquals(2, timeout.returnCode());
        assertEquals(21, timeout.reasonCode());
        assertEquals("Timeout when creating TSO address space for console COLIN99", timeout.getMessage());
        assertEquals(Duration.ofSeconds(60), Duration.between(start, system.clock().now()));
        assertEquals("S0W1.DAL-EBIS.IHOST.COM", system.zosmfHostname());

        List<String> log = system.izugLog().lines();
        assertTrue(log.contains("INFO:Prepare to start new TSO/E address space with acct: ACCT#, proc: IZUFPROC, "
                + "rsize: 50000, apptag: IZUCONAP"), log.toString());
        assertTrue(log.stream().anyMatch(line -> line.matches(
                "\\[tx[0-9A-F]{16}:COLIN@127\\.0\\.0\\.1 \\(PUT\\) /zosmf/restconsoles/consoles/COLIN99\\?null]")), log.toString());
        assertTrue(log.contains("WARNING:exception when run as server:"), log.toString());
        assertTrue(log.contains("java.net.SocketTimeoutException: Connect timed out"), log.toString());
        assertEquals(0, system.addressSpaces().inUse());
    }

    @Test
    void loopbackAsHostnameFailsToo() throws Exception {
        SimulatedSystem system = TestSystems.fromYaml(USERS + "zosmf:\n  hostname: 127.0.0.1\n");
        assertEquals(21, timesOut(system, "COLIN99").reasonCode());
    }

    @Test
    void theFixNeedsARestartOfZosmf() throws Exception {
        SimulatedSystem system = TestSystems.fromYaml(USERS + "zosmf:\n  hostname: \"\"\n");
        ZosmfSettings fixed = new ZosmfSettings("10.1.1.2", 10443, "SAFRealm", Duration.ofMinutes(495));
        system.zosmf().configure(fixed);
        assertEquals(21, timesOut(system, "COLIN99").reasonCode(), "a changed setting without a restart has no effect");

        system.zosmf().stop();
        system.zosmf().start();
        assertEquals("10.1.1.2", system.zosmfHostname());
        assertTrue(TestSystems.issue(system, "COLIN", "COLIN99", "D T").get(0).contains("IEE136I"));
    }

    private static ConsoleException timesOut(SimulatedSystem system, String console) throws Exception {
        CompletableFuture<Void> issuing = CompletableFuture.runAsync(() -> {
            try {
                system.consoles().issue("COLIN", console, IssueRequest.of("D T"), "127.0.0.1");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(system.clock().awaitWaiters(1, Duration.ofSeconds(10)), "the issue waits on the clock");
        system.clock().advance(Duration.ofSeconds(59));
        assertTrue(!issuing.isDone(), "59 s is not yet the timeout");
        system.clock().advance(Duration.ofSeconds(1));
        try {
            issuing.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ConsoleException console1) {
                return console1;
            }
            throw e;
        }
        throw new AssertionError("the console did not time out");
    }
}
