package dev.zosmfsim.security;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A RACF user profile: what logons check. Immutable; the {@link RacfDatabase} swaps whole profiles on change.
 *
 * @param userid           1-8 characters, upper case
 * @param password         the current password (RACF compares passwords without regard to case unless mixed-case
 *                         passwords are active; the simulator compares them exactly)
 * @param passwordExpired  a password logon is refused as expired until the password is changed
 * @param revoked          every new logon is refused; running address spaces are not touched
 * @param special          the SPECIAL attribute: bypasses FACILITY checks for RACF commands
 * @param operParm         the OPERPARM segment: the authority of the user's EMCS consoles; null when the user has
 *                         none (NOOPERPARM), which gives a console INFO authority
 */
public record UserProfile(String userid, String password, boolean passwordExpired, boolean revoked, boolean special,
        OperParm operParm) {

    public UserProfile {
        userid = normalizeUserid(userid);
        Objects.requireNonNull(password, "password");
    }

    /** A user without an OPERPARM segment. */
    public UserProfile(String userid, String password, boolean passwordExpired, boolean revoked, boolean special) {
        this(userid, password, passwordExpired, revoked, special, null);
    }

    public UserProfile withRevoked(boolean value) {
        return new UserProfile(userid, password, passwordExpired, value, special, operParm);
    }

    public UserProfile withPassword(String newPassword, boolean expired) {
        return new UserProfile(userid, newPassword, expired, revoked, special, operParm);
    }

    public UserProfile withSpecial(boolean value) {
        return new UserProfile(userid, password, passwordExpired, revoked, value, operParm);
    }

    public UserProfile withOperParm(OperParm value) {
        return new UserProfile(userid, password, passwordExpired, revoked, special, value);
    }

    /** What {@link #normalizeUserid} accepts; compiled once, since every password logon checks a userid. */
    private static final Pattern USERID = Pattern.compile("[A-Z@#$][A-Z0-9@#$]{0,7}");

    /** Upper-cases and checks a userid: 1-8 characters of A-Z, 0-9, @, #, $, not starting with a digit. */
    public static String normalizeUserid(String userid) {
        Objects.requireNonNull(userid, "userid");
        String upper = userid.strip().toUpperCase(Locale.ROOT);
        // blanks around a userid are forgiven; a control character (a CR/LF smuggled into a Basic header) is not
        if (!USERID.matcher(upper).matches() || userid.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("'" + userid.replaceAll("\\p{Cntrl}", "?")
                    + "' is not a valid userid: 1-8 characters of A-Z, 0-9, @, # or $, not starting with a digit");
        }
        return upper;
    }

    @Override
    public String toString() {
        return "UserProfile[" + userid + (revoked ? " REVOKED" : "") + (passwordExpired ? " EXPIRED" : "")
                + (special ? " SPECIAL" : "") + "]";
    }
}
