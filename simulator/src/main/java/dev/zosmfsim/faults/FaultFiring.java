package dev.zosmfsim.faults;

import java.time.Instant;

/** One firing of a rule, as the fault journal keeps it. {@code method} and {@code path} are null for a connection. */
public record FaultFiring(long sequence, Instant time, String ruleId, String ruleName, String effect, String method,
        String path, String userid) {
}
