package dev.zosmfsim;

import static dev.zosmfsim.TestSystems.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.console.ConsoleException;
import dev.zosmfsim.console.ConsoleService;
import dev.zosmfsim.console.DetectionStatus;
import dev.zosmfsim.console.IssueRequest;
import dev.zosmfsim.system.SimulatedSystem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one service does shows in the others: the heart of the simulator. */
class CoherenceTest {

    private final SimulatedSystem system = TestSystems.defaultSystem();

    @Test
    void aConsoleAddressSpaceShowsEverywhereAndCancelEndsIt() {
        ConsoleService.Issued first = issue(system, "COLIN", "COLIN99", IssueRequest.of("D T"));
        AddressSpace colins = system.addressSpaces().live().get(0);
        assertEquals("COLIN", colins.userid());
        assertEquals("COLIN99", colins.consoleName());

        List<String> table = issue(system, "IBMUSER", "IBMUSECN", "F CEA,DIAG,SESSTABLE");
        assertTrue(table.stream().anyMatch(line -> line.contains("USERID=COLIN    APPID=IZUCONAP ASID=" + colins.asidHex())),
                table.toString());
        List<String> active = issue(system, "IBMUSER", "IBMUSECN", "D A,COLIN");
        assertTrue(active.stream().anyMatch(line -> line.contains("COLIN    OWT      A=" + colins.asidHex())), active.toString());

        assertEquals(List.of(" IEE301I COLIN     CANCEL COMMAND ACCEPTED"), issue(system, "IBMUSER", "IBMUSECN", "C U=COLIN"));
        assertTrue(issue(system, "IBMUSER", "IBMUSECN", "D A,L").stream().noneMatch(line -> line.contains("COLIN ")));
        ConsoleException gone = assertThrows(ConsoleException.class,
                () -> system.consoles().collect("COLIN", "COLIN99", first.responseKey()));
        assertEquals(3, gone.returnCode());
        assertEquals(12, gone.reasonCode());

        issue(system, "COLIN", "COLIN99", "D T");
        AddressSpace fresh = system.addressSpaces().live().stream().filter(space -> space.userid().equals("COLIN"))
                .findFirst().orElseThrow();
        assertNotEquals(colins.asidHex(), fresh.asidHex(), "a fresh address space gets a new ASID");
        assertNotEquals(colins.stoken(), fresh.stoken());
    }

    @Test
    void anIdleConsoleAddressSpaceEndsOnTheClockAndActivityKeepsItAlive() {
        issue(system, "COLIN", "COLIN99", "D T");
        for (int i = 0; i < 10; i++) {
            system.clock().advance(Duration.ofMinutes(20));
            issue(system, "COLIN", "COLIN99", "D T");
        }
        assertEquals(1, system.addressSpaces().live().size(), "200 minutes of steady use");
        AddressSpace kept = system.addressSpaces().live().get(0);
        system.clock().advance(Duration.ofMinutes(30));
        assertEquals(0, system.addressSpaces().inUse());
        assertEquals(AddressSpace.EndReason.IDLE, kept.endReason());
    }

    @Test
    void theCancelIsAnUnsolicitedMessageThatADetectionSees() {
        IssueRequest watch = IssueRequest.of("D T").withUnsolicited(new IssueRequest.Watch(
                new IssueRequest.Keyword("IEF450I COLIN", false), Duration.ofSeconds(60), false, Duration.ofSeconds(20)));
        ConsoleService.Issued issued = issue(system, "IBMUSER", "IBMUSECN", watch);
        String key = issued.detectionKey().orElseThrow();
        assertEquals(DetectionStatus.WAITING, system.consoles().detection("IBMUSER", "IBMUSECN", key).status());
        issue(system, "COLIN", "COLIN99", "D T");
        issue(system, "IBMUSER", "IBMUSECN", "C U=COLIN");
        ConsoleService.DetectionResult result = system.consoles().detection("IBMUSER", "IBMUSECN", key);
        assertEquals(DetectionStatus.DETECTED, result.status());
        assertTrue(result.message().orElseThrow().contains("ABEND=S222"), result.toString());
    }

    @Test
    void aDetectionExpiresAfterItsDetectTime() {
        IssueRequest watch = IssueRequest.of("D T").withUnsolicited(new IssueRequest.Watch(
                new IssueRequest.Keyword("NEVER-SEEN", false), Duration.ofSeconds(10), false, Duration.ofSeconds(20)));
        String key = issue(system, "IBMUSER", "IBMUSECN", watch).detectionKey().orElseThrow();
        system.clock().advance(Duration.ofSeconds(10));
        assertEquals(DetectionStatus.EXPIRED, system.consoles().detection("IBMUSER", "IBMUSECN", key).status());
    }

    @Test
    void everyWayOfCancellingWritesIef450iOnceAndTheDisplaysAgree() {
        issue(system, "COLIN", "COLIN99", "D T");
        issue(system, "COLIN", "COLIN98", "D T");
        List<AddressSpace> colins = system.addressSpaces().live().stream()
                .filter(space -> space.userid().equals("COLIN")).toList();
        assertEquals(2, colins.size());
        // the console's C U=userid,A=asid ends one ...
        assertEquals(List.of(" IEE301I COLIN     CANCEL COMMAND ACCEPTED"), issue(system, "IBMUSER", "IBMUSECN",
                "C U=COLIN,A=" + colins.get(0).asidHex()));
        // ... and the named operation itself (what the admin API and a JES cancel use) the other
        assertEquals(List.of(colins.get(1)), system.addressSpaces().cancel("COLIN", null));
        assertEquals(List.of(), system.addressSpaces().cancel("COLIN", null), "nothing left to cancel");

        List<String> ended = system.messages().between(TestSystems.START, system.clock().now()).stream()
                .map(message -> message.text()).filter(text -> text.startsWith(" IEF450I COLIN ")).toList();
        assertEquals(2, ended.size(), ended.toString());
        assertTrue(ended.stream().allMatch(text -> text.contains("ABEND=S222")), ended.toString());
        assertTrue(issue(system, "IBMUSER", "IBMUSECN", "D A,L").stream().noneMatch(line -> line.contains("COLIN ")));
    }
}
