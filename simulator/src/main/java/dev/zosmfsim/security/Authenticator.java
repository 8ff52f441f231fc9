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
 *
 * <p>SETROPTS's rules apply here: a wrong password counts towards PASSWORD(REVOKE(n)), a right one resets the count;
 * a password older than PASSWORD(INTERVAL(n)) days is expired at a password logon; a user unused longer than
 * INACTIVE(n) days is revoked at the next attempt, by password or certificate. Each refusal as revoked writes RACF's
 * ICH408I to the system log, as RACF does on the console.
 */
public final class Authenticator {

    private final RacfDatabase racf;
    private final TokenService tokens;
    private final X509Certificate caCertificate;
    private final SimClock clock;
    private final java.util.function.Consumer<java.util.List<String>> systemLog;

    public Authenticator(RacfDatabase racf, TokenService tokens, X509Certificate caCertificate, SimClock clock) {
        this(racf, tokens, caCertificate, clock, lines -> { });
    }

    /** {@code systemLog} takes the messages RACF writes to the console (ICH408I), each as its lines. */
    public Authenticator(RacfDatabase racf, TokenService tokens, X509Certificate caCertificate, SimClock clock,
            java.util.function.Consumer<java.util.List<String>> systemLog) {
        this.racf = racf;
        this.tokens = tokens;
        this.caCertificate = caCertificate;
        this.clock = clock;
        this.systemLog = systemLog;
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
        UserProfile user = revokedIfInactive(found.get());
        if (user.revoked()) {
            return revoked(user);
        }
        if (!user.password().equals(password)) {
            UserProfile after = racf.recordWrongPassword(user.userid());
            if (after.revoked()) {
                return revoked(after);
            }
            return refuse(Refusal.Reason.WRONG_PASSWORD, user.userid(),
                    "the password given for user " + user.userid() + " is not correct");
        }
        racf.resetWrongPasswords(user.userid());
        if (user.passwordExpired() || racf.passwordRules().expired(user.standing().passDate(), clock.now())) {
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
        UserProfile profile = revokedIfInactive(user.get());
        if (profile.revoked()) {
            return revoked(profile);
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
        user = revokedIfInactive(user);
        if (user.revoked()) {
            return revoked(user);
        }
        if (!user.password().equals(oldPassword)) {
            UserProfile after = racf.recordWrongPassword(user.userid());
            if (after.revoked()) {
                return revoked(after);
            }
            return refuse(Refusal.Reason.WRONG_PASSWORD, user.userid(),
                    "the old password given for user " + user.userid() + " is not correct");
        }
        racf.resetWrongPasswords(user.userid());
        if (!Password.valid(newPassword)) {
            return refuse(Refusal.Reason.NEW_PASSWORD_INVALID, user.userid(),
                    "the new password must be 1 to 8 characters long");
        }
        if (newPassword.equals(oldPassword)) {
            return refuse(Refusal.Reason.NEW_PASSWORD_INVALID, user.userid(),
                    "the new password must differ from the old one");
        }
        PasswordRules rules = racf.passwordRules();
        if (rules.reuses(newPassword, user.password(), user.standing().previousPasswords())) {
            return refuse(Refusal.Reason.NEW_PASSWORD_INVALID, user.userid(), "the new password is one of the last "
                    + (rules.history() + 1) + " passwords of user " + user.userid()
                    + ", which SETROPTS PASSWORD(HISTORY(" + rules.history() + ")) does not allow again");
        }
        racf.setPassword(user.userid(), newPassword, false);
        return new AuthResult.LoggedOn(user.userid(), LogonMethod.PASSWORD);
    }

    /** INACTIVE(n): a user unused for more than n days is revoked now, at this attempt to enter the system. */
    private UserProfile revokedIfInactive(UserProfile user) {
        if (!user.revoked() && racf.passwordRules().inactive(racf.lastActive(user), clock.now())) {
            return racf.revokeInactive(user.userid());
        }
        return user;
    }

    /**
     * Refuses a revoked user as RACF does: ICH408I on the console, and a detail that says why when a rule revoked
     * the user.
     */
    private AuthResult revoked(UserProfile user) {
        String userid = user.userid();
        // one multi-line message, as RACF writes it
        systemLog.accept(java.util.List.of(String.format("ICH408I USER(%-8s) GROUP(%-8s) NAME(%-20s)", userid, "SYS1",
                "UNKNOWN"), "  LOGON/JOB INITIATION - REVOKED USER ACCESS ATTEMPT"));
        UserProfile.Standing standing = user.standing();
        String why = "";
        if (RacfDatabase.PASSWORD_ATTEMPTS.equals(standing.revokeReason())) {
            why = " after " + standing.failedAttempts() + " consecutive wrong passwords (SETROPTS PASSWORD(REVOKE))";
        } else if (RacfDatabase.INACTIVITY.equals(standing.revokeReason())) {
            why = " because it went unused longer than SETROPTS INACTIVE allows";
        }
        return refuse(Refusal.Reason.USER_REVOKED, userid, "user " + userid + " is revoked"
                + (why.isEmpty() ? "" : why + "; ALTUSER " + userid + " RESUME lets it log on again"));
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
