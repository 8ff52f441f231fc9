package dev.zosmfsim.cli;

import dev.zosmfsim.limits.ServerLimits;
import dev.zosmfsim.scenario.DurationText;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/**
 * One {@code --limit NAME=VALUE}: a connection limit or timeout of {@link ServerLimits} by its name, a whole number
 * or (for the timeouts) a duration such as {@code 20s}. Given several times (or comma-separated), later ones win.
 */
record LimitOption(String name, long number, Duration duration) {

    /** What the option's help lists. */
    static final String NAMES = String.join(", ", ServerLimits.NAMES);

    ServerLimits applyTo(ServerLimits limits) {
        return limits.with(name, number, duration);
    }

    /** The options in order, as a change of the scenario's limits; a value out of range fails here. */
    static UnaryOperator<ServerLimits> all(List<LimitOption> options) {
        ServerLimits checked = ServerLimits.DEFAULTS;
        for (LimitOption option : options) {
            checked = option.applyTo(checked);
        }
        return limits -> {
            ServerLimits changed = limits;
            for (LimitOption option : options) {
                changed = option.applyTo(changed);
            }
            return changed;
        };
    }

    /** Reads {@code NAME=VALUE}. */
    static final class Converter implements CommandLine.ITypeConverter<LimitOption> {
        @Override
        public LimitOption convert(String text) {
            int equals = text.indexOf('=');
            String name = equals < 0 ? text.trim() : text.substring(0, equals).trim();
            if (equals < 0 || !ServerLimits.NAMES.contains(name)) {
                throw new CommandLine.TypeConversionException("expected NAME=VALUE with NAME one of " + NAMES
                        + ", got '" + text + "'");
            }
            String value = text.substring(equals + 1).trim();
            try {
                if (ServerLimits.isDuration(name)) {
                    return new LimitOption(name, 0, DurationText.parse(value));
                }
                if (!value.matches("\\d{1,10}")) {
                    throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
                }
                return new LimitOption(name, Long.parseLong(value), null);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
