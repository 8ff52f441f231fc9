package dev.zosmfsim.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tso.TsoSessions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SETROPTS's password rules: off on a fresh system, on by a scenario or by SETROPTS, as RACF applies them. */
class PasswordRulesTest {

    private static final String USERS = "users:\n  IBMUSER:\n    password: SYS1\n    special: true\n"
            + "  COLIN:\n    password: PASSWORD\n";

    private static SimulatedSystem system(String setropts) {
        return TestSystems.fromYaml(USERS + setropts);
    }

    private static Refusal.Reason refusal(SimulatedSystem system, String userid, String password) {
        AuthResult result = system.authenticator().authenticate(Credentials.basic(userid, password));
        return result instanceof AuthResult.Refused refused ? refused.refusal().reason() : null;
    }

    private static List<String> as(SimulatedSystem system, String userid, String command) {
        TsoSessions tso = new TsoSessions(system);
        return tso.run(userid, tso.start(userid), command);
    }

    @Test
    void aFreshSystemNeverLocksAUserOut() {
        SimulatedSystem system = TestSystems.fromYaml(USERS);
        for (int i = 0; i < 2_000; i++) {
            assertEquals(Refusal.Reason.WRONG_PASSWORD, refusal(system, "COLIN", "WRONG" + (i % 10)));
        }
        assertEquals(null, refusal(system, "COLIN", "PASSWORD"));
        system.clock().advance(Duration.ofDays(3_000));
        assertEquals(null, refusal(system, "COLIN", "PASSWORD"), "no interval, no inactive on a fresh system");
    }

    @Test
    void revokeAllowsNWrongPasswordsAndTheNextRevokes() {
        SimulatedSystem system = system("setropts:\n  password:\n    revoke: 3\n");
        for (int i = 0; i < 3; i++) {
            assertEquals(Refusal.Reason.WRONG_PASSWORD, refusal(system, "COLIN", "WRONG"));
        }
        assertEquals(Refusal.Reason.USER_REVOKED, refusal(system, "COLIN", "WRONG"), "the 4th revokes");
        assertEquals(Refusal.Reason.USER_REVOKED, refusal(system, "COLIN", "PASSWORD"));
        AuthResult refused = system.authenticator().authenticate(Credentials.basic("COLIN", "PASSWORD"));
        assertTrue(((AuthResult.Refused) refused).refusal().detail().contains("after 4 consecutive wrong passwords"),
                refused.toString());
        UserProfile colin = system.racf().user("COLIN").orElseThrow();
        assertTrue(colin.revoked());
        assertEquals(RacfDatabase.PASSWORD_ATTEMPTS, colin.standing().revokeReason());
        List<String> listed = as(system, "IBMUSER", "LISTUSER COLIN");
        assertTrue(listed.contains(" ATTRIBUTES=REVOKED"), listed.toString());
        assertTrue(listed.contains(" REVOKE DATE=26.179 RESUME DATE=NONE"), listed.toString());
        List<String> log = system.messages().between(Instant.EPOCH, Instant.MAX).stream()
                .map(dev.zosmfsim.console.SystemMessages.Message::text).toList();
        assertTrue(log.contains("ICH408I USER(COLIN   ) GROUP(SYS1    ) NAME(UNKNOWN             )"), log.toString());
        assertTrue(log.contains("  LOGON/JOB INITIATION - REVOKED USER ACCESS ATTEMPT"), log.toString());
        assertEquals(List.of(), as(system, "IBMUSER", "ALTUSER COLIN RESUME"));
        assertEquals(null, refusal(system, "COLIN", "PASSWORD"), "a resume lets the user on again");
        assertTrue(as(system, "IBMUSER", "LISTUSER COLIN").contains(" REVOKE DATE=NONE   RESUME DATE=NONE"));
    }

    @Test
    void aRightPasswordResetsTheCount() {
        SimulatedSystem system = system("setropts:\n  password:\n    revoke: 2\n");
        for (int round = 0; round < 5; round++) {
            assertEquals(Refusal.Reason.WRONG_PASSWORD, refusal(system, "COLIN", "WRONG"));
            assertEquals(Refusal.Reason.WRONG_PASSWORD, refusal(system, "COLIN", "WRONG"));
            assertEquals(null, refusal(system, "COLIN", "PASSWORD"));
        }
    }

    @Test
    void setroptsSwitchesRevokeOnAndOffAndListShowsIt() {
        SimulatedSystem system = TestSystems.fromYaml(USERS);
        List<String> fresh = as(system, "IBMUSER", "SETROPTS LIST");
        assertTrue(fresh.contains("  USERIDS NOT BEING AUTOMATICALLY REVOKED."), fresh.toString());
        assertTrue(fresh.contains("  NO PASSWORD HISTORY BEING MAINTAINED."), fresh.toString());
        assertTrue(fresh.contains("INACTIVE USERIDS ARE NOT BEING AUTOMATICALLY REVOKED."), fresh.toString());
        assertEquals(List.of("ICH14063I SETROPTS command complete."),
                as(system, "IBMUSER", "SETROPTS PASSWORD(REVOKE(1) INTERVAL(90) HISTORY(8)) INACTIVE(30)"));
        List<String> listed = as(system, "IBMUSER", "SETR LIST");
        assertTrue(listed.contains("  AFTER   1 CONSECUTIVE UNSUCCESSFUL PASSWORD ATTEMPTS, A USERID WILL BE REVOKED."),
                listed.toString());
        assertTrue(listed.contains("  PASSWORD CHANGE INTERVAL IS   90 DAYS."), listed.toString());
        assertTrue(listed.contains("   8 GENERATIONS OF PREVIOUS PASSWORDS BEING MAINTAINED."), listed.toString());
        assertTrue(listed.contains("INACTIVE USERIDS ARE BEING AUTOMATICALLY REVOKED AFTER  30 DAYS."),
                listed.toString());
        assertEquals(Refusal.Reason.WRONG_PASSWORD, refusal(system, "COLIN", "WRONG"));
        assertEquals(Refusal.Reason.USER_REVOKED, refusal(system, "COLIN", "WRONG"));
        as(system, "IBMUSER", "ALTUSER COLIN RESUME");
        as(system, "IBMUSER", "SETROPTS PASSWORD(NOREVOKE)");
        for (int i = 0; i < 10; i++) {
            assertEquals(Refusal.Reason.WRONG_PASSWORD, refusal(system, "COLIN", "WRONG"));
        }
        assertEquals(List.of("IKJ56702I INVALID REVOKE, 0 IS OUT OF RANGE"),
                as(system, "IBMUSER", "SETROPTS PASSWORD(REVOKE(0))"));
        assertEquals(List.of("IKJ56702I INVALID HISTORY, MANY IS NOT A NUMBER"),
                as(system, "IBMUSER", "SETROPTS PASSWORD(HISTORY(MANY))"));
        assertEquals(List.of("ICH14002I NOT AUTHORIZED TO SPECIFY PASSWORD; KEYWORD IGNORED."),
                as(system, "COLIN", "SETROPTS PASSWORD(NOHISTORY)"));
        assertEquals(8, system.racf().passwordRules().history(), "refused SETROPTS changed nothing");
    }

    @Test
    void intervalExpiresAPasswordByItsAgeButNotACertificateLogon() {
        SimulatedSystem system = system("setropts:\n  password:\n    interval: 90\n");
        system.clock().advance(Duration.ofDays(90));
        assertEquals(null, refusal(system, "COLIN", "PASSWORD"), "90 days old is not older than 90 days");
        system.clock().advance(Duration.ofHours(1));
        assertEquals(Refusal.Reason.PASSWORD_EXPIRED, refusal(system, "COLIN", "PASSWORD"));
        AuthResult changed = system.authenticator().changePassword("COLIN", "PASSWORD", "NEWPASS");
        assertInstanceOf(AuthResult.LoggedOn.class, changed);
        assertEquals(null, refusal(system, "COLIN", "NEWPASS"), "a changed password counts from its change");
    }

    @Test
    void inactiveRevokesAUserUnusedTooLongAtTheNextAttemptByAnyMeans() {
        SimulatedSystem system = system("setropts:\n  inactive: 30\n");
        system.clock().advance(Duration.ofDays(20));
        assertEquals(null, refusal(system, "COLIN", "PASSWORD"));
        system.clock().advance(Duration.ofDays(30));
        assertEquals(null, refusal(system, "COLIN", "PASSWORD"), "30 days since the last logon is not too long");
        system.clock().advance(Duration.ofDays(31));
        assertEquals(Refusal.Reason.USER_REVOKED, refusal(system, "COLIN", "PASSWORD"));
        assertEquals(RacfDatabase.INACTIVITY, system.racf().user("COLIN").orElseThrow().standing().revokeReason());
        as(system, "IBMUSER", "ALTUSER COLIN RESUME");
        assertEquals(null, refusal(system, "COLIN", "PASSWORD"), "a resume restarts the interval");
    }

    @Test
    void historyRefusesTheLastNPasswordsAtAChangeAndAtAltuser() {
        SimulatedSystem system = system("setropts:\n  password:\n    history: 2\n");
        Authenticator authenticator = system.authenticator();
        assertInstanceOf(AuthResult.LoggedOn.class, authenticator.changePassword("COLIN", "PASSWORD", "SECOND"));
        assertInstanceOf(AuthResult.LoggedOn.class, authenticator.changePassword("COLIN", "SECOND", "THIRD"));
        for (String reused : List.of("THIRD", "SECOND", "PASSWORD")) {
            AuthResult refused = authenticator.changePassword("COLIN", "THIRD", reused);
            assertEquals(Refusal.Reason.NEW_PASSWORD_INVALID, ((AuthResult.Refused) refused).refusal().reason(), reused);
        }
        List<String> altuser = as(system, "IBMUSER", "ALTUSER COLIN PASSWORD(SECOND) NOEXPIRED");
        assertTrue(altuser.get(0).startsWith("IKJ56702I INVALID PASSWORD"), altuser.toString());
        assertInstanceOf(AuthResult.LoggedOn.class, authenticator.changePassword("COLIN", "THIRD", "FOURTH"));
        assertInstanceOf(AuthResult.LoggedOn.class, authenticator.changePassword("COLIN", "FOURTH", "PASSWORD"),
                "three changes ago is outside HISTORY(2)");
    }

    @Test
    void theRulesHaveRacfsRanges() {
        assertThrows(IllegalArgumentException.class, () -> PasswordRules.none().withRevoke(0));
        assertThrows(IllegalArgumentException.class, () -> PasswordRules.none().withRevoke(256));
        assertThrows(IllegalArgumentException.class, () -> PasswordRules.none().withInterval(255));
        assertThrows(IllegalArgumentException.class, () -> PasswordRules.none().withHistory(33));
        assertThrows(IllegalArgumentException.class, () -> PasswordRules.none().withInactive(0));
    }
}
