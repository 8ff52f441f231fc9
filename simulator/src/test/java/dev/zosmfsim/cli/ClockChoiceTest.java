package dev.zosmfsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zosmfsim.clock.SimClock;
import org.junit.jupiter.api.Test;

class ClockChoiceTest {

    @Test
    void theScenariosClockUnlessAskedOtherwise() {
        assertEquals(java.util.Optional.empty(), ClockChoice.create(null, null));
        assertEquals(SimClock.Mode.SYSTEM, ClockChoice.create("system", null).orElseThrow().mode());
        assertEquals(SimClock.Mode.MANUAL, ClockChoice.create("MANUAL", null).orElseThrow().mode());
    }

    @Test
    void aTimeScaleImpliesTheScaledClock() {
        SimClock clock = ClockChoice.create(null, 60.0).orElseThrow();
        assertEquals(SimClock.Mode.SCALED, clock.mode());
        assertEquals(60.0, clock.scale());
        assertEquals(2.5, ClockChoice.create("scaled", 2.5).orElseThrow().scale());
    }

    @Test
    void contradictionsAndBadValuesAreRefused() {
        assertEquals("--time-scale: expected a positive number, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> ClockChoice.create(null, 0.0)).getMessage());
        assertEquals("--time-scale runs the scaled clock; it cannot go with --clock manual",
                assertThrows(IllegalArgumentException.class, () -> ClockChoice.create("manual", 5.0)).getMessage());
        assertEquals("--clock scaled needs --time-scale N",
                assertThrows(IllegalArgumentException.class, () -> ClockChoice.create("scaled", null)).getMessage());
        assertEquals("--clock: expected system, manual or scaled, got 'fast'",
                assertThrows(IllegalArgumentException.class, () -> ClockChoice.create("fast", null)).getMessage());
    }
}
