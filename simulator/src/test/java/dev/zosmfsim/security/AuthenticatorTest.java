package dev.zosmfsim.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.tls.CertificateAuthority;
import dev.zosmfsim.tls.IssuedCertificate;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.tls.Validity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

    private final SimClock clock = SimClock.manual(START);
    private final CertificateAuthority ca = CertificateAuthority.create("CN=CA,O=ZOSMF-SIM", KeyAlgorithm.EC_P256,
            Validity.startingAround(START, Duration.ofDays(3650)));
    private final RacfDatabase racf = new RacfDatabase();
    private final TokenService tokens = new TokenService("test");
    private final Authenticator authenticator = new Authenticator(racf, tokens, ca.certificate(), clock);
    private IssuedCertificate colinCertificate;

    @BeforeEach
    void system() {
        racf.putUser(new UserProfile("IBMUSER", "SYS1", false, false, true));
        racf.putUser(new UserProfile("COLIN", "PASSWORD", false, false, false));
        racf.addCertificateMap(new CertificateMap("COLIN", DnFilter.parse("CN=COLIN.OU=USERS.O=ZOSMF-SIM"), null,
                "COLIN-CERT", true));
        colinCertificate = client("CN=COLIN,OU=USERS,O=ZOSMF-SIM", Validity.startingAround(START, Duration.ofDays(30)));
    }

    @Test
    void aRightPasswordLogsOn() {
        assertEquals(new AuthResult.LoggedOn("IBMUSER", LogonMethod.PASSWORD),
                authenticator.authenticate(Credentials.basic("ibmuser", "SYS1")));
    }

    @Test
    void everyPasswordRefusalSaysWhich() {
        assertRefused(Refusal.Reason.UNKNOWN_USER, Credentials.basic("NOBODY", "X"));
        assertRefused(Refusal.Reason.WRONG_PASSWORD, Credentials.basic("COLIN", "WRONG"));
        racf.setPassword("COLIN", "PASSWORD", true);
        assertRefused(Refusal.Reason.PASSWORD_EXPIRED, Credentials.basic("COLIN", "PASSWORD"));
        racf.setRevoked("COLIN", true);
        assertRefused(Refusal.Reason.USER_REVOKED, Credentials.basic("COLIN", "PASSWORD"));
        assertRefused(Refusal.Reason.NO_CREDENTIALS, new Credentials(null, null, List.of(), null, null));
    }

    @Test
    void aUseridRacfCouldNeverHoldIsAnUnknownUserNotAFailure() {
        for (String userid : List.of("\u0000\u0001", "AVERYLONGUSERID", "..", "", "1COLIN", "CO LIN", "COLIN\r\n")) {
            assertRefused(Refusal.Reason.UNKNOWN_USER, Credentials.basic(userid, "X"));
            assertEquals(java.util.Optional.empty(), racf.user(userid));
        }
    }

    @Test
    void aMappedCertificateLogsOnWithoutAPasswordEvenWhenThePasswordHasExpired() {
        assertEquals(new AuthResult.LoggedOn("COLIN", LogonMethod.CERTIFICATE),
                authenticator.authenticate(Credentials.certificate(colinCertificate.certificate())));
        racf.setPassword("COLIN", "PASSWORD", true);
        assertEquals(new AuthResult.LoggedOn("COLIN", LogonMethod.CERTIFICATE),
                authenticator.authenticate(Credentials.certificate(colinCertificate.certificate())));
    }

    @Test
    void aRevokedUsersCertificateIsRefused() {
        racf.setRevoked("COLIN", true);
        assertRefused(Refusal.Reason.USER_REVOKED, Credentials.certificate(colinCertificate.certificate()));
        racf.setRevoked("COLIN", false);
        assertInstanceOf(AuthResult.LoggedOn.class,
                authenticator.authenticate(Credentials.certificate(colinCertificate.certificate())));
    }

    @Test
    void certificateRefusalsSayWhich() {
        CertificateAuthority other = CertificateAuthority.create("CN=CA,O=ZOSMF-SIM", KeyAlgorithm.EC_P256,
                Validity.startingAround(START, Duration.ofDays(10)));
        IssuedCertificate foreign = other.issueClient("CN=COLIN,OU=USERS,O=ZOSMF-SIM", KeyAlgorithm.EC_P256,
                Validity.startingAround(START, Duration.ofDays(1)));
        assertRefused(Refusal.Reason.CERTIFICATE_UNTRUSTED, Credentials.certificate(foreign.certificate()));

        IssuedCertificate unmapped = client("CN=JOE,OU=USERS,O=ZOSMF-SIM", Validity.startingAround(START, Duration.ofDays(1)));
        assertRefused(Refusal.Reason.CERTIFICATE_NOT_MAPPED, Credentials.certificate(unmapped.certificate()));

        IssuedCertificate later = client("CN=COLIN,OU=USERS,O=ZOSMF-SIM",
                new Validity(START.plus(Duration.ofDays(2)), START.plus(Duration.ofDays(30))));
        assertRefused(Refusal.Reason.CERTIFICATE_NOT_YET_VALID, Credentials.certificate(later.certificate()));

        racf.addCertificateMap(new CertificateMap("COLIN", DnFilter.parse("CN=BLOCKED.OU=USERS.O=ZOSMF-SIM"), null,
                null, false));
        IssuedCertificate blocked = client("CN=BLOCKED,OU=USERS,O=ZOSMF-SIM", Validity.startingAround(START, Duration.ofDays(1)));
        assertRefused(Refusal.Reason.CERTIFICATE_NOTRUST, Credentials.certificate(blocked.certificate()));
    }

    @Test
    void aCertificateExpiresOnTheSimulatorClock() {
        assertInstanceOf(AuthResult.LoggedOn.class,
                authenticator.authenticate(Credentials.certificate(colinCertificate.certificate())));
        clock.advance(Duration.ofDays(31));
        assertRefused(Refusal.Reason.CERTIFICATE_EXPIRED, Credentials.certificate(colinCertificate.certificate()));
    }

    @Test
    void theMostSpecificMapWins() {
        racf.putUser(new UserProfile("GROUPID", "X", false, false, false));
        racf.addCertificateMap(new CertificateMap("GROUPID", DnFilter.parse("OU=USERS.O=ZOSMF-SIM"), null, null, true));
        IssuedCertificate joe = client("CN=JOE,OU=USERS,O=ZOSMF-SIM", Validity.startingAround(START, Duration.ofDays(1)));
        assertEquals("GROUPID", loggedOn(Credentials.certificate(joe.certificate())));
        assertEquals("COLIN", loggedOn(Credentials.certificate(colinCertificate.certificate())));
    }

    @Test
    void tokensOutliveARevokeButNotTheirExpiryOrALogout() {
        TokenService.Tokens issued = tokens.issue("COLIN", clock.now(), Duration.ofMinutes(30));
        racf.setRevoked("COLIN", true);
        assertEquals(new AuthResult.LoggedOn("COLIN", LogonMethod.JWT_TOKEN), authenticator.authenticate(jwt(issued.jwt())));
        assertEquals(new AuthResult.LoggedOn("COLIN", LogonMethod.LTPA_TOKEN), authenticator.authenticate(ltpa(issued.ltpa())));
        clock.advance(Duration.ofMinutes(30));
        assertRefused(Refusal.Reason.TOKEN_EXPIRED, jwt(issued.jwt()));
        assertRefused(Refusal.Reason.TOKEN_EXPIRED, ltpa(issued.ltpa()));

        TokenService.Tokens second = tokens.issue("IBMUSER", clock.now(), Duration.ofMinutes(30));
        tokens.logout(second.ltpa(), clock.now());
        assertRefused(Refusal.Reason.TOKEN_INVALID, jwt(second.jwt()));
        assertRefused(Refusal.Reason.TOKEN_INVALID, ltpa(second.ltpa()));
    }

    @Test
    void aForgedTokenIsRefused() {
        TokenService.Tokens issued = tokens.issue("COLIN", clock.now(), Duration.ofMinutes(30));
        String[] parts = issued.jwt().split("\\.");
        String payload = TokenService.payloadOf(issued.jwt()).orElseThrow().replace("COLIN", "IBMUSER");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        assertRefused(Refusal.Reason.TOKEN_INVALID, jwt(forged));
        TokenService otherSystem = new TokenService("test");
        assertRefused(Refusal.Reason.TOKEN_INVALID,
                jwt(otherSystem.issue("COLIN", clock.now(), Duration.ofMinutes(30)).jwt()));
        assertRefused(Refusal.Reason.TOKEN_INVALID, ltpa("made-up"));
        assertRefused(Refusal.Reason.TOKEN_INVALID, jwt("not-a-jwt"));
    }

    @Test
    void aPasswordChangeIsTheWayOutOfAnExpiredPassword() {
        racf.setPassword("COLIN", "PASSWORD", true);
        assertEquals(Refusal.Reason.WRONG_PASSWORD, refusal(authenticator.changePassword("COLIN", "WRONG", "NEWPW")));
        assertEquals(Refusal.Reason.NEW_PASSWORD_INVALID, refusal(authenticator.changePassword("COLIN", "PASSWORD", "PASSWORD")));
        assertEquals(Refusal.Reason.NEW_PASSWORD_INVALID, refusal(authenticator.changePassword("COLIN", "PASSWORD", "TOOLONGPW")));
        assertInstanceOf(AuthResult.LoggedOn.class, authenticator.changePassword("COLIN", "PASSWORD", "NEWPW"));
        assertEquals("COLIN", loggedOn(Credentials.basic("COLIN", "NEWPW")));
        assertRefused(Refusal.Reason.WRONG_PASSWORD, Credentials.basic("COLIN", "PASSWORD"));
    }

    @Test
    void facilityAccessComesFromPermitsOrUniversalAccess() {
        racf.defineFacility(new ResourceProfile("IRR.DIGTCERT.MAP", AccessLevel.NONE, Map.of("COLIN", AccessLevel.READ)));
        assertEquals(AccessLevel.READ, racf.facilityAccess("COLIN", "IRR.DIGTCERT.MAP"));
        assertEquals(AccessLevel.NONE, racf.facilityAccess("IBMUSER", "IRR.DIGTCERT.MAP"));
        racf.permit("IRR.DIGTCERT.MAP", "IBMUSER", AccessLevel.UPDATE);
        assertEquals(AccessLevel.UPDATE, racf.facilityAccess("IBMUSER", "IRR.DIGTCERT.MAP"));
        assertEquals(AccessLevel.NONE, racf.facilityAccess("COLIN", "NOT.DEFINED"));
    }

    @Test
    void aDuplicateMapIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(RacfDatabase.DuplicateMapException.class, () ->
                racf.addCertificateMap(new CertificateMap("IBMUSER", DnFilter.parse("CN=COLIN.OU=USERS.O=ZOSMF-SIM"),
                        null, null, true)));
    }

    private IssuedCertificate client(String subject, Validity validity) {
        return ca.issueClient(subject, KeyAlgorithm.EC_P256, validity);
    }

    private void assertRefused(Refusal.Reason expected, Credentials credentials) {
        AuthResult result = authenticator.authenticate(credentials);
        assertEquals(expected, refusal(result), () -> "got " + result);
    }

    private static Refusal.Reason refusal(AuthResult result) {
        assertInstanceOf(AuthResult.Refused.class, result, () -> "expected a refusal, got " + result);
        Refusal refusal = ((AuthResult.Refused) result).refusal();
        assertNotEquals("", refusal.detail());
        return refusal.reason();
    }

    private String loggedOn(Credentials credentials) {
        AuthResult result = authenticator.authenticate(credentials);
        assertInstanceOf(AuthResult.LoggedOn.class, result, () -> "expected a logon, got " + result);
        return ((AuthResult.LoggedOn) result).userid();
    }

    private static Credentials jwt(String token) {
        return new Credentials(null, null, List.of(), token, null);
    }

    private static Credentials ltpa(String token) {
        return new Credentials(null, null, List.of(), null, token);
    }
}
