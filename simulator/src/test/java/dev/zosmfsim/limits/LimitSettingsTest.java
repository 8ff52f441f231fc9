package dev.zosmfsim.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.scenario.CheckedScenario;
import dev.zosmfsim.scenario.ScenarioException;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The limits as the scenario sets them: the defaults, the section's values, and its problems named by key. */
class LimitSettingsTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void aScenarioWithoutLimitsHasTheDefaults() {
        assertEquals(ServerLimits.DEFAULTS, CheckedScenario.of(loader.parse("description: x\n", "s.yaml")).limits());
    }

    @Test
    void theLimitsSectionSetsWhatItNames() {
        ServerLimits limits = CheckedScenario.of(loader.parse("limits:\n  maxConnections: 100\n"
                + "  maxConnectionsPerClient: 10\n  maxThreads: 20\n  idleTimeout: 5s\n  headerTimeout: 2s\n"
                + "  minBodyRate: 0\n  maxHandshakesPerClient: 3\n", "s.yaml")).limits();
        assertEquals(new ServerLimits(100, 10, 20, Duration.ofSeconds(5), Duration.ofSeconds(2), 0, 3), limits);
    }

    @Test
    void aValueOutOfRangeIsAProblemAtItsKey() {
        ScenarioException problem = assertThrows(ScenarioException.class,
                () -> loader.parse("limits:\n  maxThreads: 2\n", "s.yaml"));
        assertEquals("s.yaml:2:3: limits.maxThreads: max-threads must be from 8 to 10000, got 2", problem.getMessage());
        ScenarioException duration = assertThrows(ScenarioException.class,
                () -> loader.parse("limits:\n  headerTimeout: soon\n", "s.yaml"));
        assertTrue(duration.getMessage().startsWith("s.yaml:2:3: limits.headerTimeout: expected a duration"),
                duration.getMessage());
    }

    @Test
    void perClientCannotExceedTheTotal() {
        IllegalArgumentException problem = assertThrows(IllegalArgumentException.class,
                () -> ServerLimits.DEFAULTS.withMaxConnectionsPerClient(5_000));
        assertEquals("max-connections-per-client must be from 1 to max-connections (4000), got 5000",
                problem.getMessage());
        assertEquals(50, ServerLimits.DEFAULTS.withMaxConnections(50).maxConnectionsPerClient(),
                "lowering the total lowers the per-client limit with it");
        IllegalArgumentException handshakes = assertThrows(IllegalArgumentException.class,
                () -> ServerLimits.DEFAULTS.withMaxConnectionsPerClient(4).withMaxHandshakesPerClient(5));
        assertEquals("max-handshakes-per-client must be from 1 to max-connections-per-client (4), got 5",
                handshakes.getMessage());
        assertEquals(2, ServerLimits.DEFAULTS.withMaxHandshakesPerClient(8).withMaxConnectionsPerClient(2)
                .maxHandshakesPerClient(), "lowering the per-client connections lowers the handshakes with them");
    }
}
