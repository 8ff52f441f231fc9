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
        String yaml = USERS + "setropts:\n  generic: []\n";
        SimulatedSystem system = TestSystems.fromYaml(yaml);
        assertFalse(system.racf().genericActive(RacfDatabase.DATASET));
        assertEquals(List.of(), exportedAndLoaded(system, yaml).setropts().generic());

        SimulatedSystem fresh = TestSystems.fromYaml(USERS);
        assertTrue(fresh.racf().genericActive(RacfDatabase.DATASET), "on unless the scenario says");
        assertEquals(List.of("DATASET"), exportedAndLoaded(fresh, USERS).setropts().generic());
    }

    @Test
    void aClassOtherThanDatasetIsRefusedWhereItStands() {
        ScenarioException refused = assertThrows(ScenarioException.class, () -> TestSystems.fromYaml(
                USERS + "setropts:\n  generic: [FACILITY]\n"));
        assertTrue(refused.getMessage().contains("setropts.generic[0]"), refused.getMessage());
        assertTrue(refused.getMessage().contains("expected DATASET"), refused.getMessage());
    }
}
