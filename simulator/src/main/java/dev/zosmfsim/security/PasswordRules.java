package dev.zosmfsim.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * RACF's system-wide password and user ID rules, as {@code SETROPTS PASSWORD(...)} and {@code SETROPTS INACTIVE}
 * set them. Each is off (null) on a freshly installed simulator, so that a test that does not ask for a lockout never
 * gets one. The one place their ranges and their arithmetic are stated.
 *
 * @param revoke   REVOKE(n): RACF allows n consecutive wrong passwords and revokes the user at the next one (1-255)
 * @param interval INTERVAL(n): a password is expired n days after it was set (1-254)
 * @param history  HISTORY(n): a new password may not be the current one or any of the n before it (1-32)
 * @param inactive INACTIVE(n): a user who has not entered the system for more than n days is revoked at the next
 *                 attempt (1-255)
 */
public record PasswordRules(Integer revoke, Integer interval, Integer history, Integer inactive) {

    /** The most previous passwords RACF keeps for a user (HISTORY's upper bound). */
    public static final int MAX_HISTORY = 32;

    public PasswordRules {
        check("REVOKE", revoke, 255);
        check("INTERVAL", interval, 254);
        check("HISTORY", history, MAX_HISTORY);
        check("INACTIVE", inactive, 255);
    }

    /** A fresh system: NOREVOKE, no interval, NOHISTORY, NOINACTIVE. */
    public static PasswordRules none() {
        return new PasswordRules(null, null, null, null);
    }

    public PasswordRules withRevoke(Integer value) {
        return new PasswordRules(value, interval, history, inactive);
    }

    public PasswordRules withInterval(Integer value) {
        return new PasswordRules(revoke, value, history, inactive);
    }

    public PasswordRules withHistory(Integer value) {
        return new PasswordRules(revoke, interval, value, inactive);
    }

    public PasswordRules withInactive(Integer value) {
        return new PasswordRules(revoke, interval, history, value);
    }

    /** Whether the wrong password that makes {@code failures} in a row revokes the user. */
    public boolean revokes(int failures) {
        return revoke != null && failures > revoke;
    }

    /** Whether a password set at {@code passDate} has expired at {@code now}. */
    public boolean expired(Instant passDate, Instant now) {
        return interval != null && passDate != null && now.isAfter(passDate.plus(Duration.ofDays(interval)));
    }

    /** Whether a user last active at {@code lastActive} has been unused too long at {@code now}. */
    public boolean inactive(Instant lastActive, Instant now) {
        return inactive != null && lastActive != null && now.isAfter(lastActive.plus(Duration.ofDays(inactive)));
    }

    /** Whether {@code candidate} repeats the current password or one of the last HISTORY ones (newest first). */
    public boolean reuses(String candidate, String current, List<String> previous) {
        if (history == null) {
            return false;
        }
        return candidate.equals(current) || previous.subList(0, Math.min(history, previous.size())).contains(candidate);
    }

    private static void check(String name, Integer value, int max) {
        if (value != null && (value < 1 || value > max)) {
            throw new IllegalArgumentException(name + " must be from 1 to " + max + ", got " + value);
        }
    }
}
