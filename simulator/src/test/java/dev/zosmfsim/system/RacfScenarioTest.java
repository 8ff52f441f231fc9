package dev.zosmfsim.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioException;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.scenario.ScenarioWriter;
import dev.zosmfsim.security.AccessLevel;
import dev.zosmfsim.security.RacfDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RACF parts of a scenario that data set checks read: SETROPTS GENERIC and the data set profiles. */
class RacfScenarioTest {

    private static final String USERS = "users:\n  IBMUSER: {password: SYS1, special: true}\n"
            + "  COLIN: {password: COLIN}\n  JOE: {password: JOE}\n";

    /** The system's state exported as YAML and loaded again. */
    private static Scenario exportedAndLoaded(SimulatedSystem system, String yaml) {
        Scenario exported = StateExport.of(system, new ScenarioLoader().parse(yaml, "s.yaml"), Map.of(), 10443);
        return new ScenarioLoader().parse(ScenarioWriter.toYaml(exported, "test"), "exported.yaml");
    }

    @Test
    void nogenericFromTheScenarioIsInForceAndTheExportKeepsIt() {
        String yaml = USERS + "setropts:\n  nogeneric: [DATASET]\n";
        SimulatedSystem system = TestSystems.fromYaml(yaml);
        assertFalse(system.racf().genericActive(RacfDatabase.DATASET));
        assertEquals(List.of("DATASET"), exportedAndLoaded(system, yaml).setropts().nogeneric());

        SimulatedSystem fresh = TestSystems.fromYaml(USERS);
        assertTrue(fresh.racf().genericActive(RacfDatabase.DATASET), "on unless the scenario says");
        assertEquals(null, exportedAndLoaded(fresh, USERS).setropts().nogeneric());
    }

    @Test
    void aClassOtherThanDatasetIsRefusedWhereItStands() {
        ScenarioException refused = assertThrows(ScenarioException.class, () -> TestSystems.fromYaml(
                USERS + "setropts:\n  nogeneric: [FACILITY]\n"));
        assertTrue(refused.getMessage().contains("setropts.nogeneric[0]"), refused.getMessage());
        assertTrue(refused.getMessage().contains("expected DATASET"), refused.getMessage());
    }

    private static final String PROFILES = USERS + """
            datasetProfiles:
              COLIN.**: {uacc: NONE, permits: {JOE: READ}}
              SYS1.PARMLIB: {uacc: READ, owner: IBMUSER}
              PAYROLL.*.DATA: {owner: SYS1}
            """;

    @Test
    void theScenariosProfilesDecideAndTheExportWritesThemBackAsTheyAreNow() {
        SimulatedSystem system = TestSystems.fromYaml(PROFILES);
        assertTrue(check(system, "JOE", "COLIN.DATA", AccessLevel.READ), "JOE's permit");
        assertFalse(check(system, "JOE", "COLIN.DATA", AccessLevel.UPDATE));
        assertFalse(check(system, "COLIN", "PAYROLL.JUNE.DATA", AccessLevel.READ), "UACC NONE when left out");
        assertTrue(check(system, "COLIN", "SYS1.PARMLIB", AccessLevel.READ));
        assertEquals("SYS1", system.racf().profile(RacfDatabase.DATASET, "PAYROLL.*.DATA").orElseThrow().owner());

        dev.zosmfsim.tso.TsoSessions tso = new dev.zosmfsim.tso.TsoSessions(system);
        assertEquals(List.of(), tso.run("COLIN", tso.start("COLIN"), "PERMIT 'COLIN.**' ID(IBMUSER) ACCESS(UPDATE)"));
        SimulatedSystem again = TestSystems.fromYaml(ScenarioWriter.toYaml(StateExport.of(system,
                new ScenarioLoader().parse(PROFILES, "s.yaml"), Map.of(), 10443), "test"));
        assertEquals(system.racf().profiles(RacfDatabase.DATASET), again.racf().profiles(RacfDatabase.DATASET));
        assertEquals(AccessLevel.UPDATE, again.racf().profile(RacfDatabase.DATASET, "COLIN.**").orElseThrow()
                .permits().get("IBMUSER"));
    }

    @Test
    void badProfilesAreRefusedWithWhatIsWrongAndWhere() {
        assertProblem("datasetProfiles:\n  '*.DATA': {}\n", "datasetProfiles.*.DATA", "the first one without generic");
        assertProblem("datasetProfiles:\n  colin.data: {}\n", "datasetProfiles.colin.data", "in upper case");
        assertProblem("setropts: {nogeneric: [DATASET]}\ndatasetProfiles:\n  COLIN.**: {}\n", "datasetProfiles.COLIN.**",
                "needs SETROPTS GENERIC(DATASET)");
        assertProblem("datasetProfiles:\n  COLIN.X: {permits: {NOBODY: READ}}\n",
                "datasetProfiles.COLIN.X.permits.NOBODY", "user NOBODY is not defined under users");
        assertProblem("datasetProfiles:\n  COLIN.X: {owner: NOBODY}\n", "datasetProfiles.COLIN.X.owner",
                "a user of this scenario or a group");
        assertProblem("datasetProfiles:\n  COLIN.X: {uacc: MOST}\n", "datasetProfiles.COLIN.X.uacc", "MOST");
        assertTrue(TestSystems.fromYaml(USERS + "setropts: {nogeneric: [DATASET]}\ndatasetProfiles:\n  COLIN.X: {}\n")
                .racf().profile(RacfDatabase.DATASET, "COLIN.X").isPresent(), "a discrete profile needs no GENERIC");
    }

    private static void assertProblem(String yaml, String field, String text) {
        ScenarioException refused = assertThrows(ScenarioException.class, () -> TestSystems.fromYaml(USERS + yaml));
        assertTrue(refused.getMessage().contains(field + ": "), refused.getMessage());
        assertTrue(refused.getMessage().contains(text), refused.getMessage());
    }

    private static boolean check(SimulatedSystem system, String userid, String dsn, AccessLevel intent) {
        return system.datasetAuthority().check(userid, dsn, "VOL001", intent).isEmpty();
    }
}
