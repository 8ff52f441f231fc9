package dev.zosmfsim.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.system.StateExport;
import dev.zosmfsim.tso.TsoSessions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RACF's OPERATIONS attribute: full access to DATASET-protected data sets unless the access list names the user. */
class OperationsAttributeTest {

    private static final String USERS = "users:\n  IBMUSER:\n    password: SYS1\n    special: true\n"
            + "  OPER:\n    password: OPER\n    operations: true\n  JOE:\n    password: JOE\n";
    private final SimulatedSystem system = TestSystems.fromYaml(USERS);
    private final TsoSessions tso = new TsoSessions(system);

    private List<String> as(String userid, String command) {
        return tso.runAs(userid, command);
    }

    private Optional<DatasetAuthority.Refusal> check(String userid, String dsn, AccessLevel intent) {
        return system.datasetAuthority().check(userid, dsn, "VOL001", intent);
    }

    @Test
    void operationsReachesEveryProtectedDataSetButSpecialDoesNot() {
        as("IBMUSER", "ADDSD 'PAYROLL.**' UACC(NONE)");
        assertTrue(check("OPER", "PAYROLL.MASTER", AccessLevel.ALTER).isEmpty(), "OPERATIONS: full access");
        assertTrue(check("IBMUSER", "PAYROLL.MASTER", AccessLevel.READ).isPresent(), "SPECIAL: no bypass");
        assertTrue(check("JOE", "PAYROLL.MASTER", AccessLevel.READ).isPresent());
    }

    @Test
    void anAccessListNamingTheUserGivesOnlyThatAccess() {
        as("IBMUSER", "ADDSD 'PAYROLL.**' UACC(NONE)");
        as("IBMUSER", "PERMIT 'PAYROLL.**' ID(OPER) ACCESS(READ)");
        assertTrue(check("OPER", "PAYROLL.MASTER", AccessLevel.READ).isEmpty());
        DatasetAuthority.Refusal refusal = check("OPER", "PAYROLL.MASTER", AccessLevel.UPDATE).orElseThrow();
        assertEquals(AccessLevel.READ, refusal.allowed());
        as("IBMUSER", "PERMIT 'PAYROLL.**' ID(OPER) DELETE");
        assertTrue(check("OPER", "PAYROLL.MASTER", AccessLevel.UPDATE).isEmpty(), "off the list: full access again");
    }

    @Test
    void altuserGivesAndTakesItAndListuserShowsIt() {
        assertTrue(as("IBMUSER", "LU OPER").contains(" ATTRIBUTES=OPERATIONS"));
        assertEquals(List.of(), as("IBMUSER", "ALTUSER OPER NOOPERATIONS"));
        assertTrue(as("IBMUSER", "LU OPER").contains(" ATTRIBUTES=NONE"));
        as("IBMUSER", "ADDSD 'PAYROLL.**' UACC(NONE)");
        assertTrue(check("OPER", "PAYROLL.MASTER", AccessLevel.READ).isPresent());

        assertEquals(List.of(), as("IBMUSER", "ALU JOE OPERATIONS"));
        assertTrue(as("IBMUSER", "LU JOE").contains(" ATTRIBUTES=OPERATIONS"));
        assertTrue(check("JOE", "PAYROLL.MASTER", AccessLevel.UPDATE).isEmpty());
        assertEquals(List.of("ICH21005I NOT AUTHORIZED TO SPECIFY OPERATIONS, OPERAND IGNORED"),
                as("JOE", "ALU OPER OPERATIONS"), "only SPECIAL gives attributes");
    }

    @Test
    void theExportKeepsTheAttribute() {
        as("IBMUSER", "ALU JOE OPERATIONS");
        Scenario exported = StateExport.of(system, new ScenarioLoader().parse(USERS, "s.yaml"), Map.of(), 10443);
        assertEquals(Boolean.TRUE, exported.users().get("JOE").operations());
        assertEquals(Boolean.TRUE, exported.users().get("OPER").operations());
        assertFalse(Boolean.TRUE.equals(exported.users().get("IBMUSER").operations()));
    }
}
