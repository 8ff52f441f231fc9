package dev.zosmfsim.testing;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.Scenario;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What {@link ZosmfSimulatorExtension} starts: from {@link ZosmfSimulatorTest} or from the extension's builder.
 * Holds no simulator itself, so that one settings object can start any number of independent simulators.
 *
 * @param scenarioName a shipped scenario's name or a file; used when {@code scenario} is null
 * @param scenario     a scenario built in code, or null
 * @param customizer   last changes to the simulator's builder (host names, key type, a clock set to an instant...)
 */
record SimulatorSettings(String scenarioName, Scenario scenario, SimClock.Mode clock, double timeScale,
        SimulatorLifecycle lifecycle, Consumer<ZosmfSimulator.Builder> customizer) {

    SimulatorSettings {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(customizer, "customizer");
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new ExtensionConfigurationException("timeScale must be a positive number, got " + timeScale);
        }
        if (clock != SimClock.Mode.SCALED && timeScale != 1.0) {
            throw new ExtensionConfigurationException("timeScale = " + timeScale + " needs clock = SCALED, not "
                    + clock);
        }
    }

    static SimulatorSettings of(ZosmfSimulatorTest annotation) {
        return new SimulatorSettings(annotation.scenario(), null, annotation.clock(), annotation.timeScale(),
                annotation.lifecycle(), builder -> { });
    }

    /** Starts a new simulator with a clock of its own on a free port of 127.0.0.1. */
    ZosmfSimulator start() {
        ZosmfSimulator.Builder builder = ZosmfSimulator.builder().port(0).clock(newClock());
        if (scenario != null) {
            builder.scenario(scenario);
        } else {
            builder.scenario(scenarioName);
        }
        customizer.accept(builder);
        return builder.start();
    }

    private SimClock newClock() {
        switch (clock) {
            case MANUAL:
                return SimClock.manual();
            case SCALED:
                return SimClock.scaled(timeScale);
            default:
                return SimClock.system();
        }
    }
}
