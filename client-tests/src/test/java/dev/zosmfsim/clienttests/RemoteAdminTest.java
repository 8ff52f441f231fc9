package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.admin.AdminException;
import dev.zosmfsim.admin.AdminRecords;
import dev.zosmfsim.admin.RemoteAdmin;
import dev.zosmfsim.admin.SimulatorAdmin;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The admin interface of a simulator elsewhere ({@link RemoteAdmin}, over the admin API) answers as the in-process
 * one does, and refuses what it refuses with the same {@link AdminException}.
 */
@ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL, lifecycle = SimulatorLifecycle.PER_METHOD)
class RemoteAdminTest {

    private final ZosmfSimulator simulator;
    private final SimulatorAdmin remote;

    RemoteAdminTest(ZosmfSimulator simulator) {
        this.simulator = simulator;
        this.remote = RemoteAdmin.connect(simulator.baseUri(), simulator.adminToken(), simulator.sslContext());
    }

    @Test
    void theClockMovesTheSameWayFromBothSides() {
        AdminRecords.ClockState before = remote.clockState();
        assertEquals(simulator.admin().clockState(), before);
        AdminRecords.ClockState after = remote.advanceClock(Duration.ofMinutes(5));
        assertEquals(simulator.clock().now().toString(), after.now());
        assertEquals("manual", after.mode());
    }

    @Test
    void usersSessionsAndCommandsAgree() {
        simulator.admin().operatorCommand("D T");
        assertEquals(simulator.admin().users(), remote.users());
        AdminRecords.UserState colin = remote.setOperParm("COLIN", List.of("SYS"));
        assertEquals(List.of("SYS"), colin.operparm());
        assertEquals(List.of("SYS"), simulator.admin().users().stream().filter(user -> user.userid().equals("COLIN"))
                .findFirst().orElseThrow().operparm());
        assertEquals(null, remote.setOperParm("COLIN", List.of()).operparm(), "NOOPERPARM");
        assertTrue(remote.revoke("COLIN").revoked());
        assertFalse(remote.resume("COLIN").revoked());
        assertEquals(simulator.admin().sessions(), remote.sessions());
        assertEquals(simulator.admin().operatorCommand("C U=NOBODY"), remote.operatorCommand("C U=NOBODY"));
    }

    @Test
    void faultRulesAddedRemotelyAreListedAndRemovedOnBothSides() {
        String id = remote.addFault(new Scenario.FaultSpec("slow", new Scenario.FaultMatchSpec(null, null, "tso", null,
                null, null), null, new Scenario.FaultEffectSpec("2s", null, null, null, null, null, null)));
        assertEquals(simulator.admin().faults(), remote.faults());
        assertEquals("slow", remote.faults().get(0).rule().name());
        assertTrue(remote.removeFault(id));
        assertFalse(remote.removeFault(id), "no rule has that id any more");
        assertEquals(List.of(), simulator.admin().faults());
    }

    @Test
    void refusalsAreTheSameAdminExceptions() {
        AdminException local = assertThrows(AdminException.class, () -> simulator.admin().revoke("NOBODY"));
        AdminException far = assertThrows(AdminException.class, () -> remote.revoke("NOBODY"));
        assertEquals(404, far.status());
        assertEquals(local.status(), far.status());
        assertEquals(local.reasonCode(), far.reasonCode());
        assertEquals(local.getMessage(), far.getMessage());
        AdminException badPassword = assertThrows(AdminException.class, () -> remote.addUser(
                new AdminRecords.NewUser("ALICE", "MUCHTOOLONG", null, null)));
        assertEquals(400, badPassword.status());
        assertTrue(badPassword.getMessage().contains("1-8 characters"), badPassword.getMessage());
    }

    @Test
    void aCertificateIssuedRemotelyLogsOn() throws Exception {
        AdminRecords.IssuedPems pems = remote.issueCertificate("IBMUSER", null);
        assertTrue(pems.certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
        assertTrue(simulator.admin().certificateMaps().stream().anyMatch(map -> map.user().equals("IBMUSER")));
        assertEquals(1, remote.deleteCertificateMaps("IBMUSER", null));
    }

    @Test
    void theExportAndTheJournalReadTheSame() {
        assertEquals(simulator.admin().exportYaml(), remote.exportYaml());
        List<AdminRecords.JournalEntry> journal = remote.journal();
        assertEquals("admin", journal.get(journal.size() - 1).service(), journal.toString());
    }
}
