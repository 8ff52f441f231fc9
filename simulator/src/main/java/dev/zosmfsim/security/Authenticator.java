package dev.zosmfsim.security;

import dev.zosmfsim.clock.SimClock;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides who a request runs as, the way z/OSMF's security server would.
 *
 * <p>Order: a token cookie (JWT, then LTPA) if present, then the client certificate, then HTTP Basic. A token stands
 * for a logon already made: it is not checked against the user's profile again, which is why a user revoked after
 * logging on keeps reaching their running address spaces until the token expires. A certificate logon needs no
 * password, so an expired password does not stop it; a revoked user is refused either way.
 */
public final class Authenticator {

    private final RacfDatabase racf;
    private final TokenService tokens;
    private final X509Certificate caCertificate;
    private final SimClock clock;

    public Authenticator(RacfDatabase racf, TokenService tokens, X509Certificate caCertificate, SimClock clock) {
        this.racf = racf;
        this.tokens = tokens;
        this.caCertificate = caCertificate;
        this.clock = clock;
    }

    public AuthResult authenticate(Credentials credentials) {
        Instant now = clock.now();
        if (credentials.jwtToken() != null) {
            return fromToken(tokens.checkJwt(credentials.jwtToken(), now), LogonMethod.JWT_TOKEN);
        }
        if (credentials.ltpaToken() != null) {
            return fromToken(tokens.checkLtpa(credentials.ltpaToken(), now), LogonMethod.LTPA_TOKEN);
        }
        if (credentials.hasCertificate()) {
            return counted(byCertificate(credentials.clientChain().get(0), now), now);
        }
        if (credentials.hasBasic()) {
            return counted(byPassword(credentials.userid(), credentials.password()), now);
        }
        return refuse(Refusal.Reason.NO_CREDENTIALS, null,
                "no credentials: send a user and password, a client certificate or a z/OSMF token");
    }

    /** A verified logon (not a token's reuse of one) is what RACF's LAST-ACCESS and CONNECTS count. */
    private AuthResult counted(AuthResult result, Instant now) {
        if (result instanceof AuthResult.LoggedOn loggedOn) {
            racf.recordLogon(loggedOn.userid(), now);
        }
        return result;
    }

    /** A password logon: the user must exist, not be revoked, and the password must match and not have expired. */
    public AuthResult byPassword(String userid, String password) {
        Optional<UserProfile> found = racf.user(userid);
        if (found.isEmpty()) {
            return refuse(Refusal.Reason.UNKNOWN_USER, upper(userid), "user " + upper(userid) + " is not defined to RACF");
        }
        UserProfile user = found.get();
        if (user.revoked()) {
            return refuse(Refusal.Reason.USER_REVOKED, user.userid(), "user " + user.userid() + " is revoked");
        }
        if (!user.password().equals(password)) {
            return refuse(Refusal.Reason.WRONG_PASSWORD, user.userid(),
                    "the password given for user " + user.userid() + " is not correct");
        }
        if (user.passwordExpired()) {
            return refuse(Refusal.Reason.PASSWORD_EXPIRED, user.userid(), "the password of user " + user.userid()
                    + " has expired; change it with PUT /zosmf/services/authenticate");
        }
        return new AuthResult.LoggedOn(user.userid(), LogonMethod.PASSWORD);
    }

    /** A certificate logon: signed by the simulator's CA, valid now on the simulator clock, mapped, user not revoked. */
    public AuthResult byCertificate(X509Certificate certificate, Instant now) {
        String subject = certificate.getSubjectX500Principal().getName();
        try {
            certificate.verify(caCertificate.getPublicKey());
        } catch (GeneralSecurityException | RuntimeException e) {
            return refuse(Refusal.Reason.CERTIFICATE_UNTRUSTED, null,
                    "the client certificate " + subject + " was not issued by this system's certificate authority");
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            return refuse(Refusal.Reason.CERTIFICATE_NOT_YET_VALID, null,
                    "the client certificate " + subject + " is not valid before " + certificate.getNotBefore().toInstant());
        }
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            return refuse(Refusal.Reason.CERTIFICATE_EXPIRED, null,
                    "the client certificate " + subject + " expired at " + certificate.getNotAfter().toInstant());
        }
        Optional<CertificateMap> map = racf.mapFor(certificate);
        if (map.isEmpty()) {
            return refuse(Refusal.Reason.CERTIFICATE_NOT_MAPPED, null,
                    "no RACDCERT MAP filter matches the client certificate " + subject);
        }
        String userid = map.get().userid();
        if (!map.get().trusted()) {
            return refuse(Refusal.Reason.CERTIFICATE_NOTRUST, userid,
                    "the certificate map for " + subject + " is NOTRUST");
        }
        Optional<UserProfile> user = racf.user(userid);
        if (user.isEmpty()) {
            return refuse(Refusal.Reason.UNKNOWN_USER, userid, "user " + userid + " is not defined to RACF");
        }
        if (user.get().revoked()) {
            return refuse(Refusal.Reason.USER_REVOKED, userid, "user " + userid + " is revoked");
        }
        return new AuthResult.LoggedOn(userid, LogonMethod.CERTIFICATE);
    }

    /**
     * Changes a password, the way out of an expired one: the user must exist and not be revoked, the old password
     * must match, and the new one must be 1-8 characters and differ from the old. The new password is not expired.
     */
    public AuthResult changePassword(String userid, String oldPassword, String newPassword) {
        Optional<UserProfile> found = racf.user(userid);
        if (found.isEmpty()) {
            return refuse(Refusal.Reason.UNKNOWN_USER, upper(userid), "user " + upper(userid) + " is not defined to RACF");
        }
        UserProfile user = found.get();
        if (user.revoked()) {
            return refuse(Refusal.Reason.USER_REVOKED, user.userid(), "user " + user.userid() + " is revoked");
        }
        if (!user.password().equals(oldPassword)) {
            return refuse(Refusal.Reason.WRONG_PASSWORD, user.userid(),
                    "the old password given for user " + user.userid() + " is not correct");
        }
        if (!Password.valid(newPassword)) {
            return refuse(Refusal.Reason.NEW_PASSWORD_INVALID, user.userid(),
                    "the new password must be 1 to 8 characters long");
        }
        if (newPassword.equals(oldPassword)) {
            return refuse(Refusal.Reason.NEW_PASSWORD_INVALID, user.userid(),
                    "the new password must differ from the old one");
        }
        racf.setPassword(user.userid(), newPassword, false);
        return new AuthResult.LoggedOn(user.userid(), LogonMethod.PASSWORD);
    }

    private static AuthResult fromToken(TokenService.Check check, LogonMethod method) {
        if (check instanceof TokenService.Valid valid) {
            return new AuthResult.LoggedOn(valid.userid(), method);
        }
        TokenService.Invalid invalid = (TokenService.Invalid) check;
        return refuse(invalid.reason(), null, invalid.detail());
    }

    private static AuthResult refuse(Refusal.Reason reason, String userid, String detail) {
        return new AuthResult.Refused(new Refusal(reason, userid, detail));
    }

    private static String upper(String userid) {
        return userid == null ? "" : userid.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
