package dev.zosmfsim.system;

import static dev.zosmfsim.TestSystems.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.console.ConsoleService;
import dev.zosmfsim.console.IssueRequest;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.scenario.ScenarioWriter;
import dev.zosmfsim.tls.CertificateAuthority;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.tls.Validity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sysplex of several systems: each answers routed console commands (the {@code system} field, RO) from its own
 * model, and RO *ALL aggregates the answers in IEE421I.
 */
class SysplexTest {

    private final SimulatedSystem s0w1 = shipped("sysplex");

    private static SimulatedSystem shipped(String name) {
        CertificateAuthority ca = CertificateAuthority.create("CN=Test CA", KeyAlgorithm.EC_P256,
                Validity.startingAround(TestSystems.START, Duration.ofDays(10)));
        return SimulatedSystem.of(new ScenarioLoader().load(name), SimClock.manual(TestSystems.START), ca.certificate());
    }

    private static List<String> onSystem(SimulatedSystem system, String userid, String sysname, String command) {
        return issue(system, userid, userid.substring(0, Math.min(6, userid.length())) + "CN",
                IssueRequest.of(command).withSystem(sysname)).lines();
    }

    @Test
    void theShippedSysplexHasThreeSystemsSharingTheClockAndOneRacfDatabase() {
        List<SimulatedSystem> members = s0w1.sysplex().members();
        assertEquals(List.of("S0W1", "S0W2", "S0W3"), members.stream().map(m -> m.identity().sysname()).toList());
        assertEquals("ADCDPL", s0w1.sysplex().name());
        assertSame(s0w1, members.get(0), "z/OSMF's host comes first");
        assertSame(s0w1.racf(), members.get(1).racf());
        assertSame(s0w1.clock(), members.get(2).clock());
        assertNotSame(s0w1.addressSpaces(), members.get(1).addressSpaces());
        assertTrue(s0w1.zosmf().running());
        assertFalse(members.get(1).zosmf().running(), "z/OSMF runs on the first system only");
        assertEquals("04.28.00", members.get(1).identity().zosVersion());
        assertEquals("04.27.00", members.get(2).identity().zosVersion(), "a member without a level has the first's");
        for (SimulatedSystem member : members) {
            assertSame(s0w1.sysplex(), member.sysplex());
        }
    }

    @Test
    void aCommandForAnotherSystemAnswersFromThatSystem() {
        List<String> symbols = onSystem(s0w1, "IBMUSER", "S0W2", "D SYMBOLS");
        assertTrue(symbols.contains(symbol("SYSNAME", "S0W2")), symbols.toString());
        assertTrue(symbols.contains(symbol("SYSPLEX", "ADCDPL")), symbols.toString());
        assertEquals(List.of(" IEE136I LOCAL: TIME=10.34.43 DATE=2026.179  UTC: TIME=15.34.43 DATE=2026.179"),
                onSystem(s0w1, "IBMUSER", "s0w2", "D T"), "S0W2's clock is at UTC-05:00");
        List<String> ipl = onSystem(s0w1, "IBMUSER", "S0W2", "D IPLINFO");
        assertTrue(ipl.contains("  RELEASE z/OS 02.05.00    LICENSE = z/OS"), ipl.toString());
        assertTrue(ipl.get(ipl.size() - 1).endsWith("VOLUME(S0W2RS)"), ipl.toString());
        List<String> local = onSystem(s0w1, "IBMUSER", "S0W1", "D IPLINFO");
        assertTrue(local.get(local.size() - 1).endsWith("VOLUME(S0W1RS)"), local.toString());
    }

    @Test
    void eachSystemShowsItsOwnAddressSpaces() {
        issue(s0w1, "COLIN", "COLIN99", "D T");
        String here = String.join("\n", onSystem(s0w1, "IBMUSER", "S0W1", "D A,L"));
        String there = String.join("\n", onSystem(s0w1, "IBMUSER", "S0W3", "D A,L"));
        assertTrue(here.contains("COLIN") && here.contains("IZUSVR1"), here);
        // the consoles' TSO address spaces run where z/OSMF runs; S0W3 has neither them nor z/OSMF
        assertFalse(there.contains("COLIN") || there.contains("IBMUSER") || there.contains("IZUSVR1"), there);
        assertTrue(there.contains("JES2"), there);
    }

    @Test
    void aSystemTheSysplexDoesNotHaveGetsIee618i() {
        assertEquals(List.of(" IEE618I ROUTE COMMAND REJECTED, INVALID SYSTEM NAME"),
                onSystem(s0w1, "IBMUSER", "S0W9", "D T"));
        assertEquals(List.of(" IEE618I ROUTE COMMAND REJECTED, INVALID SYSTEM NAME"),
                issue(s0w1, "IBMUSER", "IBMUSECN", "RO S0W9,D T"));
        assertEquals(List.of(" IEE618I ROUTE COMMAND REJECTED, INVALID SYSTEM NAME"),
                issue(s0w1, "IBMUSER", "IBMUSECN", "RO (S0W2,S0W9),D T"));
    }

    @Test
    void roToOneSystemAnswersAsThatSystem() {
        assertEquals(onSystem(s0w1, "IBMUSER", "S0W2", "D T"), issue(s0w1, "IBMUSER", "IBMUSECN", "RO S0W2,D T"));
        List<String> routed = issue(s0w1, "IBMUSER", "IBMUSECN", "ROUTE S0W3,D SYMBOLS");
        assertTrue(routed.contains(symbol("SYSNAME", "S0W3")), routed.toString());
    }

    @Test
    void roAllAggregatesTheOneLineAnswersInIee421iSortedBySystemName() {
        assertEquals(List.of(
                " IEE421I RO *ALL,D T",
                " SYSNAME  RESPONSES ------------------------------",
                " S0W1     IEE136I LOCAL: TIME=15.34.43 DATE=2026.179  UTC: TIME=15.34.43",
                "          DATE=2026.179",
                " S0W2     IEE136I LOCAL: TIME=10.34.43 DATE=2026.179  UTC: TIME=15.34.43",
                "          DATE=2026.179",
                " S0W3     IEE136I LOCAL: TIME=15.34.43 DATE=2026.179  UTC: TIME=15.34.43",
                "          DATE=2026.179"), issue(s0w1, "IBMUSER", "IBMUSECN", "RO *ALL,D T"));
        List<String> listed = issue(s0w1, "IBMUSER", "IBMUSECN", "RO (S0W3,S0W2),D T");
        assertEquals(" IEE421I RO (S0W3,S0W2),D T", listed.get(0));
        assertTrue(listed.get(2).startsWith(" S0W2 ") && listed.get(4).startsWith(" S0W3 "), listed.toString());
    }

    @Test
    void roOtherGivesEachMultiLineAnswerItsOwnFrame() {
        List<String> lines = issue(s0w1, "IBMUSER", "IBMUSECN", "RO *OTHER,D SYMBOLS");
        assertEquals(" IEE421I RO *OTHER,D SYMBOLS", lines.get(0));
        assertEquals(" S0W2     RESPONSES --------------------", lines.get(1));
        int s0w3 = lines.indexOf(" S0W3     RESPONSES --------------------");
        assertTrue(s0w3 > 2, lines.toString());
        assertTrue(lines.subList(1, s0w3).contains(symbol("SYSNAME", "S0W2")), lines.toString());
        assertTrue(lines.subList(s0w3, lines.size()).contains(symbol("SYSNAME", "S0W3")), lines.toString());
        assertFalse(lines.contains(symbol("SYSNAME", "S0W1")), "*OTHER leaves out the issuing system");
    }

    @Test
    void roWithT0SendsTheResponsesOneByOne() {
        List<String> lines = issue(s0w1, "IBMUSER", "IBMUSECN", "RO T=0,*ALL,D T");
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.stream().allMatch(line -> line.startsWith(" IEE136I")), lines.toString());
    }

    @Test
    void aSystemThatAnswersAfterTheRouteTimeoutIsListedAndAnswersLater() {
        SimulatedSystem system = TestSystems.fromYaml(TWO_SYSTEMS + "console:\n  responses:\n"
                + "    - command: D GRS,C\n      messages:\n        - after: 8s\n          lines: [\" ISG343I GRS\"]\n");
        ConsoleService.Issued issued = issue(system, "IBMUSER", "IBMUSECN",
                IssueRequest.of("RO T=5,*ALL,D GRS,C").withAsync(true));
        system.clock().advance(Duration.ofSeconds(5));
        assertEquals(List.of(" IEE421I RO *ALL,D GRS,C", " NO RESPONSE RECEIVED FROM THE FOLLOWING SYSTEM(S):",
                "  SYSA     SYSB", " SYSNAME  RESPONSES ------------------------------"), collect(system, issued));
        system.clock().advance(Duration.ofSeconds(3));
        assertEquals(List.of(" ISG343I GRS", " ISG343I GRS"), collect(system, issued));
    }

    @Test
    void theRoutedCommandIsCheckedOnTheSystemItRunsOn() {
        // COLIN has no OPERPARM: INFO authority, enough to route a display, not a cancel
        assertEquals(List.of(" IEE136I LOCAL: TIME=10.34.43 DATE=2026.179  UTC: TIME=15.34.43 DATE=2026.179"),
                issue(s0w1, "COLIN", "COLIN99", "RO S0W2,D T"));
        assertEquals(List.of(" IEE345I C   AUTHORITY INVALID, FAILED BY MCS"),
                issue(s0w1, "COLIN", "COLIN99", "RO S0W2,C U=IBMUSER"));
        List<String> master = s0w1.consoles().operatorCommand("RO *ALL,C U=NOBODY");
        assertEquals(" IEE421I RO *ALL,C U=NOBODY", master.get(0));
        assertFalse(String.join("\n", master).contains("IEE345I"), master.toString());
    }

    @Test
    void displayXcfListsTheSystemsTheTopologyLists() {
        List<String> lines = issue(s0w1, "COLIN", "COLIN99", "D XCF");
        assertTrue(lines.get(0).matches(" IXC334I  15\\.34\\.43  DISPLAY XCF \\d{3}"), lines.toString());
        assertEquals(" SYSPLEX ADCDPL:  S0W1      S0W2      S0W3", lines.get(1));
        assertEquals(" SYSPLEX INITIALIZATION TIME: 06/28/2026 15:34:43", lines.get(2));
        assertEquals(lines.subList(1, 2), onSystem(s0w1, "IBMUSER", "S0W2", "D XCF,SYSPLEX").subList(1, 2),
                "every member sees the same sysplex");
    }

    @Test
    void roWithoutACommandIsInvalid() {
        assertEquals(List.of(" IEE305I RO     COMMAND INVALID"), issue(s0w1, "IBMUSER", "IBMUSECN", "RO S0W2"));
    }

    @Test
    void aSingleSystemIsASysplexOfOne() {
        SimulatedSystem single = TestSystems.defaultSystem();
        assertEquals(List.of(single), single.sysplex().members());
        assertEquals(List.of(" IEE618I ROUTE COMMAND REJECTED, INVALID SYSTEM NAME"),
                onSystem(single, "IBMUSER", "S0W2", "D T"));
        assertEquals(onSystem(single, "IBMUSER", "S0W1", "D T"), issue(single, "IBMUSER", "IBMUSECN", "D T"));
        List<String> all = issue(single, "IBMUSER", "IBMUSECN", "RO *ALL,D T");
        assertEquals(4, all.size(), all.toString());
        assertTrue(all.get(2).startsWith(" S0W1     IEE136I"), all.toString());
    }

    @Test
    void theExportKeepsTheMembersAndALoadOfItBuildsTheSameSysplex() {
        Scenario started = new ScenarioLoader().load("sysplex");
        Scenario exported = StateExport.of(s0w1, started, Map.of(), 10443);
        assertEquals(List.of(new Scenario.MemberSpec("S0W2", "04.28.00", "-05:00"),
                new Scenario.MemberSpec("S0W3", null, null)), exported.system().members());
        Scenario reloaded = new ScenarioLoader().parse(ScenarioWriter.toYaml(exported, "export"), "export.yaml");
        assertEquals(exported.system().members(), reloaded.system().members());
        SimulatedSystem single = TestSystems.defaultSystem();
        String yaml = ScenarioWriter.toYaml(StateExport.of(single, new ScenarioLoader().load("default"), Map.of(),
                10443), "export");
        assertEquals(List.of(), new ScenarioLoader().parse(yaml, "export.yaml").system().members());
        assertFalse(yaml.substring(yaml.indexOf("system:"), yaml.indexOf("zosmf:")).contains("members"), yaml);
    }

    private static final String TWO_SYSTEMS = "system:\n  name: SYSA\n  members:\n    - name: SYSB\n"
            + "users:\n  IBMUSER:\n    password: SYS1\n    special: true\n    operparm:\n      auth: [MASTER]\n";

    private static String symbol(String name, String value) {
        return String.format("  %-18s= \"%s\"", "&" + name + ".", value);
    }

    private static List<String> collect(SimulatedSystem system, ConsoleService.Issued issued) {
        return system.consoles().collect("IBMUSER", "IBMUSECN", issued.responseKey()).lines();
    }
}
