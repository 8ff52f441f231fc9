package dev.zosmfsim.cli;

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
        String chosen = mode == null ? "scaled" : mode.toLowerCase(Locale.ROOT);
        if (timeScale != null && !(timeScale > 0 && !timeScale.isInfinite())) {
            throw new IllegalArgumentException("--time-scale: expected a positive number, got " + timeScale);
        }
        switch (chosen) {
            case "system":
            case "manual":
                if (timeScale != null) {
                    throw new IllegalArgumentException("--time-scale runs the scaled clock; it cannot go with --clock "
                            + chosen);
                }
                return Optional.of(chosen.equals("system") ? SimClock.system() : SimClock.manual());
            case "scaled":
                if (timeScale == null) {
                    throw new IllegalArgumentException("--clock scaled needs --time-scale N");
                }
                return Optional.of(SimClock.scaled(timeScale));
            default:
                throw new IllegalArgumentException("--clock: expected system, manual or scaled, got '" + mode + "'");
        }
    }
}
