package dev.zosmfsim;

import dev.zosmfsim.system.StateExport;
import dev.zosmfsim.system.SystemFactory;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.faults.FaultFiring;
import dev.zosmfsim.faults.FaultRule;
import dev.zosmfsim.faults.Faults;
import dev.zosmfsim.journal.RequestJournal;
import dev.zosmfsim.scenario.FaultSpecs;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioWriter;
import dev.zosmfsim.security.CertificateMap;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.tls.IssuedCertificate;
import dev.zosmfsim.zosmf.ZosmfSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test (or the admin API, which is a thin adapter over this class) can do to a running simulator: move the
 * clock, inject faults, change users and certificate maps, cancel sessions, reconfigure and restart z/OSMF, read
 * the journals, reset to the scenario and export the current state as a scenario.
 *
 * <p>Operator-level actions (cancel, restart) go through the same operator commands a console user would issue, so
 * they leave the same traces (messages, logs) as on the real system.
 */
public final class SimulatorAdmin {

    private final ZosmfSimulator simulator;

    SimulatorAdmin(ZosmfSimulator simulator) {
        this.simulator = simulator;
    }

    private SimulatedSystem system() {
        return simulator.system();
    }

    /** The system's clock: read it, advance it (manual mode), switch its mode. */
    public SimClock clock() {
        return simulator.clock();
    }

    // ---- faults

    /** Installs a fault rule as scenario files write it; throws {@link dev.zosmfsim.scenario.SpecProblem} if wrong. */
    public String addFault(Scenario.FaultSpec spec) {
        return addFault(FaultSpecs.toRule(spec));
    }

    public String addFault(FaultRule rule) {
        return system().faults().add(rule);
    }

    public List<Faults.Listed> faults() {
        return system().faults().list();
    }

    public boolean removeFault(String id) {
        return system().faults().remove(id);
    }

    public void clearFaults() {
        system().faults().clear();
    }

    /** Every firing of a fault rule, oldest first. */
    public List<FaultFiring> faultFirings() {
        return system().faults().firings();
    }

    // ---- z/OSMF

    /** Whether z/OSMF (IZUSVR1) runs; while it is stopped every z/OSMF request gets 503. */
    public boolean zosmfRunning() {
        return system().zosmf().running();
    }

    /** IZUPRMxx as configured: what z/OSMF reads at its next start. */
    public ZosmfSettings configuredZosmfSettings() {
        return system().zosmf().configured();
    }

    /** IZUPRMxx as in force since z/OSMF last started. */
    public ZosmfSettings zosmfSettings() {
        return system().zosmf().inForce();
    }

    /** Changes IZUPRMxx. As on z/OS, nothing changes until z/OSMF is restarted ({@link #restartZosmf()}). */
    public void configureZosmf(ZosmfSettings settings) {
        system().zosmf().configure(settings);
    }

    /** {@code P IZUSVR1} then {@code S IZUSVR1}: ends z/OSMF's address spaces and reads IZUPRMxx again. */
    public List<String> restartZosmf() {
        List<String> lines = new ArrayList<>(operatorCommand("P IZUSVR1"));
        lines.addAll(operatorCommand("S IZUSVR1"));
        return lines;
    }

    /** Issues an operator command from the master console and returns its messages. */
    public List<String> operatorCommand(String command) {
        return system().consoles().operatorCommand(command);
    }

    // ---- users and certificate maps

    public List<UserProfile> users() {
        return system().racf().users();
    }

    /** Adds a user (or replaces one of the same userid). */
    public UserProfile addUser(String userid, String password, boolean special) {
        UserProfile user = new UserProfile(userid, password, false, false, special);
        system().racf().putUser(user);
        return user;
    }

    /** ALTUSER REVOKE: new logons fail; running address spaces and tokens already issued go on. */
    public UserProfile revoke(String userid) {
        return system().racf().setRevoked(userid, true);
    }

    /** ALTUSER RESUME. */
    public UserProfile resume(String userid) {
        return system().racf().setRevoked(userid, false);
    }

    /** ALTUSER PASSWORD(x) EXPIRED or NOEXPIRED. */
    public UserProfile setPassword(String userid, String password, boolean expired) {
        return system().racf().setPassword(userid, password, expired);
    }

    /** Marks the current password expired: password logons are refused, certificate logons still work. */
    public UserProfile expirePassword(String userid) {
        UserProfile user = system().racf().user(userid)
                .orElseThrow(() -> new dev.zosmfsim.security.RacfDatabase.UnknownUserException(userid));
        return system().racf().setPassword(user.userid(), user.password(), true);
    }

    /**
     * Issues a client certificate for an existing user (subject, key type and validity as in a scenario; all
     * optional) and, when {@code map} is true, maps its subject to the user.
     */
    public IssuedCertificate issueCertificate(String userid, Scenario.CertificateSpec spec, boolean map) {
        String id = system().racf().user(userid)
                .orElseThrow(() -> new dev.zosmfsim.security.RacfDatabase.UnknownUserException(userid)).userid();
        return simulator.issueFor(id, spec == null ? new Scenario.CertificateSpec(null, null, null, null) : spec, map);
    }

    public List<CertificateMap> certificateMaps() {
        return system().racf().certificateMaps();
    }

    public void addCertificateMap(CertificateMap map) {
        system().racf().addCertificateMap(map);
    }

    /** Adds a map as a scenario writes it (user, sdnFilter, optional idnFilter, label and trust). */
    public CertificateMap addCertificateMap(Scenario.CertificateMapSpec spec) {
        if (spec.user() == null || spec.sdnFilter() == null) {
            throw new IllegalArgumentException("a certificate map needs user and sdnFilter");
        }
        CertificateMap map = SystemFactory.certificateMap(spec);
        system().racf().addCertificateMap(map);
        return map;
    }

    /** Deletes {@code userid}'s maps with {@code label} (all of them if null); returns how many went. */
    public int deleteCertificateMaps(String userid, String label) {
        return system().racf().deleteCertificateMaps(userid, label);
    }

    // ---- sessions

    /** The live CEA TSO address spaces: TSO sessions and consoles. */
    public List<AddressSpace> sessions() {
        return system().addressSpaces().live();
    }

    /** {@code C U=userid} or, with an ASID, {@code C U=userid,A=asid}; returns the operator messages. */
    public List<String> cancel(String userid, Integer asid) {
        String command = "C U=" + UserProfile.normalizeUserid(userid)
                + (asid == null ? "" : ",A=" + String.format("%04X", asid));
        return operatorCommand(command);
    }

    // ---- journals

    public List<RequestJournal.Entry> journal() {
        return simulator.journal().entries();
    }

    public void clearJournal() {
        simulator.journal().clear();
    }

    /** z/OSMF's IZUG0.log, line by line. */
    public List<String> izugLog() {
        return system().izugLog().lines();
    }

    public void clearIzugLog() {
        system().izugLog().clear();
    }

    // ---- whole state

    /** Puts the system back as the scenario describes it. The clock, the CA, the port and the journal stay. */
    public void reset() {
        simulator.resetSystem();
    }

    /** The current state as a scenario: loading it starts a system in the same state. */
    public Scenario exportScenario() {
        return StateExport.of(system(), simulator.scenario(), simulator.certificateSpecs(), simulator.port());
    }

    /** {@link #exportScenario()} as YAML. */
    public String exportYaml() {
        return ScenarioWriter.toYaml(exportScenario(), "exported from a running zosmf-sim");
    }
}
