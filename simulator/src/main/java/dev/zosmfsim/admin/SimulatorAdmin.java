package dev.zosmfsim.admin;

import dev.zosmfsim.admin.AdminRecords.CertificateRequest;
import dev.zosmfsim.admin.AdminRecords.ClockState;
import dev.zosmfsim.admin.AdminRecords.FaultListing;
import dev.zosmfsim.admin.AdminRecords.Firing;
import dev.zosmfsim.admin.AdminRecords.IssuedPems;
import dev.zosmfsim.admin.AdminRecords.JournalEntry;
import dev.zosmfsim.admin.AdminRecords.NewUser;
import dev.zosmfsim.admin.AdminRecords.SessionState;
import dev.zosmfsim.admin.AdminRecords.UserState;
import dev.zosmfsim.admin.AdminRecords.ZosmfChange;
import dev.zosmfsim.admin.AdminRecords.ZosmfState;
import dev.zosmfsim.scenario.Scenario;
import java.time.Duration;
import java.util.List;

/**
 * What a test can do to a running simulator: move the clock, inject faults, change users and certificate maps,
 * cancel sessions, reconfigure and restart z/OSMF, read the journals, reset to the scenario and export the current
 * state as a scenario. {@code ZosmfSimulator.admin()} implements it in process; {@link RemoteAdmin} implements it
 * over the admin API for a simulator that runs elsewhere (the command line's process, a container).
 *
 * <p>Operator-level actions (cancel, restart) go through the same operator commands a console user would issue, so
 * they leave the same traces (messages, logs) as on the real system. A refused operation throws
 * {@link AdminException}.
 */
public interface SimulatorAdmin {

    /** The clock now. */
    ClockState clockState();

    /** Switches the clock to {@code manual}, {@code system} or {@code scaled} (with {@code scale}). */
    ClockState setClockMode(String mode, Double scale);

    /** Moves a manual (or any) clock forward. */
    ClockState advanceClock(Duration by);

    /** Installs a fault rule as scenario files write it; returns its id (F1, F2, ...). */
    String addFault(Scenario.FaultSpec rule);

    List<FaultListing> faults();

    /** Removes a rule; false if no rule has the id. */
    boolean removeFault(String id);

    void clearFaults();

    /** Every firing of a fault rule, oldest first. */
    List<Firing> faultFirings();

    /** z/OSMF: whether it runs, IZUPRMxx in force and configured. */
    ZosmfState zosmf();

    /** Whether z/OSMF (IZUSVR1) runs; while it is stopped every z/OSMF request gets 503. */
    default boolean zosmfRunning() {
        return zosmf().running();
    }

    /** Changes IZUPRMxx. As on z/OS, nothing changes until z/OSMF is restarted ({@link #restartZosmf()}). */
    ZosmfState configureZosmf(ZosmfChange change);

    /** {@code P IZUSVR1} then {@code S IZUSVR1}: ends z/OSMF's address spaces and reads IZUPRMxx again. */
    List<String> restartZosmf();

    /** Issues an operator command from the master console and returns its messages. */
    List<String> operatorCommand(String command);

    List<UserState> users();

    /** Adds a user (or replaces one of the same userid). */
    UserState addUser(NewUser user);

    /** ALTUSER REVOKE: new logons fail; running address spaces and tokens already issued go on. */
    UserState revoke(String userid);

    /** ALTUSER RESUME. */
    UserState resume(String userid);

    /** Marks the current password expired: password logons are refused, certificate logons still work. */
    UserState expirePassword(String userid);

    /** ALTUSER PASSWORD(x) EXPIRED or NOEXPIRED. */
    UserState setPassword(String userid, String password, boolean expired);

    /** ALTUSER OPERPARM(AUTH(...)), or NOOPERPARM when {@code auth} is empty: the authority of the user's consoles. */
    UserState setOperParm(String userid, List<String> auth);

    /**
     * Issues a client certificate for an existing user (subject, key type and validity as in a scenario; all
     * optional) and, unless the request says {@code map: false}, maps its subject to the user.
     */
    IssuedPems issueCertificate(String userid, CertificateRequest request);

    List<Scenario.CertificateMapSpec> certificateMaps();

    /** Adds a map as a scenario writes it (user, sdnFilter, optional idnFilter, label and trust). */
    Scenario.CertificateMapSpec addCertificateMap(Scenario.CertificateMapSpec map);

    /** Deletes {@code userid}'s maps with {@code label} (all of them if null); returns how many went. */
    int deleteCertificateMaps(String userid, String label);

    /** The live CEA TSO address spaces: TSO sessions and consoles. */
    List<SessionState> sessions();

    /** {@code C U=userid} or, with an ASID, {@code C U=userid,A=asid}; returns the operator messages. */
    List<String> cancel(String userid, Integer asid);

    List<JournalEntry> journal();

    void clearJournal();

    /** z/OSMF's IZUG0.log, line by line. */
    List<String> izugLog();

    void clearIzugLog();

    /** Puts the system back as the scenario describes it. The clock, the CA, the port and the journal stay. */
    void reset();

    /** The current state as a scenario YAML: loading it starts a system in the same state. */
    String exportYaml();
}
