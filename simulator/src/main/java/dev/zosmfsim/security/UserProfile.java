package dev.zosmfsim.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A RACF user profile: what logons check. Immutable; the {@link RacfDatabase} swaps whole profiles on change.
 *
 * @param userid            1-8 characters, upper case
 * @param password          the current password (RACF compares passwords without regard to case unless mixed-case
 *                          passwords are active; the simulator compares them exactly)
 * @param passwordExpired   a password logon is refused as expired until the password is changed
 * @param revoked           every new logon is refused; running address spaces are not touched
 * @param special           the SPECIAL attribute: bypasses FACILITY checks for RACF commands
 * @param operations        the OPERATIONS attribute: full access to DATASET-protected data sets, except where a
 *                          profile's access list names the user (see {@link DatasetAuthority})
 * @param operParm          the OPERPARM segment: the authority of the user's EMCS consoles; null when the user has
 *                          none (NOOPERPARM), which gives a console INFO authority
 * @param standing          what the password rules count and date: see {@link Standing}
 */
public record UserProfile(String userid, String password, boolean passwordExpired, boolean revoked, boolean special,
        boolean operations, OperParm operParm, Standing standing) {

    /**
     * What SETROPTS's password rules read and write.
     *
     * @param passDate          when the password was set (the profile's creation for the first one); null until the
     *                          database dates it
     * @param activeSince       when the user was defined or last resumed: the INACTIVE interval counts from here when
     *                          the user has not logged on since
     * @param failedAttempts    consecutive wrong passwords (RACF's revoke count); a right password resets it
     * @param revokeDate        when a password rule revoked the user; null if none did
     * @param revokeReason      what revoked the user then: {@code PASSWORD} (REVOKE) or {@code INACTIVE}
     * @param previousPasswords the passwords before the current one, newest first, at most {@link
     *                          PasswordRules#MAX_HISTORY}
     */
    public record Standing(Instant passDate, Instant activeSince, int failedAttempts, Instant revokeDate,
            String revokeReason, List<String> previousPasswords) {

        public Standing {
            previousPasswords = previousPasswords == null ? List.of() : List.copyOf(previousPasswords);
        }

        /** The previous passwords are not shown: they never land in a log by accident. */
        @Override
        public String toString() {
            return "Standing[passDate=" + passDate + ", failedAttempts=" + failedAttempts + ", revokeDate="
                    + revokeDate + ", revokeReason=" + revokeReason + ", previous=" + previousPasswords.size() + "]";
        }

        static Standing fresh() {
            return new Standing(null, null, 0, null, null, List.of());
        }
    }

    public UserProfile {
        userid = normalizeUserid(userid);
        Objects.requireNonNull(password, "password");
        standing = standing == null ? Standing.fresh() : standing;
    }

    /** A user without an OPERPARM segment. */
    public UserProfile(String userid, String password, boolean passwordExpired, boolean revoked, boolean special) {
        this(userid, password, passwordExpired, revoked, special, false, null, null);
    }

    public UserProfile(String userid, String password, boolean passwordExpired, boolean revoked, boolean special,
            OperParm operParm) {
        this(userid, password, passwordExpired, revoked, special, false, operParm, null);
    }

    /** Revokes or resumes; a resume clears the revoke count and date and restarts the INACTIVE interval. */
    public UserProfile withRevoked(boolean value, Instant now) {
        Standing next = value ? standing : new Standing(standing.passDate(), now, 0, null, null,
                standing.previousPasswords());
        return new UserProfile(userid, password, passwordExpired, value, special, operations, operParm, next);
    }

    /** A rule revokes the user at {@code now} for {@code reason}. */
    public UserProfile revokedBy(String reason, Instant now) {
        return new UserProfile(userid, password, passwordExpired, true, special, operations, operParm, new Standing(
                standing.passDate(), standing.activeSince(), standing.failedAttempts(), now, reason,
                standing.previousPasswords()));
    }

    /** A new password, set at {@code now}; the old one goes to the front of the history. */
    public UserProfile withPassword(String newPassword, boolean expired, Instant now) {
        List<String> previous = new ArrayList<>(standing.previousPasswords());
        if (!newPassword.equals(password)) {
            previous.add(0, password);
        }
        List<String> kept = previous.subList(0, Math.min(previous.size(), PasswordRules.MAX_HISTORY));
        return new UserProfile(userid, newPassword, expired, revoked, special, operations, operParm,
                new Standing(now, standing.activeSince(), standing.failedAttempts(), standing.revokeDate(),
                        standing.revokeReason(), kept));
    }

    /** Sets whether the password is expired, keeping the password and its date. */
    public UserProfile withExpired(boolean expired) {
        return new UserProfile(userid, password, expired, revoked, special, operations, operParm, standing);
    }

    public UserProfile withFailedAttempts(int count) {
        return new UserProfile(userid, password, passwordExpired, revoked, special, operations, operParm, new Standing(
                standing.passDate(), standing.activeSince(), count, standing.revokeDate(), standing.revokeReason(),
                standing.previousPasswords()));
    }

    /** Dates an undated profile: its password and its activity start at {@code now}. */
    UserProfile datedAt(Instant now) {
        if (standing.passDate() != null && standing.activeSince() != null) {
            return this;
        }
        return new UserProfile(userid, password, passwordExpired, revoked, special, operations, operParm, new Standing(
                standing.passDate() == null ? now : standing.passDate(),
                standing.activeSince() == null ? now : standing.activeSince(), standing.failedAttempts(),
                standing.revokeDate(), standing.revokeReason(), standing.previousPasswords()));
    }

    public UserProfile withSpecial(boolean value) {
        return new UserProfile(userid, password, passwordExpired, revoked, value, operations, operParm, standing);
    }

    public UserProfile withOperations(boolean value) {
        return new UserProfile(userid, password, passwordExpired, revoked, special, value, operParm, standing);
    }

    public UserProfile withOperParm(OperParm value) {
        return new UserProfile(userid, password, passwordExpired, revoked, special, operations, value, standing);
    }


    /** Upper-cases and checks a userid: 1-8 characters of A-Z, 0-9, @, #, $, not starting with a digit. */
    public static String normalizeUserid(String userid) {
        Objects.requireNonNull(userid, "userid");
        String upper = userid.strip().toUpperCase(Locale.ROOT);
        // blanks around a userid are forgiven; a control character (a CR/LF smuggled into a Basic header) is not
        if (!validUserid(upper) || hasControlCharacter(userid)) {
            throw new IllegalArgumentException("'" + userid.replaceAll("\\p{Cntrl}", "?")
                    + "' is not a valid userid: 1-8 characters of A-Z, 0-9, @, # or $, not starting with a digit");
        }
        return upper;
    }

    /**
     * Whether {@code upper} is 1-8 characters of A-Z, 0-9, @, # and $, not starting with a digit: checked character by
     * character, since every request with a password (and every RACF check) normalises a userid.
     */
    private static boolean validUserid(String upper) {
        int length = upper.length();
        if (length < 1 || length > 8) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = upper.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c == '@' || c == '#' || c == '$';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two profiles are the same definition whatever their {@link Standing}: like LAST-ACCESS, the dates, the revoke
     * count and the password history are statistics RACF keeps, not what a scenario or an ALTUSER defines.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof UserProfile that && userid.equals(that.userid) && password.equals(that.password)
                && passwordExpired == that.passwordExpired && revoked == that.revoked && special == that.special
                && operations == that.operations
                && Objects.equals(operParm, that.operParm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userid, password, passwordExpired, revoked, special, operations, operParm);
    }

    @Override
    public String toString() {
        return "UserProfile[" + userid + (revoked ? " REVOKED" : "") + (passwordExpired ? " EXPIRED" : "")
                + (special ? " SPECIAL" : "")
                + (operations ? " OPERATIONS" : "") + "]";
    }
}
