package dev.zosmfsim.tso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.system.SimulatedSystem;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The TSO/E address space service over the CEA table: logon, commands, session life on the clock, reconnect. */
class TsoServiceTest {

    private final SimulatedSystem system = TestSystems.defaultSystem();
    private final TsoSessions tso = new TsoSessions(system);

    @Test
    void aStartLogsOnAndEndsAtTheReadyPrompt() {
        TsoService.Started started = system.tso().start("COLIN", TsoStartRequest.defaults("ACCT#"));
        List<TsoMessage> messages = started.messages();
        assertEquals(new TsoMessage.Line("IKJ56455I COLIN LOGON IN PROGRESS AT 15:34:43 ON JUNE 28, 2026"),
                messages.get(0));
        assertEquals(new TsoMessage.Line("IKJ56951I NO BROADCAST MESSAGES"), messages.get(1));
        assertEquals(new TsoMessage.Line("READY "), messages.get(2));
        assertEquals(new TsoMessage.Prompt(), messages.get(3));
        assertFalse(started.reused());
        AddressSpace space = started.session().addressSpace();
        assertTrue(started.servletKey().matches("COLIN-" + space.asid() + "-[a-z]{8}"), started.servletKey());
        assertEquals("0x" + Integer.toHexString(space.asid()), started.session().sessionId());
        assertEquals(String.valueOf(Long.parseLong(space.messageQueueId(), 16)), started.session().queueId());
    }

    @Test
    void aTsoSessionIsAnAddressSpaceTheConsoleSees() {
        tso.start("COLIN");
        List<String> table = TestSystems.issue(system, "IBMUSER", "IBMUSECN", "F CEA,DIAG,SESSTABLE");
        assertTrue(table.stream().anyMatch(line -> line.contains("USERID=COLIN    APPID=IZUTSO")), table.toString());
        assertTrue(table.contains(" CODEPG=1047 CHARSET=697 ROWS=24 COLS=80 RECONN=N RCTIME=00:00:00.000"),
                table.toString());
        assertTrue(table.stream().anyMatch(line -> line.contains("LOGONPROC=IZUFPROC GROUP= REGION=4096")));
        assertTrue(TestSystems.issue(system, "IBMUSER", "IBMUSECN", "D A,L").stream()
                .anyMatch(line -> line.contains("COLIN    OWT")));
    }

    @Test
    void timeAndUnknownCommandsAnswerWithTheirMessages() {
        String key = tso.start("COLIN");
        system.clock().advance(Duration.ofSeconds(39));
        assertEquals(List.of("IKJ56650I TIME-03:35:22 PM. CPU-00:00:00 SERVICE-403 SESSION-00:00:39 JUNE 28,2026"),
                tso.run("COLIN", key, "time"));
        assertEquals(List.of("IKJ56500I COMMAND FROBNICATE NOT FOUND"), tso.run("COLIN", key, "frobnicate now"));
        assertEquals(List.of("IKJ56216I NO JOBS FOUND"), tso.run("COLIN", key, "STATUS"));
    }

    @Test
    void sendWithoutReadReplyLeavesTheOutputForTheNextReceive() throws Exception {
        String key = tso.start("COLIN");
        assertEquals(List.of(), system.tso().send("COLIN", key, "TIME", false).messages());
        List<TsoMessage> received = system.tso().receive("COLIN", key).messages();
        assertTrue(((TsoMessage.Line) received.get(0)).text().startsWith("IKJ56650I"));
        assertEquals(new TsoMessage.Prompt(), received.get(received.size() - 1));
    }

    @Test
    void aReceiveWithNothingToReadTimesOutAfterFifteenSecondsOnTheClock() throws Exception {
        String key = tso.start("COLIN");
        CompletableFuture<TsoService.Received> receiving = CompletableFuture.supplyAsync(() -> {
            try {
                return system.tso().receive("COLIN", key);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(system.clock().awaitWaiters(1, Duration.ofSeconds(10)));
        system.clock().advance(Duration.ofSeconds(15));
        TsoService.Received received = receiving.get(10, TimeUnit.SECONDS);
        assertTrue(received.timedOut());
        assertEquals(List.of(), received.messages());
    }

    @Test
    void logoffEndsTheSessionAndItsKey() {
        String key = tso.start("COLIN");
        List<String> lines = tso.run("COLIN", key, "LOGOFF");
        assertEquals(List.of("IKJ56470I COLIN LOGGED OFF TSO AT 15:34:43 ON JUNE 28, 2026"), lines);
        TsoException gone = assertThrows(TsoException.class, () -> system.tso().ping("COLIN", key));
        assertEquals("IZUG1126E", gone.messageId());
        assertEquals(0, system.addressSpaces().inUse());
    }

    @Test
    void anUnknownLogonProcedureOrAccountFailsTheLogonWithIkjMessages() throws Exception {
        TsoService.Started badProc = system.tso().start("COLIN",
                new TsoStartRequest("NOPROC", "ACCT#", 4096, 1047, 697, 24, 80));
        assertNull(badProc.session());
        assertEquals(List.of(new TsoMessage.Line("IKJ56482I THE PROCEDURE NAME NOPROC HAS NOT BEEN DEFINED FOR USE")),
                badProc.messages());
        // the failed logon is read through to its end: the prompt it waits on, then nothing; no address space runs
        assertEquals(List.of(new TsoMessage.Prompt()), system.tso().receive("COLIN", badProc.servletKey()).messages());
        assertEquals(0, system.addressSpaces().inUse());
        assertThrows(TsoException.class, () -> system.tso().ping("IBMUSER", badProc.servletKey()));
        system.tso().end("COLIN", badProc.servletKey(), false);
        assertThrows(TsoException.class, () -> system.tso().ping("COLIN", badProc.servletKey()));

        SimulatedSystem strict = TestSystems.fromYaml("users:\n  COLIN:\n    password: X\ntso:\n  accounts: [ACCT#]\n");
        TsoService.Started badAccount = strict.tso().start("COLIN", TsoStartRequest.defaults("SOMEONE"));
        assertEquals(new TsoMessage.Line("IKJ56486I THE ACCOUNT NUMBER SOMEONE HAS NOT BEEN DEFINED FOR USE"),
                badAccount.messages().get(0));
        assertEquals(0, strict.addressSpaces().inUse());
    }

    @Test
    void anotherUsersKeyIsNotCorrelated() {
        String key = tso.start("COLIN");
        TsoException refused = assertThrows(TsoException.class, () -> system.tso().ping("IBMUSER", key));
        assertTrue(refused.getMessage().contains("cannot correlate the request for key \"" + key + "\""));
    }

    @Test
    void anIdleSessionEndsOnTheClockAndPingsKeepItAlive() {
        String kept = tso.start("COLIN");
        String idle = tso.start("IBMUSER");
        for (int i = 0; i < 10; i++) {
            system.clock().advance(Duration.ofMinutes(20));
            system.tso().ping("COLIN", kept);
        }
        assertThrows(TsoException.class, () -> system.tso().ping("IBMUSER", idle));
        system.tso().ping("COLIN", kept);
        assertEquals(List.of("COLIN"), system.addressSpaces().live().stream().map(AddressSpace::userid).toList());
    }

    @Test
    void aCancelFromTheConsoleEndsTheSessionForItsClient() {
        String key = tso.start("COLIN");
        TestSystems.issue(system, "IBMUSER", "IBMUSECN", "C U=COLIN");
        TsoException gone = assertThrows(TsoException.class, () -> tso.run("COLIN", key, "TIME"));
        assertEquals(TsoException.Kind.UNKNOWN_KEY, gone.kind());
    }

    @Test
    void aSessionEndedWithReconnectOnGoesDormantAndTheNextStartReusesIt() {
        SimulatedSystem reconnecting = TestSystems.fromYaml("users:\n  COLIN:\n    password: X\n  IBMUSER:\n"
                + "    password: SYS1\n    special: true\n    operparm:\n      auth: [MASTER]\ncea:\n  active: \"R1\"\n  members:\n    R1:\n"
                + "      reconSessions: 2\n      reconTime: 5m\n");
        TsoService.Started first = reconnecting.tso().start("COLIN", TsoStartRequest.defaults("ACCT#"));
        reconnecting.tso().end("COLIN", first.servletKey(), false);
        AddressSpace space = first.session().addressSpace();
        assertTrue(space.live() && space.dormant());
        List<String> table = TestSystems.issue(reconnecting, "IBMUSER", "IBMUSECN", "F CEA,DIAG,SESSTABLE");
        assertTrue(table.stream().anyMatch(line -> line.contains("RECONN=Y RCTIME=15:34:43.000")), table.toString());

        TsoService.Started again = reconnecting.tso().start("COLIN", TsoStartRequest.defaults("ACCT#"));
        assertTrue(again.reused());
        assertEquals(space, again.session().addressSpace());
        assertNotEquals(first.servletKey(), again.servletKey());

        reconnecting.tso().end("COLIN", again.servletKey(), false);
        reconnecting.clock().advance(Duration.ofMinutes(5));
        assertTrue(reconnecting.addressSpaces().live().stream().noneMatch(live -> live.userid().equals("COLIN")),
                "RECONTIME passed");
        assertEquals(AddressSpace.EndReason.RECONNECT_EXPIRED, space.endReason());
        assertFalse(reconnecting.tso().start("COLIN", TsoStartRequest.defaults("ACCT#")).reused());
    }

    @Test
    void tsoForceCancelEndsTheAddressSpaceEvenWithReconnectOn() {
        SimulatedSystem reconnecting = TestSystems.fromYaml("users:\n  COLIN:\n    password: X\ncea:\n  active: \"R1\"\n"
                + "  members:\n    R1:\n      reconSessions: 2\n      reconTime: 5m\n");
        TsoService.Started started = reconnecting.tso().start("COLIN", TsoStartRequest.defaults("ACCT#"));
        reconnecting.tso().end("COLIN", started.servletKey(), true);
        assertEquals(0, reconnecting.addressSpaces().inUse());
    }

    @Test
    void aStatelessOneShotCommandUsesAndEndsItsOwnAddressSpace() {
        TsoService.Issued issued = system.tso().issue("COLIN", "TIME", false, null, "IKJ56650I");
        assertTrue(issued.lines().get(0).startsWith("IKJ56650I TIME-"));
        assertEquals("READY ", issued.lines().get(issued.lines().size() - 1));
        assertTrue(issued.promptReceived());
        assertNull(issued.servletKey());
        assertTrue(issued.keywordDetected().orElseThrow());
        assertEquals(0, system.addressSpaces().inUse());
        assertEquals(1, system.addressSpaces().highCount());
    }

    @Test
    void aStatefulOneShotCommandKeepsItsSessionForTheNext() {
        TsoService.Issued first = system.tso().issue("COLIN", "TIME", true, null, null);
        assertEquals(1, system.addressSpaces().inUse());
        TsoService.Issued second = system.tso().issue("COLIN", "STATUS", true, first.servletKey(), null);
        assertEquals(first.servletKey(), second.servletKey());
        assertEquals("IKJ56216I NO JOBS FOUND", second.lines().get(0));
    }
}
