package dev.zosmfsim.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tso.TsoSessions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A console's authority is its user's OPERPARM segment, read at each command, and OPERCMDS profiles decide where
 * they cover a command: RACF commands issued over TSO change what a user may do at a console at once.
 */
class ConsoleAuthorityTest {

    private static final String USERS = "users:\n  IBMUSER:\n    password: SYS1\n    special: true\n"
            + "    operparm:\n      auth: [MASTER]\n  COLIN:\n    password: PASSWORD\n  ROOT:\n    password: X\n"
            + "    special: true\n  VICTIM:\n    password: X\n";

    private final SimulatedSystem system = TestSystems.fromYaml(USERS);
    private final TsoSessions tso = new TsoSessions(system);
    private final String ibmuser = tso.start("IBMUSER");

    private List<String> racf(String command) {
        return tso.run("IBMUSER", ibmuser, command);
    }

    private List<String> console(String userid, String command) {
        return TestSystems.issue(system, userid, userid.substring(0, Math.min(6, userid.length())) + "CN", command);
    }

    @Test
    void altuserOperparmGivesColinTheCancelAndNooperparmTakesItAway() {
        console("VICTIM", "D T"); // an address space for COLIN to cancel
        assertEquals(List.of(" IEE345I C   AUTHORITY INVALID, FAILED BY MCS"), console("COLIN", "C U=VICTIM"));

        assertEquals(List.of(), racf("ALTUSER COLIN OPERPARM(AUTH(MASTER))"));
        assertEquals(List.of(" IEE301I VICTIM     CANCEL COMMAND ACCEPTED"), console("COLIN", "C U=VICTIM"));

        console("VICTIM", "D T");
        assertEquals(List.of(), racf("ALTUSER COLIN NOOPERPARM"));
        assertEquals(List.of(" IEE345I C   AUTHORITY INVALID, FAILED BY MCS"), console("COLIN", "C U=VICTIM"));
        assertTrue(console("COLIN", "D T").get(0).startsWith(" IEE136I"), "displays stay open to INFO");
    }

    @Test
    void specialAloneGivesNoConsoleAuthority() {
        assertEquals(List.of(" IEE345I C   AUTHORITY INVALID, FAILED BY MCS"), console("ROOT", "C U=COLIN"));
        assertEquals(List.of(" IEE345I F   AUTHORITY INVALID, FAILED BY MCS"), console("ROOT", "F CEA,D,S"));
    }

    @Test
    void sysAuthorityAllowsModifyButAVerbNoProcessorDeclaresIsInvalid() {
        racf("ALTUSER COLIN OPERPARM(AUTH(SYS))");
        assertTrue(console("COLIN", "F CEA,D,S").get(0).startsWith(" CEA"), console("COLIN", "F CEA,D,S").toString());
        // VARY is no command the simulator knows: refused as invalid, not run at some default authority
        assertEquals(List.of(" IEE305I V     COMMAND INVALID"), console("IBMUSER", "V NET,ACT,ID=X"));
        assertEquals(List.of(" IEE305I V     COMMAND INVALID"), console("COLIN", "V NET,ACT,ID=X"));
    }

    @Test
    void listuserShowsTheOperparmSegment() {
        racf("ALTUSER COLIN OPERPARM(AUTH(SYS,IO,CONS))");
        List<String> listed = racf("LISTUSER COLIN OPERPARM");
        assertTrue(listed.contains("OPERPARM INFORMATION"), listed.toString());
        assertTrue(listed.contains(" AUTH= ALL"), listed.toString());
        racf("ALTUSER COLIN NOOPERPARM");
        assertTrue(racf("LISTUSER COLIN OPERPARM").contains("NO OPERPARM INFORMATION"));
    }

    @Test
    void anOpercmdsProfileDecidesOnceRefreshedWhateverTheConsolesAuthority() {
        console("COLIN", "D T");
        assertEquals(List.of("ICH10006I RACLISTED PROFILES FOR OPERCMDS WILL NOT REFLECT THE ADDITION(S) UNTIL A"
                + " SETROPTS REFRESH IS ISSUED."), racf("RDEFINE OPERCMDS MVS.CANCEL.** UACC(NONE)"));
        assertEquals(" IEE301I COLIN     CANCEL COMMAND ACCEPTED", console("IBMUSER", "C U=COLIN").get(0),
                "not in force before the refresh: MASTER decides");

        racf("SETROPTS RACLIST(OPERCMDS) REFRESH");
        assertEquals(List.of(" IEE345I C   AUTHORITY INVALID, FAILED BY MCS"), console("IBMUSER", "C U=COLIN"),
                "the profile covers MVS.CANCEL.TSU.COLIN with UACC(NONE): even MASTER is refused");

        racf("PERMIT MVS.CANCEL.** CLASS(OPERCMDS) ID(COLIN) ACCESS(UPDATE)");
        racf("SETROPTS RACLIST(OPERCMDS) REFRESH");
        console("VICTIM", "D T");
        assertEquals(List.of(" IEE301I VICTIM     CANCEL COMMAND ACCEPTED"), console("COLIN", "C U=VICTIM"),
                "UPDATE to the profile lets COLIN cancel though his console has INFO authority");
    }

    @Test
    void theExportKeepsOperparmAndOpercmds() {
        racf("ALTUSER COLIN OPERPARM(AUTH(SYS))");
        racf("RDEFINE OPERCMDS MVS.DISPLAY.* UACC(READ)");
        var exported = dev.zosmfsim.system.StateExport.of(system, new dev.zosmfsim.scenario.ScenarioLoader()
                .parse(USERS, "users.yaml"), java.util.Map.of(), 10443);
        assertEquals(List.of("SYS"), exported.users().get("COLIN").operparm().auth());
        assertEquals(List.of("MASTER"), exported.users().get("IBMUSER").operparm().auth());
        assertEquals("READ", exported.opercmds().get("MVS.DISPLAY.*").uacc());
    }
}
