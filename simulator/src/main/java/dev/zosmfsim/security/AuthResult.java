package dev.zosmfsim.security;

/** The Authenticator's decision on one request. */
public sealed interface AuthResult permits AuthResult.LoggedOn, AuthResult.Refused {

    /** The request runs as {@code userid}. */
    record LoggedOn(String userid, LogonMethod method) implements AuthResult {
    }

    /** The request is refused. */
    record Refused(Refusal refusal) implements AuthResult {
    }
}
