package dev.zosmfsim.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.console.SystemMessages;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tso.TsoSessions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ADDSD, ALTDSD, PERMIT, LISTDSD and DELDSD on DATASET, and the check z/OSMF's data set services make with them. */
class DataSetProfilesTest {

    private final SimulatedSystem system = TestSystems.fromYaml(TestSystems.SPECIAL_AND_TWO_USERS);
    private final TsoSessions tso = new TsoSessions(system);

    private List<String> as(String userid, String command) {
        return tso.runAs(userid, command);
    }

    private java.util.Optional<DatasetAuthority.Refusal> check(String userid, String dsn, AccessLevel intent) {
        return system.datasetAuthority().check(userid, dsn, "VOL001", intent);
    }

    @Test
    void aGenericProfileWithItsUaccAndPermitsDecides() {
        assertEquals(List.of(), as("COLIN", "ADDSD 'COLIN.**' UACC(NONE)"));
        assertTrue(check("JOE", "COLIN.SECRET.DATA", AccessLevel.READ).isPresent(), "UACC NONE refuses JOE");
        assertTrue(check("COLIN", "COLIN.SECRET.DATA", AccessLevel.ALTER).isEmpty(), "his own HLQ");

        assertEquals(List.of(), as("COLIN", "PERMIT 'COLIN.**' ID(JOE) ACCESS(READ)"));
        assertTrue(check("JOE", "COLIN.SECRET.DATA", AccessLevel.READ).isEmpty(), "in force at once, no refresh");
        assertTrue(check("JOE", "COLIN.SECRET.DATA", AccessLevel.UPDATE).isPresent());

        List<String> listed = as("COLIN", "LISTDSD DATASET('COLIN.**')");
        assertEquals("INFORMATION FOR DATASET COLIN.** (G)", listed.get(0));
        assertTrue(listed.stream().anyMatch(line -> line.matches(" JOE\\s+READ")), listed.toString());

        assertEquals(List.of(), as("COLIN", "ALTDSD 'COLIN.**' UACC(UPDATE)"));
        assertTrue(check("IBMUSER", "COLIN.SECRET.DATA", AccessLevel.UPDATE).isEmpty());
        assertEquals(List.of(), as("COLIN", "DELDSD 'COLIN.**'"));
        assertEquals(List.of("ICH35003I NO RACF DESCRIPTION FOUND FOR COLIN.**"), as("COLIN", "LD 'COLIN.**'"));
    }

    @Test
    void specialDoesNotBypassTheCheckAndARefusalWritesIch408iWithTheProfile() {
        as("IBMUSER", "ADDSD 'PAYROLL.**' UACC(NONE)");
        long before = system.messages().between(java.time.Instant.MIN, java.time.Instant.MAX).size();
        DatasetAuthority.Refusal refusal = check("IBMUSER", "PAYROLL.MASTER", AccessLevel.READ).orElseThrow();
        assertEquals("PAYROLL.**", refusal.profile());
        List<String> written = system.messages().between(java.time.Instant.MIN, java.time.Instant.MAX).stream()
                .skip(before).map(SystemMessages.Message::text).toList();
        assertTrue(written.get(0).startsWith("ICH408I USER(IBMUSER "), written.toString());
        assertTrue(written.contains("  FROM PAYROLL.** (G)"), written.toString());
        assertTrue(written.contains("  INSUFFICIENT ACCESS AUTHORITY"), written.toString());
    }

    @Test
    void onlyTheOwnerOfTheQualifierOrSpecialDefinesAndChanges() {
        assertEquals(List.of("ICH09006I USER NOT AUTHORIZED TO DEFINE SYS1.**"), as("COLIN", "ADDSD 'SYS1.**'"));
        assertEquals(List.of(), as("IBMUSER", "ADDSD 'SYS1.**' UACC(READ)"));
        assertEquals(List.of("ICH22002I NOT AUTHORIZED TO ALTER SYS1.**"), as("COLIN", "ALTDSD 'SYS1.**' UACC(ALTER)"));
        assertEquals(List.of("ICH09005I SYS1.** ALREADY DEFINED TO RACF"), as("IBMUSER", "ADDSD 'SYS1.**'"));
        assertTrue(check("COLIN", "SYS1.PARMLIB", AccessLevel.READ).isEmpty());
        assertTrue(check("COLIN", "SYS1.PARMLIB", AccessLevel.UPDATE).isPresent());
    }
}
