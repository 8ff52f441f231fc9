package dev.zosmfsim.faults;

import java.util.Objects;

/**
 * A fault rule: which requests it matches, when a match makes it fire, and what it then does.
 *
 * @param name    a name the user chose (for listings and the journal); may be null
 * @param match   the requests it applies to
 * @param trigger when a match fires
 * @param effect  what a firing does
 */
public record FaultRule(String name, FaultMatch match, FaultTrigger trigger, FaultEffect effect) {

    public FaultRule {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(effect, "effect");
        if (effect instanceof FaultEffect.StallHandshake && !match.isEmpty()) {
            throw new IllegalArgumentException("a stalled handshake happens before any request is read, so a"
                    + " stallHandshake rule cannot match on method, path, service, user, console or command");
        }
    }

    /** True for rules that act on new connections rather than on requests. */
    public boolean onConnections() {
        return effect instanceof FaultEffect.StallHandshake;
    }
}
