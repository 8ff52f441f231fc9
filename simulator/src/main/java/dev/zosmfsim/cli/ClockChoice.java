package dev.zosmfsim.cli;

import dev.zosmfsim.clock.ClockSetting;
import dev.zosmfsim.clock.SimClock;
import java.util.Locale;
import java.util.Optional;

/**
 * The clock {@code --clock system|manual|scaled} and {@code --time-scale N} ask for, if they ask for one (otherwise
 * the scenario's clock runs). A time scale implies the scaled clock; a scaled clock needs a time scale.
 */
final class ClockChoice {

    private ClockChoice() {
    }

    /**
     * @param mode      the {@code --clock} value, or null when not given
     * @param timeScale the {@code --time-scale} value, or null when not given
     * @throws IllegalArgumentException saying which value is wrong
     */
    static Optional<SimClock> create(String mode, Double timeScale) {
        if (mode == null && timeScale == null) {
            return Optional.empty();
        }
        if (timeScale != null && !(timeScale > 0 && !timeScale.isInfinite())) {
            throw new IllegalArgumentException("--time-scale: expected a positive number, got " + timeScale);
        }
        SimClock.Mode chosen;
        try {
            chosen = mode == null ? SimClock.Mode.SCALED : ClockSetting.mode(mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--clock: " + e.getMessage());
        }
        if (chosen == SimClock.Mode.SCALED && timeScale == null) {
            throw new IllegalArgumentException("--clock scaled needs --time-scale N");
        }
        if (chosen != SimClock.Mode.SCALED && timeScale != null) {
            throw new IllegalArgumentException("--time-scale runs the scaled clock; it cannot go with --clock "
                    + mode.toLowerCase(Locale.ROOT));
        }
        return Optional.of(new ClockSetting(chosen, timeScale).start(null));
    }
}
