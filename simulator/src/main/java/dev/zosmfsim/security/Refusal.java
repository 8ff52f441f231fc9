package dev.zosmfsim.security;

/**
 * Why a logon was refused: the reason, the userid it was for (when known) and a sentence a person can act on.
 */
public record Refusal(Reason reason, String userid, String detail) {

    /** The causes a client can tell apart. */
    public enum Reason {
        NO_CREDENTIALS,
        UNKNOWN_USER,
        WRONG_PASSWORD,
        PASSWORD_EXPIRED,
        USER_REVOKED,
        CERTIFICATE_UNTRUSTED,
        CERTIFICATE_EXPIRED,
        CERTIFICATE_NOT_YET_VALID,
        CERTIFICATE_NOT_MAPPED,
        CERTIFICATE_NOTRUST,
        TOKEN_INVALID,
        TOKEN_EXPIRED,
        NEW_PASSWORD_INVALID
    }

    @Override
    public String toString() {
        return reason + (userid == null ? "" : " (" + userid + ")") + ": " + detail;
    }
}
