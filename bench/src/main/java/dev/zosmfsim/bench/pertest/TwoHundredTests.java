package dev.zosmfsim.bench.pertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The JUnit class a per-test benchmark runs: 200 tests, each with a simulator of its own (its own CA, certificates,
 * system and port), started before the test and closed after it. The test itself does next to nothing, so the
 * class's time is what the lifecycle costs.
 */
@ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL, lifecycle = SimulatorLifecycle.PER_METHOD)
public class TwoHundredTests {

    static final int TESTS = 200;
    static final String METHOD = "eachTestHasAFreshSimulator";

    @RepeatedTest(TESTS)
    void eachTestHasAFreshSimulator(ZosmfSimulator simulator) {
        assertTrue(simulator.port() > 0);
        assertEquals(0, simulator.journal().entries().size());
    }
}
