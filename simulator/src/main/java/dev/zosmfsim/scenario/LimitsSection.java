package dev.zosmfsim.scenario;

import dev.zosmfsim.limits.ServerLimits;
import java.time.Duration;

/** The {@code limits:} section, checked: the defaults with what it sets; each problem named by its key. */
final class LimitsSection {

    private final ScenarioValidator validator;

    LimitsSection(ScenarioValidator validator) {
        this.validator = validator;
    }

    ServerLimits check(Scenario.LimitsSpec spec) {
        ServerLimits limits = ServerLimits.DEFAULTS;
        limits = number(limits, "maxConnections", "max-connections", spec.maxConnections());
        limits = number(limits, "maxConnectionsPerClient", "max-connections-per-client",
                spec.maxConnectionsPerClient());
        limits = number(limits, "maxThreads", "max-threads", spec.maxThreads());
        limits = duration(limits, "idleTimeout", "idle-timeout", spec.idleTimeout());
        limits = duration(limits, "headerTimeout", "header-timeout", spec.headerTimeout());
        limits = number(limits, "minBodyRate", "min-body-rate", spec.minBodyRate());
        return number(limits, "maxHandshakesPerClient", "max-handshakes-per-client", spec.maxHandshakesPerClient());
    }

    /** The data sets' space in bytes: the catalog's size cap (the default unless the section gives one). */
    long dataSetSpace(Scenario.LimitsSpec spec) {
        if (spec.dataSetSpace() == null) {
            return dev.zosmfsim.datasets.Catalog.DEFAULT_SIZE_CAP;
        }
        try {
            long bytes = ByteSizeText.parse(spec.dataSetSpace());
            if (bytes < MIN_SPACE || bytes > MAX_SPACE) {
                validator.problem("limits.dataSetSpace", "expected from 16KiB (SYS1.PARMLIB needs room) to 4GiB, got "
                        + spec.dataSetSpace());
                return dev.zosmfsim.datasets.Catalog.DEFAULT_SIZE_CAP;
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            validator.problem("limits.dataSetSpace", e.getMessage());
            return dev.zosmfsim.datasets.Catalog.DEFAULT_SIZE_CAP;
        }
    }

    static final long MIN_SPACE = 16L << 10;
    static final long MAX_SPACE = 4L << 30;

    private ServerLimits number(ServerLimits limits, String key, String name, Number value) {
        if (value == null) {
            return limits;
        }
        return set(limits, key, name, value.longValue(), null);
    }

    private ServerLimits duration(ServerLimits limits, String key, String name, String text) {
        if (text == null) {
            return limits;
        }
        Duration duration = validator.duration("limits." + key, text);
        return duration == null ? limits : set(limits, key, name, 0, duration);
    }

    private ServerLimits set(ServerLimits limits, String key, String name, long number, Duration duration) {
        try {
            return limits.with(name, number, duration);
        } catch (IllegalArgumentException e) {
            validator.problem("limits." + key, e.getMessage());
            return limits;
        }
    }
}
