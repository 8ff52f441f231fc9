package dev.zosmfsim.clock;

import java.time.Instant;
import java.util.Locale;

/**
 * How a clock is to move: {@code system} (real time), {@code manual} (only when told) or {@code scaled} ({@code scale}
 * times faster than real time). The one place the rules are stated: a scale goes with {@code scaled} only, and
 * {@code scaled} needs one above 0. The scenario, the command line, the admin API and the container class all parse
 * clock settings here.
 */
public record ClockSetting(SimClock.Mode mode, Double scale) {

    public ClockSetting {
        if (mode == null) {
            throw new IllegalArgumentException("expected system, manual or scaled");
        }
        if (mode == SimClock.Mode.SCALED && scale == null) {
            throw new IllegalArgumentException("mode: scaled needs a scale (how many times faster than real time)");
        }
        if (mode != SimClock.Mode.SCALED && scale != null) {
            throw new IllegalArgumentException("a scale is only for mode: scaled");
        }
        if (scale != null && !(scale > 0 && !scale.isInfinite())) {
            throw new IllegalArgumentException("expected a positive number, got " + scale);
        }
    }

    /** A mode as written ({@code system}, {@code manual}, {@code scaled}, any case) with its scale (or null). */
    public static ClockSetting parse(String mode, Double scale) {
        return new ClockSetting(mode(mode), scale);
    }

    /** The mode a word names. */
    public static SimClock.Mode mode(String word) {
        if (word != null) {
            switch (word.trim().toLowerCase(Locale.ROOT)) {
                case "system":
                    return SimClock.Mode.SYSTEM;
                case "manual":
                    return SimClock.Mode.MANUAL;
                case "scaled":
                    return SimClock.Mode.SCALED;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("expected system, manual or scaled, got '" + word + "'");
    }

    /** A new clock in this mode, showing {@code start} now, or the real time when {@code start} is null. */
    public SimClock start(Instant start) {
        switch (mode) {
            case MANUAL:
                return start == null ? SimClock.manual() : SimClock.manual(start);
            case SCALED:
                return start == null ? SimClock.scaled(scale) : SimClock.scaled(scale, start);
            default:
                return start == null ? SimClock.system() : SimClock.system(start);
        }
    }

    /** Switches a running clock to this mode; the time shown goes on from where it is. */
    public void applyTo(SimClock clock) {
        switch (mode) {
            case MANUAL:
                clock.useManualTime();
                break;
            case SCALED:
                clock.useScaledTime(scale);
                break;
            default:
                clock.useSystemTime();
                break;
        }
    }
}
