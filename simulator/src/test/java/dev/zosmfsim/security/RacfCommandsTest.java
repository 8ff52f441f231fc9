package dev.zosmfsim.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tso.TsoSessions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RACF commands of the field notes, run from TSO, with RACF's authority rules and messages. */
class RacfCommandsTest {

    private static final String USERS = "users:\n  IBMUSER:\n    password: SYS1\n    special: true\n    operparm:\n      auth: [MASTER]\n"
            + "  COLIN:\n    password: PASSWORD\n  READER:\n    password: X\n  UPDATER:\n    password: X\n"
            + "  NOBODY:\n    password: X\n"
            + "facility:\n  IRR.DIGTCERT.MAP:\n    uacc: NONE\n    permits:\n      READER: READ\n      UPDATER: UPDATE\n"
            + "  IRR.DIGTCERT.LISTMAP:\n    uacc: READ\n  IRR.DIGTCERT.DELMAP:\n    permits:\n      READER: READ\n";

    private final SimulatedSystem system = TestSystems.fromYaml(USERS);
    private final TsoSessions tso = new TsoSessions(system);

    private List<String> as(String userid, String command) {
        return tso.run(userid, tso.start(userid), command);
    }

    @Test
    void mappingYourOwnCertificateNeedsReadToIrrDigtcertMap() {
        List<String> refused = as("NOBODY", "RACDCERT MAP ID(NOBODY) SDNFILTER('CN=NOBODY.O=EXAMPLE')");
        assertTrue(refused.get(0).startsWith("IRRD103I You are not authorized to issue the RACDCERT command"),
                refused.toString());
        assertEquals(List.of(), as("READER", "RACDCERT MAP ID(READER) SDNFILTER('CN=Reader.O=Example') WITHLABEL('R1')"));
        CertificateMap map = system.racf().certificateMaps().get(0);
        assertEquals("READER", map.userid());
        assertEquals("CN=Reader.O=Example", map.subjectFilter().racfForm());
        assertEquals("R1", map.label());
        assertTrue(map.trusted());
    }

    @Test
    void mappingForAnotherUserNeedsUpdate() {
        assertTrue(as("READER", "RACDCERT MAP ID(COLIN) SDNFILTER('CN=X.O=Y')").get(0).startsWith("IRRD103I"));
        assertEquals(List.of(), as("UPDATER", "RACDCERT MAP ID(COLIN) SDNFILTER('CN=X.O=Y') NOTRUST"));
        assertFalse(system.racf().certificateMaps().get(0).trusted());
    }

    @Test
    void specialBypassesTheFacilityCheckAndADuplicateMapIsRefused() {
        assertEquals(List.of(), as("IBMUSER", "RACDCERT MAP ID(COLIN) SDNFILTER('CN=COLIN.O=EXAMPLE')"
                + " IDNFILTER('CN=Example CA')"));
        List<String> duplicate = as("IBMUSER", "RACDCERT MAP ID(READER) SDNFILTER('CN=COLIN.O=EXAMPLE')"
                + " IDNFILTER('CN=Example CA')");
        assertEquals(List.of("IRRD109I A mapping with these filters already exists (for user COLIN). The request is"
                + " not processed."), duplicate);
        assertEquals(1, system.racf().certificateMaps().size());
    }

    @Test
    void listmapShowsTheFiltersAsRacfDoes() {
        as("IBMUSER", "RACDCERT MAP ID(COLIN) SDNFILTER('CN=COLIN.O=EXAMPLE') WITHLABEL('Colin''s cert')");
        List<String> listed = as("COLIN", "RACDCERT LISTMAP");
        assertEquals(List.of("Mapping information for user COLIN:", "", "  Label: Colin's cert", "  Status: TRUST",
                "  Issuer's Name Filter:", "       ><", "  Subject's Name Filter:", "       >CN=COLIN.O=EXAMPLE<"),
                listed);
    }

    @Test
    void delmapRemovesByLabelWithItsOwnAuthority() {
        as("IBMUSER", "RACDCERT MAP ID(READER) SDNFILTER('CN=R.O=E') WITHLABEL('ONE')");
        assertTrue(as("COLIN", "RACDCERT DELMAP(LABEL('ONE')) ID(READER)").get(0).startsWith("IRRD103I"));
        assertEquals(List.of(), as("READER", "RACDCERT DELMAP(LABEL('ONE'))"));
        assertEquals(List.of(), system.racf().certificateMaps());
        assertEquals(List.of("IRRD107I No mapping with label ONE was found for user READER."),
                as("READER", "RACDCERT DELMAP(LABEL('ONE'))"));
    }

    @Test
    void aMixedCaseLabelIsKeptSoDelmapFindsTheMapMapMade() {
        // IBM's LISTMAP example shows "Label: Mapping1": labels are mixed case, inside DELMAP(LABEL(...)) too
        as("IBMUSER", "RACDCERT MAP ID(COLIN) SDNFILTER('CN=COLIN.O=EXAMPLE') WITHLABEL('colinmap')");
        assertTrue(as("COLIN", "RACDCERT LISTMAP").contains("  Label: colinmap"));
        assertEquals(List.of(), as("IBMUSER", "RACDCERT DELMAP(LABEL('colinmap')) ID(COLIN)"));
        assertEquals(List.of(), system.racf().certificateMaps());
    }

    @Test
    void aLogonIsWhatLastAccessAndConnectsShow() {
        assertTrue(as("COLIN", "LISTUSER").contains(" LAST-ACCESS=UNKNOWN"));
        system.clock().advance(java.time.Duration.ofMinutes(3));
        assertTrue(system.authenticator().byPassword("COLIN", "PASSWORD") instanceof AuthResult.LoggedOn);
        assertTrue(as("COLIN", "LISTUSER").contains(" LAST-ACCESS=UNKNOWN"), "a check alone is not a logon");
        system.authenticator().authenticate(Credentials.basic("COLIN", "PASSWORD"));
        List<String> listed = as("COLIN", "LISTUSER");
        assertTrue(listed.contains(" LAST-ACCESS=26.179/15:37:43"), listed.toString());
        assertTrue(listed.contains("    CONNECTS=    01  UACC=NONE     LAST-CONNECT=26.179/15:37:43"), listed.toString());
    }

    @Test
    void altuserRevokeResumeAndPasswordNeedSpecial() {
        assertEquals(List.of("ICH21005I NOT AUTHORIZED TO SPECIFY REVOKE, OPERAND IGNORED"),
                as("COLIN", "ALTUSER READER REVOKE"));
        assertFalse(system.racf().user("READER").orElseThrow().revoked());
        assertEquals(List.of(), as("IBMUSER", "ALTUSER COLIN REVOKE"));
        assertTrue(system.racf().user("COLIN").orElseThrow().revoked());
        assertEquals(List.of(), as("IBMUSER", "ALU COLIN RESUME"));
        assertEquals(List.of("ICH21019I 'RESUME' IGNORED. COLIN NOT CURRENTLY REVOKED"),
                as("IBMUSER", "ALU COLIN RESUME"));
        assertEquals(List.of(), as("IBMUSER", "ALTUSER COLIN PASSWORD(NEWPW)"));
        UserProfile colin = system.racf().user("COLIN").orElseThrow();
        assertEquals("NEWPW", colin.password());
        assertTrue(colin.passwordExpired(), "RACF sets a new password expired unless NOEXPIRED is given");
        as("IBMUSER", "ALTUSER COLIN PASSWORD(OTHER) NOEXPIRED");
        assertFalse(system.racf().user("COLIN").orElseThrow().passwordExpired());
        assertEquals(List.of("ICH21009I UNABLE TO LOCATE GHOST"), as("IBMUSER", "ALTUSER GHOST REVOKE"));
    }

    @Test
    void permitAndRdefineTakeEffectOnlyAfterTheRefresh() {
        assertEquals(List.of("ICH10006I RACLISTED PROFILES FOR FACILITY WILL NOT REFLECT THE ADDITION(S) UNTIL A"
                + " SETROPTS REFRESH IS ISSUED."), as("IBMUSER", "RDEFINE FACILITY IRR.DIGTCERT.ALTMAP UACC(NONE)"));
        assertEquals(List.of("ICH10102I IRR.DIGTCERT.ALTMAP ALREADY DEFINED TO CLASS FACILITY."),
                as("IBMUSER", "RDEFINE FACILITY IRR.DIGTCERT.ALTMAP"));
        assertEquals(List.of("ICH06011I RACLISTED PROFILES FOR FACILITY WILL NOT REFLECT THE UPDATE(S) UNTIL A"
                + " SETROPTS REFRESH IS ISSUED"), as("IBMUSER", "PERMIT IRR.DIGTCERT.MAP CLASS(FACILITY) ID(COLIN)"
                + " ACCESS(READ)"));
        assertEquals(AccessLevel.NONE, system.racf().facilityAccess("COLIN", "IRR.DIGTCERT.MAP"), "not before refresh");
        assertTrue(as("COLIN", "RACDCERT MAP ID(COLIN) SDNFILTER('CN=C.O=E')").get(0).startsWith("IRRD103I"));

        assertEquals(List.of("ICH14063I SETROPTS command complete."), as("IBMUSER", "SETROPTS RACLIST(FACILITY) REFRESH"));
        assertEquals(AccessLevel.READ, system.racf().facilityAccess("COLIN", "IRR.DIGTCERT.MAP"));
        assertEquals(List.of(), as("COLIN", "RACDCERT MAP ID(COLIN) SDNFILTER('CN=C.O=E')"));
    }

    @Test
    void ordinaryUsersCannotPermitDefineOrRefresh() {
        assertEquals(List.of("ICH06006I NOT AUTHORIZED TO IRR.DIGTCERT.MAP"),
                as("COLIN", "PERMIT IRR.DIGTCERT.MAP CLASS(FACILITY) ID(COLIN) ACCESS(UPDATE)"));
        assertEquals(List.of("ICH10103I NOT AUTHORIZED TO DEFINE MY.PROFILE."), as("COLIN", "RDEFINE FACILITY MY.PROFILE"));
        assertEquals(List.of("ICH14002I NOT AUTHORIZED TO SPECIFY RACLIST; KEYWORD IGNORED.",
                "ICH14002I NOT AUTHORIZED TO SPECIFY REFRESH; KEYWORD IGNORED."),
                as("COLIN", "SETROPTS RACLIST(FACILITY) REFRESH"));
    }

    @Test
    void permitNamesWhatIsMissing() {
        assertEquals(List.of("ICH06004I NO.SUCH.PROFILE NOT DEFINED TO RACF"),
                as("IBMUSER", "PERMIT NO.SUCH.PROFILE CLASS(FACILITY) ID(COLIN)"));
        assertEquals(List.of("ICH06007I GHOST NOT DEFINED TO RACF"),
                as("IBMUSER", "PERMIT IRR.DIGTCERT.MAP CLASS(FACILITY) ID(GHOST)"));
        assertEquals(List.of("ICH06002I COLIN    NOT AUTHORIZED, DELETE IGNORED"),
                as("IBMUSER", "PERMIT IRR.DIGTCERT.MAP CLASS(FACILITY) ID(COLIN) DELETE"));
    }

    @Test
    void listuserShowsAttributesAndProtectsOtherProfiles() {
        List<String> own = as("COLIN", "LISTUSER");
        assertTrue(own.get(0).startsWith("USER=COLIN "), own.toString());
        assertTrue(own.contains(" ATTRIBUTES=NONE"), own.toString());
        assertEquals(List.of("ICH30002I NOT AUTHORIZED TO LIST IBMUSER"), as("COLIN", "LU IBMUSER"));
        as("IBMUSER", "ALTUSER COLIN REVOKE");
        assertTrue(as("IBMUSER", "LU COLIN").contains(" ATTRIBUTES=REVOKED"));
    }

    @Test
    void badSyntaxGetsTsosParseMessages() {
        assertEquals(List.of("IKJ56703I A QUOTE IS MISSING IN ('CN=X)"),
                as("IBMUSER", "RACDCERT MAP ID(COLIN) SDNFILTER('CN=X)"));
        assertEquals(List.of("IKJ56712I INVALID KEYWORD, FROB"), as("IBMUSER", "ALTUSER COLIN FROB"));
    }
}
