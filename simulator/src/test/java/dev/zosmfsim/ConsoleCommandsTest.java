package dev.zosmfsim;

import static dev.zosmfsim.TestSystems.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.console.ConsoleException;
import dev.zosmfsim.system.SimulatedSystem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each operator command's output, built from the live model. */
class ConsoleCommandsTest {

    private final SimulatedSystem system = TestSystems.defaultSystem();

    @Test
    void displayTimeShowsLocalAndUtcTimeAndJulianDate() {
        SimulatedSystem offset = TestSystems.fromYaml("system:\n  utcOffset: \"-05:00\"\nusers:\n  IBMUSER:\n"
                + "    password: SYS1\n    special: true\n    operparm:\n      auth: [MASTER]\n");
        assertEquals(List.of(" IEE136I LOCAL: TIME=10.34.43 DATE=2026.179  UTC: TIME=15.34.43 DATE=2026.179"),
                issue(offset, "IBMUSER", "IBMUSECN", "DISPLAY TIME"));
    }

    @Test
    void anUnknownCommandGetsIee305i() {
        assertEquals(List.of(" IEE305I XYZZY     COMMAND INVALID"), issue(system, "IBMUSER", "IBMUSECN", "xyzzy now"));
    }

    @Test
    void displayIplinfoNamesTheRelease() {
        List<String> lines = issue(system, "IBMUSER", "IBMUSECN", "D IPLINFO");
        assertTrue(lines.get(0).startsWith(" IEE254I  15.34.43 IPLINFO DISPLAY"), lines.toString());
        assertTrue(lines.contains("  RELEASE z/OS 02.04.00    LICENSE = z/OS"), lines.toString());
    }

    @Test
    void ceaParametersShowTheActiveMembersLimits() {
        List<String> lines = issue(system, "IBMUSER", "IBMUSECN", "F CEA,D,P");
        assertTrue(lines.contains(" CEA = (00)"), lines.toString());
        assertTrue(lines.contains(" RECONSESSIONS = 0 RECONTIME = 00:00:00"), lines.toString());
        assertTrue(lines.contains(" MAXSESSIONS = 50 MAXSESSPERUSER= 10"), lines.toString());
    }

    @Test
    void ceaSummaryCountsAddressSpacesInUseAndTheStartsThatFoundAllowedReached() {
        issue(system, "COLIN", "COLIN99", "D T");
        List<String> lines = issue(system, "IBMUSER", "IBMUSECN", "F CEA,D,S");
        // the field notes' system shows IN USE: 1 HIGHCNT: 0: HIGHCNT is not a high-water mark of IN USE
        assertEquals(" TSOASMGR: ALLOWED: 50 IN USE: 2 HIGHCNT: 0", lines.get(3), lines.toString());
        issue(system, "IBMUSER", "IBMUSECN", "C U=COLIN");
        List<String> after = issue(system, "IBMUSER", "IBMUSECN", "MODIFY CEA,DISPLAY,SUMMARY");
        assertEquals(" TSOASMGR: ALLOWED: 50 IN USE: 1 HIGHCNT: 0", after.get(3), after.toString());
        List<String> clients = issue(system, "IBMUSER", "IBMUSECN", "D CEA,CLIENT=*");
        assertEquals(" CLIENT NAME #WTO #ENF #PGM", clients.get(clients.size() - 1));
        assertEquals(clients.subList(1, clients.size()),
                issue(system, "IBMUSER", "IBMUSECN", "F CEA,D,CLIENTSUMMARY").subList(1, clients.size()));
    }

    @Test
    void theSessionTableHasOneEntryPerAddressSpaceWithItsFields() {
        system.clock().advance(Duration.ofMillis(966));
        issue(system, "COLIN", "COLIN99", "D T");
        List<String> lines = issue(system, "IBMUSER", "IBMUSECN", "F CEA,DIAG,SESSTABLE");
        assertTrue(lines.get(0).matches(" CEA0401I CEA SESSION TABLE DISPLAY \\d{3}"), lines.get(0));
        assertEquals(" INDEX=0001 USERID=COLIN    APPID=IZUCONAP ASID=004E MSGQID=00060001", lines.get(1));
        assertTrue(lines.get(2).startsWith(" COUNT=0001 ASCBADDR="), lines.get(2));
        assertTrue(lines.get(2).endsWith("STTIME=15:34:43.966"), lines.get(2));
        assertEquals(" LRTIME=15:34:43.966 LOGONPROC=IZUFPROC GROUP= REGION=50000", lines.get(3));
        assertEquals(" CODEPG=1047 CHARSET=697 ROWS=204 COLS=160 RECONN=N RCTIME=00:00:00.000", lines.get(4));
        assertEquals(" ACCT=ACCT#", lines.get(5));
        assertEquals(" INDEX=0002 USERID=IBMUSER  APPID=IZUCONAP ASID=004F MSGQID=00060002", lines.get(7));
    }

    @Test
    void switchingTheCeaMemberChangesTheLimitsForNewStarts() {
        SimulatedSystem twoMembers = TestSystems.fromYaml("users:\n  IBMUSER:\n    password: SYS1\n    special: true\n    operparm:\n      auth: [MASTER]\n"
                + "  COLIN:\n    password: X\ncea:\n  members:\n    \"01\":\n      maxSessions: 1\n");
        List<String> switched = issue(twoMembers, "IBMUSER", "IBMUSECN", "F CEA,CEA=(01)");
        assertEquals(List.of(" CEA0001I CEA=(01) PROCESSED: MAXSESSIONS = 1 MAXSESSPERUSER= 10"), switched);
        assertTrue(issue(twoMembers, "IBMUSER", "IBMUSECN", "F CEA,D,P").contains(" CEA = (01)"));
        ConsoleException refused = assertThrows(ConsoleException.class, () -> issue(twoMembers, "COLIN", "COLIN99", "D T"));
        assertEquals(ConsoleException.Kind.NO_ADDRESS_SPACE, refused.kind());
        assertTrue(refused.getMessage().contains("MAXSESSIONS(1)"), refused.getMessage());
        assertEquals(List.of(" CEA0012E MEMBER CEAPRM77 WAS NOT FOUND IN PARMLIB; CEA=(01) REMAINS IN EFFECT"),
                issue(twoMembers, "IBMUSER", "IBMUSECN", "F CEA,CEA=77"));
    }

    @Test
    void displayActiveListsSystemAndTsoAddressSpacesByName() {
        issue(system, "COLIN", "COLIN99", "D T");
        List<String> lines = issue(system, "IBMUSER", "IBMUSECN", "D A,L");
        assertTrue(lines.get(0).startsWith(" IEE114I 15.34.43 2026.179 ACTIVITY"), lines.get(0));
        assertTrue(lines.get(2).contains("00002"), "two TS users: " + lines.get(2));
        assertTrue(lines.stream().anyMatch(line -> line.contains("CEA      CEA      CEA")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.contains("IZUSVR1")), lines.toString());
        // IEE114I lists names and states; the ASID is in the detail form (IEE115I) only
        assertTrue(lines.contains("  COLIN    OWT        IBMUSER  OWT"), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains("A=")), lines.toString());
    }

    @Test
    void displayActiveForOneUserShowsItsAddressSpaces() {
        issue(system, "COLIN", "COLIN99", "D T");
        system.clock().advance(Duration.ofMinutes(5).plusSeconds(2));
        List<String> lines = issue(system, "IBMUSER", "IBMUSECN", "D A,COLIN");
        assertTrue(lines.get(0).startsWith(" IEE115I"), lines.toString());
        assertEquals(List.of("  COLIN    OWT      A=004E   PER=NO   SMC=000",
                "                    PGN=N/A  DMN=N/A  AFF=NONE",
                "                    CT=000.302S  ET=00.05.02",
                "                    WUID=TSU00125 USERID=COLIN",
                "                    WKL=TSO      SCL=TSO      P=1",
                "                    RGP=N/A      SRVR=NO  QSC=NO",
                "                    ADDR SPACE ASTE=1E7E1380"), lines.subList(3, lines.size()));
        List<String> zosmf = issue(system, "IBMUSER", "IBMUSECN", "D A,IZUSVR1");
        assertEquals("  IZUSVR1  IZUSVR1  IZUSVR1  NSW  S  A=0018   PER=NO   SMC=000", zosmf.get(3));
        assertEquals("                                     WUID=STC00124 USERID=IZUSVR", zosmf.get(6));
        assertTrue(issue(system, "IBMUSER", "IBMUSECN", "D A,NOBODY").contains("  NOBODY NOT FOUND"));
    }

    @Test
    void jes2AnswersDollarCommandsFromTheAddressSpaceTable() {
        issue(system, "COLIN", "COLIN99", "D T");
        List<String> all = issue(system, "IBMUSER", "IBMUSECN", "$D A,ALL");
        assertTrue(all.contains(" $HASP890 JOB(IZUSVR1)   STATUS=(EXECUTING/S0W1),CLASS=STC,"), all.toString());
        assertTrue(all.contains(" $HASP890 JOB(COLIN)     STATUS=(EXECUTING/S0W1),CLASS=TSU,"), all.toString());
        assertTrue(all.contains(" $HASP890                PRIORITY=15,SYSAFF=(S0W1),HOLD=(NONE)"), all.toString());
        assertTrue(all.stream().noneMatch(line -> line.contains("PCAUTH")), "system address spaces are not jobs");
        assertEquals(all, issue(system, "IBMUSER", "IBMUSECN", "$DJOBQ"));
        // no batch job is active: $D A alone displays batch jobs
        assertEquals(" $HASP003 RC=(52),D A - NO SELECTABLE ENTRIES FOUND", issue(system, "IBMUSER", "IBMUSECN", "$D A").get(0));
        assertEquals(List.of(" $HASP890 JOB(COLIN)     STATUS=(EXECUTING/S0W1),CLASS=TSU,",
                " $HASP890                PRIORITY=15,SYSAFF=(S0W1),HOLD=(NONE)"),
                issue(system, "IBMUSER", "IBMUSECN", "$D T125"));
        assertEquals(10, issue(system, "IBMUSER", "IBMUSECN", "$DI").size());
        assertEquals(List.of(" $HASP003 RC=(01),PJES2 - INVALID COMMAND"), issue(system, "IBMUSER", "IBMUSECN", "$PJES2"));
        assertTrue(issue(system, "IBMUSER", "IBMUSECN", "$D NOTHING").get(0).startsWith(" $HASP003"),
                "never IEE305I");
    }

    @Test
    void systemDisplaysAnswerFromTheModel() {
        List<String> omvs = issue(system, "IBMUSER", "IBMUSECN", "D OMVS");
        assertTrue(omvs.get(0).matches(" BPXO042I 15\\.34\\.43 DISPLAY OMVS \\d{3}"), omvs.toString());
        assertEquals(" OMVS     000B ACTIVE             OMVS=(00)", omvs.get(1));
        List<String> symbols = issue(system, "IBMUSER", "IBMUSECN", "D SYMBOLS");
        assertTrue(symbols.contains("  &SYSNAME.         = \"S0W1\""), symbols.toString());
        assertTrue(symbols.contains("  &SYSCLONE.        = \"W1\""), symbols.toString());
        assertTrue(symbols.contains("  &SYSOSLVL.        = \"Z1020400\""), symbols.toString());
        assertTrue(issue(system, "IBMUSER", "IBMUSECN", "D PARMLIB").contains("    1      S    S0W1RS SYS1.PARMLIB"));
        assertEquals(List.of(" IEE255I SYSTEM PARAMETER 'SYSPARM': (00,OP)"),
                issue(system, "IBMUSER", "IBMUSECN", "D IPLINFO,SYSPARM"));
        issue(system, "COLIN", "COLIN99", "D T");
        List<String> jobs = issue(system, "IBMUSER", "IBMUSECN", "D J,L");
        assertTrue(jobs.stream().noneMatch(line -> line.contains("OWT")), "D J lists no TSO users: " + jobs);
        List<String> users = issue(system, "IBMUSER", "IBMUSECN", "D TS,L");
        assertEquals("  IBMUSER  OWT        COLIN    OWT", users.get(users.size() - 1));
        assertTrue(users.stream().noneMatch(line -> line.contains("IZUSVR1")), users.toString());
    }

    @Test
    void cancelNeedsSysAuthorityWhichAnOrdinaryUserLacks() {
        issue(system, "IBMUSER", "IBMUSECN", "D T");
        assertEquals(List.of(" IEE345I C   AUTHORITY INVALID, FAILED BY MCS"), issue(system, "COLIN", "COLIN99", "C U=IBMUSER"));
        assertEquals(2, system.addressSpaces().inUse());
        assertEquals(List.of(" IEE345I F   AUTHORITY INVALID, FAILED BY MCS"), issue(system, "COLIN", "COLIN99", "F CEA,D,S"));
    }

    @Test
    void cancelByAsidEndsOnlyThatAddressSpace() {
        issue(system, "COLIN", "COLIN99", "D T");
        issue(system, "COLIN", "COLIN98", "D T");
        assertEquals(List.of(" IEE301I COLIN     CANCEL COMMAND ACCEPTED"), issue(system, "IBMUSER", "IBMUSECN", "CANCEL COLIN,A=4F"));
        assertEquals(List.of("004E", "0050"), system.addressSpaces().live().stream().map(AddressSpace::asidHex).toList());
        assertEquals(List.of(" IEE341I NOBODY     NOT ACTIVE"), issue(system, "IBMUSER", "IBMUSECN", "C U=NOBODY"));
    }

    @Test
    void aConsoleInUseByAnotherUserIsRefused() {
        issue(system, "COLIN", "COLIN99", "D T");
        ConsoleException inUse = assertThrows(ConsoleException.class, () -> issue(system, "IBMUSER", "COLIN99", "D T"));
        assertEquals(ConsoleException.Kind.CONSOLE_IN_USE, inUse.kind());
        assertEquals(5, inUse.returnCode());
        assertTrue(inUse.getMessage().contains("IKJ55303I"), inUse.getMessage());
    }

    @Test
    void stoppingZosmfEndsItsAddressSpacesAndStartingItReadsTheSettingsAgain() {
        issue(system, "COLIN", "COLIN99", "D T");
        system.zosmf().configure(system.zosmfSettings().withPort(12345));
        assertEquals(List.of(" $HASP395 IZUSVR1  ENDED - RC=0000"), issue(system, "IBMUSER", "IBMUSECN", "P IZUSVR1"));
        assertFalse(system.zosmf().running());
        assertEquals(0, system.addressSpaces().inUse());
        assertTrue(TestSystems.issue(system, "IBMUSER", "IBMUSECN", "D A,L").stream()
                .noneMatch(line -> line.contains("IZUSVR1")), "IZUSVR1 no longer listed");
        assertEquals(List.of(" $HASP100 IZUSVR1  ON STCINRDR"), issue(system, "IBMUSER", "IBMUSECN", "S IZUSVR1"));
        assertTrue(system.zosmf().running());
        assertEquals(12345, system.zosmfSettings().port());
    }
}
