package dev.zosmfsim;

import static dev.zosmfsim.TestSystems.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.console.ConsoleService;
import dev.zosmfsim.console.DetectionStatus;
import dev.zosmfsim.console.IssueRequest;
import dev.zosmfsim.security.AuthResult;
import dev.zosmfsim.security.Credentials;
import dev.zosmfsim.syslog.LogEntry;
import dev.zosmfsim.syslog.LogQuery;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tso.TsoSessions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The system's hardcopy log gathers what every part of the system writes: the commands of every console with their
 * responses, the logons and cancels of address spaces, RACF's refusals and z/OSMF stopping and starting.
 */
class HardcopyLogTest {

    private static final String SCENARIO = "system:\n  name: SYSB\n"
            + "users:\n  IBMUSER:\n    password: SYS1\n    special: true\n    operparm:\n      auth: [MASTER]\n"
            + "  COLIN:\n    password: PASSWORD\n"
            + "console:\n  responses:\n    - command: \"D J,SLOW\"\n      messages:\n        - after: 5s\n"
            + "          lines: [\" IEE115I 15.34.48 ACTIVITY SLOW\"]\n";

    private final SimulatedSystem system = TestSystems.fromYaml(SCENARIO);

    private List<LogEntry> recent() {
        return system.hardcopyLog().read(LogQuery.recent()).entries();
    }

    private List<String> texts() {
        return recent().stream().map(LogEntry::text).toList();
    }

    @Test
    void aCommandIsEchoedWithItsConsoleAndFollowedByItsResponse() {
        ConsoleService.Issued issued = TestSystems.issue(system, "COLIN", "COLIN99", IssueRequest.of("D T"));
        List<LogEntry> entries = recent();
        assertEquals(3, entries.size(), entries.toString());
        assertTrue(entries.get(0).text().startsWith(" IEF125I COLIN - LOGGED ON - TIME="), "the console's address"
                + " space starts first: " + entries);
        assertEquals("COLIN", entries.get(0).jobName());
        LogEntry echo = entries.get(1);
        assertEquals(LogEntry.Kind.COMMAND, echo.kind());
        assertEquals("D T", echo.text());
        assertEquals("COLIN99", echo.jobName(), "the echo names the console");
        assertEquals(issued.responseKey(), echo.cart());
        LogEntry response = entries.get(2);
        assertEquals(LogEntry.Kind.RESPONSE, response.kind());
        assertEquals(issued.lines(), response.lines());
        assertEquals(issued.responseKey(), response.cart(), "the response is tied to its command");
        assertEquals("SYSB", response.system(), "the writing system's name");
    }

    @Test
    void aResponseThatComesLateIsLoggedWhenItArrives() {
        ConsoleService.Issued issued = TestSystems.issue(system, "COLIN", "COLIN99", IssueRequest.of("D J,SLOW")
                .withAsync(true));
        assertEquals("D J,SLOW", texts().get(texts().size() - 1), "nothing after the echo yet");
        system.clock().advance(Duration.ofSeconds(5));
        LogEntry last = recent().get(recent().size() - 1);
        assertEquals(" IEE115I 15.34.48 ACTIVITY SLOW", last.text());
        assertEquals(issued.responseKey(), last.cart());
    }

    @Test
    void aCancelWritesItsEchoThenTheAddressSpacesEnd() {
        issue(system, "COLIN", "COLIN99", "D T");
        issue(system, "IBMUSER", "IBMUSECN", "C U=COLIN");
        List<String> texts = texts();
        int echo = texts.indexOf("C U=COLIN");
        assertTrue(echo >= 0, texts.toString());
        assertTrue(texts.get(echo + 1).startsWith(" IEF450I COLIN IZUFPROC - ABEND=S222 U0000 REASON=00000000"),
                texts.toString());
        assertEquals(" IEE301I COLIN     CANCEL COMMAND ACCEPTED", texts.get(echo + 2));
        assertEquals("COLIN", recent().get(echo + 1).jobName());
    }

    @Test
    void aRevokedUsersLogonLeavesIch408iFromTheZosmfServer() {
        TsoSessions tso = new TsoSessions(system);
        assertEquals(List.of(), tso.run("IBMUSER", tso.start("IBMUSER"), "ALTUSER COLIN REVOKE"));
        assertTrue(system.authenticator().authenticate(Credentials.basic("COLIN", "PASSWORD"))
                instanceof AuthResult.Refused);
        List<LogEntry> entries = recent();
        LogEntry ich408i = entries.get(entries.size() - 1);
        assertEquals(List.of("ICH408I USER(COLIN   ) GROUP(SYS1    ) NAME(UNKNOWN             )",
                "  LOGON/JOB INITIATION - REVOKED USER ACCESS ATTEMPT"), ich408i.lines(), "one multi-line message");
        assertEquals("IZUSVR1", ich408i.jobName());
    }

    @Test
    void stoppingAndStartingZosmfIsLoggedFromItsStartedTask() {
        issue(system, "IBMUSER", "IBMUSECN", "P IZUSVR1");
        issue(system, "IBMUSER", "IBMUSECN", "S IZUSVR1");
        List<LogEntry> entries = recent();
        List<String> fromZosmf = entries.stream().filter(entry -> entry.jobName().equals("IZUSVR1"))
                .map(LogEntry::text).toList();
        assertEquals(List.of(" IZUG401I z/OSMF server IZUSVR1 is stopping.", " $HASP395 IZUSVR1  ENDED",
                " $HASP373 IZUSVR1  STARTED", " IZUG400I The z/OSMF Web application services are initialized."),
                fromZosmf);
    }

    @Test
    void theMasterConsolesCommandsAreLoggedToo() {
        system.consoles().operatorCommand("D T");
        List<LogEntry> entries = recent();
        assertEquals("MASTER", entries.get(0).jobName());
        assertEquals("D T", entries.get(0).text());
        assertTrue(entries.get(1).text().startsWith(" IEE136I LOCAL: TIME="), entries.toString());
    }

    @Test
    void solicitedResponsesAreLoggedButNeverSeenByAnUnsolicitedDetection() {
        IssueRequest watch = IssueRequest.of("D T").withUnsolicited(new IssueRequest.Watch(
                new IssueRequest.Keyword("IEE136I", false), Duration.ofSeconds(60), false, Duration.ofSeconds(20)));
        ConsoleService.Issued issued = TestSystems.issue(system, "IBMUSER", "IBMUSECN", watch);
        issue(system, "IBMUSER", "IBMUSECN", "D T");
        assertTrue(texts().stream().anyMatch(text -> text.startsWith(" IEE136I")), texts().toString());
        assertEquals(DetectionStatus.WAITING, system.consoles().detection("IBMUSER", "IBMUSECN",
                issued.detectionKey().orElseThrow()).status());
    }
}
