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
        return number(limits, "minBodyRate", "min-body-rate", spec.minBodyRate());
    }

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
