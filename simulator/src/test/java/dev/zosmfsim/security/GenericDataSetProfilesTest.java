package dev.zosmfsim.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tso.TsoSessions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SETROPTS GENERIC(DATASET) and NOGENERIC(DATASET): whether generic data set profiles decide, and ADDSD of them. */
class GenericDataSetProfilesTest {

    private final SimulatedSystem system = TestSystems.fromYaml(TestSystems.SPECIAL_AND_TWO_USERS);
    private final TsoSessions tso = new TsoSessions(system);

    private List<String> as(String userid, String command) {
        return tso.runAs(userid, command);
    }

    private boolean joeMayRead(String dsn) {
        return system.datasetAuthority().check("JOE", dsn, "VOL001", AccessLevel.READ).isEmpty();
    }

    @Test
    void withNogenericOnlyDiscreteProfilesDecideAndGenericBringsThemBack() {
        assertTrue(as("IBMUSER", "SETROPTS LIST").contains("GENERIC PROFILE CLASSES = DATASET"));
        as("COLIN", "ADDSD 'COLIN.**' UACC(NONE)");
        as("COLIN", "ADDSD 'COLIN.SECRET' UACC(NONE)");
        assertTrue(!joeMayRead("COLIN.DATA"), "the generic profile refuses JOE");

        assertEquals(List.of("ICH14063I SETROPTS command complete."), as("IBMUSER", "SETROPTS NOGENERIC(DATASET)"));
        assertTrue(joeMayRead("COLIN.DATA"), "no generic profile is used, and no discrete one covers it");
        assertTrue(!joeMayRead("COLIN.SECRET"), "the discrete profile still decides");
        List<String> listed = as("IBMUSER", "SETR LIST");
        assertTrue(listed.contains("GENERIC PROFILE CLASSES = NONE"), listed.toString());
        assertTrue(listed.contains("GENERIC COMMAND CLASSES = NONE"), listed.toString());
        assertEquals(List.of("ICH09034I GENERIC INVALID, GENERIC COMMAND PROCESSING IS INACTIVE"),
                as("JOE", "ADDSD 'JOE.*' UACC(NONE)"));
        assertEquals(List.of(), as("JOE", "ADDSD 'JOE.DATA' UACC(NONE)"), "a discrete name is still taken");

        assertEquals(List.of("ICH14063I SETROPTS command complete."), as("IBMUSER", "SETROPTS GENERIC(*)"));
        assertTrue(!joeMayRead("COLIN.DATA"));
    }

    @Test
    void onlySpecialSwitchesIt() {
        assertEquals(List.of("ICH14002I NOT AUTHORIZED TO SPECIFY NOGENERIC; KEYWORD IGNORED."),
                as("COLIN", "SETROPTS NOGENERIC(DATASET)"));
        assertTrue(system.racf().genericActive(RacfDatabase.DATASET));
        assertEquals(List.of("ICH14063I SETROPTS command complete."), as("IBMUSER", "SETROPTS NOGENERIC(FACILITY)"));
        assertTrue(system.racf().genericActive(RacfDatabase.DATASET), "another class leaves DATASET as it is");
    }

    @Test
    void theOwnerAProfileNamesMayChangeItAndListdsdShowsThem() {
        assertEquals(List.of(), as("IBMUSER", "ADDSD 'PAYROLL.**' UACC(NONE) OWNER(JOE)"));
        assertEquals(List.of(), as("JOE", "ALTDSD 'PAYROLL.**' UACC(READ)"), "JOE owns the profile");
        assertEquals(List.of("ICH22002I NOT AUTHORIZED TO ALTER PAYROLL.**"),
                as("COLIN", "ALTDSD 'PAYROLL.**' UACC(ALTER)"));
        List<String> listed = as("JOE", "LISTDSD DATASET('PAYROLL.**')");
        assertTrue(listed.stream().anyMatch(line -> line.matches(" 00    JOE\\s+READ\\s+NO\\s+NO")), listed.toString());
        assertEquals(List.of(), as("JOE", "ALTDSD 'PAYROLL.**' OWNER(COLIN)"));
        assertEquals(List.of("IKJ56702I INVALID OWNER, 9X"), as("COLIN", "ALTDSD 'PAYROLL.**' OWNER(9X)"));
        assertTrue(as("COLIN", "LD 'PAYROLL.**'").stream().anyMatch(line -> line.startsWith(" 00    COLIN ")));
    }
}
