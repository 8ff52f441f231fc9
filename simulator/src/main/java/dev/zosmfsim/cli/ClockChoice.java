package dev.zosmfsim.cli;

import dev.zosmfsim.clock.SimClock;
import java.util.Locale;

/**
 * The clock {@code --clock system|manual|scaled} and {@code --time-scale N} ask for. A time scale implies the scaled
 * clock; a scaled clock needs a time scale.
 */
final class ClockChoice {

    private ClockChoice() {
    }

    /**
     * @param mode      the {@code --clock} value, or null when not given
     * @param timeScale the {@code --time-scale} value, or null when not given
     * @throws IllegalArgumentException saying which value is wrong
     */
    static SimClock create(String mode, Double timeScale) {
        String chosen = mode == null ? (timeScale == null ? "system" : "scaled") : mode.toLowerCase(Locale.ROOT);
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
                return chosen.equals("system") ? SimClock.system() : SimClock.manual();
            case "scaled":
                if (timeScale == null) {
                    throw new IllegalArgumentException("--clock scaled needs --time-scale N");
                }
                return SimClock.scaled(timeScale);
            default:
                throw new IllegalArgumentException("--clock: expected system, manual or scaled, got '" + mode + "'");
        }
    }
}
