package dev.zosmfsim;

import dev.zosmfsim.admin.AdminException;
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
import dev.zosmfsim.admin.AdminRecords.ZosmfSettingsState;
import dev.zosmfsim.admin.AdminRecords.ZosmfState;
import dev.zosmfsim.admin.SimulatorAdmin;
import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.clock.ClockSetting;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.faults.FaultRule;
import dev.zosmfsim.faults.Faults;
import dev.zosmfsim.scenario.DurationText;
import dev.zosmfsim.scenario.FaultSpecs;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioWriter;
import dev.zosmfsim.scenario.SpecProblem;
import dev.zosmfsim.security.CertificateMap;
import dev.zosmfsim.security.OperParm;
import dev.zosmfsim.security.Password;
import dev.zosmfsim.security.RacfDatabase;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.system.StateExport;
import dev.zosmfsim.system.SystemFactory;
import dev.zosmfsim.tls.IssuedCertificate;
import dev.zosmfsim.tls.Pem;
import dev.zosmfsim.zosmf.ZosmfSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The admin interface of a simulator in this JVM: {@link ZosmfSimulator#admin()}. Beside {@link SimulatorAdmin}'s
 * operations it hands out what only an in-process caller can use: the {@link SimClock} itself and fault rules as
 * objects.
 */
public final class InProcessAdmin implements SimulatorAdmin {

    private final ZosmfSimulator simulator;

    InProcessAdmin(ZosmfSimulator simulator) {
        this.simulator = simulator;
    }

    private SimulatedSystem system() {
        return simulator.system();
    }

    /** The system's clock itself: read it, advance it (manual mode), switch its mode. */
    public SimClock clock() {
        return simulator.clock();
    }

    @Override
    public ClockState clockState() {
        SimClock clock = simulator.clock();
        return new ClockState(clock.mode().name().toLowerCase(Locale.ROOT), clock.now().toString(), clock.scale());
    }

    @Override
    public ClockState setClockMode(String mode, Double scale) {
        try {
            ClockSetting.parse(mode, scale).applyTo(clock());
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest("mode: " + e.getMessage());
        }
        return clockState();
    }

    @Override
    public ClockState advanceClock(Duration by) {
        if (by == null || by.isNegative()) {
            throw AdminException.badRequest("the clock moves forward only");
        }
        clock().advance(by);
        return clockState();
    }

    // ---- faults

    @Override
    public String addFault(Scenario.FaultSpec spec) {
        return addFault(input("body", () -> FaultSpecs.toRule(spec)));
    }

    /** Installs a fault rule built in code. */
    public String addFault(FaultRule rule) {
        try {
            return system().faults().add(rule);
        } catch (Faults.TooManyRulesException e) {
            throw AdminException.conflict(e.getMessage());
        }
    }

    @Override
    public List<FaultListing> faults() {
        return system().faults().list().stream().map(listed -> new FaultListing(listed.id(),
                FaultSpecs.toSpec(listed.rule()), listed.matches(), listed.fired())).toList();
    }

    @Override
    public boolean removeFault(String id) {
        return system().faults().remove(id);
    }

    @Override
    public void clearFaults() {
        system().faults().clear();
    }

    @Override
    public List<Firing> faultFirings() {
        return system().faults().firings().stream().map(firing -> new Firing(firing.sequence(),
                firing.time().toString(), firing.ruleId(), firing.ruleName(), firing.effect(), firing.method(),
                firing.path(), firing.userid())).toList();
    }

    // ---- z/OSMF

    @Override
    public ZosmfState zosmf() {
        return new ZosmfState(system().zosmf().running(), settings(system().zosmf().inForce()),
                settings(system().zosmf().configured()));
    }

    private static ZosmfSettingsState settings(ZosmfSettings settings) {
        return new ZosmfSettingsState(settings.hostname(), settings.port(), settings.safRealm(),
                settings.sessionExpire().toMinutes());
    }

    @Override
    public ZosmfState configureZosmf(ZosmfChange change) {
        if (change.consoleAccount() != null) {
            throw AdminException.badRequest("consoleAccount is set by the scenario only");
        }
        if (change.started() != null) {
            throw AdminException.badRequest("started is not a setting: stop and start z/OSMF with the operator"
                    + " commands P IZUSVR1 and S IZUSVR1 (POST /zosmf-sim/v1/operator-command) or POST"
                    + " /zosmf-sim/v1/zosmf/restart");
        }
        ZosmfSettings current = system().zosmf().configured();
        if (change.port() != null && (change.port() < 1 || change.port() > 65535)) {
            throw AdminException.badRequest("port: expected 1 to 65535, got " + change.port());
        }
        if (change.sessionExpireMinutes() != null && change.sessionExpireMinutes() < 1) {
            throw AdminException.badRequest("sessionExpireMinutes: expected 1 or more");
        }
        system().zosmf().configure(new ZosmfSettings(
                change.hostname() == null ? current.hostname() : change.hostname().isBlank() ? null
                        : change.hostname(),
                change.port() == null ? current.port() : change.port(),
                change.safRealm() == null ? current.safRealm() : change.safRealm(),
                change.sessionExpireMinutes() == null ? current.sessionExpire()
                        : Duration.ofMinutes(change.sessionExpireMinutes())));
        return zosmf();
    }

    @Override
    public List<String> restartZosmf() {
        List<String> lines = new ArrayList<>(operatorCommand("P IZUSVR1"));
        lines.addAll(operatorCommand("S IZUSVR1"));
        return lines;
    }

    @Override
    public List<String> operatorCommand(String command) {
        if (command == null || command.isBlank()) {
            throw AdminException.badRequest("cmd: an operator command is required");
        }
        return system().consoles().operatorCommand(command);
    }

    // ---- users and certificate maps

    @Override
    public List<UserState> users() {
        return system().racf().users().stream().map(InProcessAdmin::userState).toList();
    }

    static UserState userState(UserProfile user) {
        return new UserState(user.userid(), user.special(), user.revoked(), user.passwordExpired(),
                user.operParm() == null ? null : user.operParm().words());
    }

    @Override
    public UserState addUser(NewUser user) {
        if (user.userid() == null) {
            throw AdminException.badRequest("userid: required");
        }
        UserProfile profile = new UserProfile(userid(user.userid()), password(user.password()), false, false,
                Boolean.TRUE.equals(user.special()), operParm(user.operparm()));
        system().racf().putUser(profile);
        return userState(profile);
    }

    @Override
    public UserState revoke(String userid) {
        return userState(racfCall(() -> system().racf().setRevoked(userid, true)));
    }

    @Override
    public UserState resume(String userid) {
        return userState(racfCall(() -> system().racf().setRevoked(userid, false)));
    }

    @Override
    public UserState expirePassword(String userid) {
        UserProfile user = existing(userid);
        return userState(system().racf().setPassword(user.userid(), user.password(), true));
    }

    @Override
    public UserState setPassword(String userid, String password, boolean expired) {
        String checked = password(password);
        return userState(racfCall(() -> system().racf().setPassword(userid, checked, expired)));
    }

    @Override
    public UserState setOperParm(String userid, List<String> auth) {
        OperParm operParm = operParm(auth);
        return userState(racfCall(() -> system().racf().setOperParm(userid, operParm)));
    }

    @Override
    public IssuedPems issueCertificate(String userid, CertificateRequest request) {
        String id = existing(userid).userid();
        CertificateRequest given = request == null ? new CertificateRequest(null, null, null, null, null) : request;
        Scenario.CertificateSpec spec = new Scenario.CertificateSpec(given.subject(), given.keyType(),
                given.validFrom(), given.validUntil());
        IssuedCertificate issued = input("certificate", () -> simulator.issueFor(id, spec,
                !Boolean.FALSE.equals(given.map())));
        return new IssuedPems(issued.subjectDn(), issued.certificate().getNotBefore().toInstant().toString(),
                issued.certificate().getNotAfter().toInstant().toString(), issued.certificatePem(),
                issued.privateKeyPem(), Pem.certificate(issued.caCertificate()));
    }

    @Override
    public List<Scenario.CertificateMapSpec> certificateMaps() {
        return system().racf().certificateMaps().stream().map(InProcessAdmin::mapSpec).toList();
    }

    private static Scenario.CertificateMapSpec mapSpec(CertificateMap map) {
        return new Scenario.CertificateMapSpec(map.userid(), map.subjectFilter().racfForm(),
                map.issuer().map(filter -> filter.racfForm()).orElse(null), map.label(), map.trusted());
    }

    @Override
    public Scenario.CertificateMapSpec addCertificateMap(Scenario.CertificateMapSpec spec) {
        if (spec.user() == null || spec.sdnFilter() == null) {
            throw AdminException.badRequest("a certificate map needs user and sdnFilter");
        }
        existing(spec.user());
        CertificateMap map = input("certificate map", () -> SystemFactory.certificateMap(spec));
        racfCall(() -> {
            system().racf().addCertificateMap(map);
            return null;
        });
        return mapSpec(map);
    }

    @Override
    public int deleteCertificateMaps(String userid, String label) {
        return system().racf().deleteCertificateMaps(userid(userid), label);
    }

    // ---- sessions

    @Override
    public List<SessionState> sessions() {
        return system().addressSpaces().live().stream().map(InProcessAdmin::sessionState).toList();
    }

    private static SessionState sessionState(AddressSpace space) {
        return new SessionState(space.asidHex(), space.userid(), space.kind().name().toLowerCase(Locale.ROOT),
                space.consoleName(), space.stoken(), space.started().toString(), space.lastRequest().toString(),
                space.parameters().logonProc(), space.parameters().account());
    }

    @Override
    public List<String> cancel(String userid, Integer asid) {
        return operatorCommand("C U=" + userid(userid) + (asid == null ? "" : ",A=" + String.format("%04X", asid)));
    }

    // ---- journals

    @Override
    public List<JournalEntry> journal() {
        return simulator.journal().entries().stream().map(entry -> new JournalEntry(entry.sequence(),
                entry.time().toString(), entry.method(), entry.path(), entry.service(), entry.status(),
                entry.userid(), entry.fault())).toList();
    }

    @Override
    public void clearJournal() {
        simulator.journal().clear();
    }

    @Override
    public List<String> izugLog() {
        return system().izugLog().lines();
    }

    @Override
    public void clearIzugLog() {
        system().izugLog().clear();
    }

    // ---- whole state

    @Override
    public void reset() {
        simulator.resetSystem();
    }

    /** The current state as a scenario: loading it starts a system in the same state. */
    public Scenario exportScenario() {
        return StateExport.of(system(), simulator.scenario(), simulator.certificateSpecs(), simulator.port());
    }

    @Override
    public String exportYaml() {
        return ScenarioWriter.toYaml(exportScenario(), "exported from a running zosmf-sim");
    }

    /**
     * Writes the current state to {@code file} as a scenario; contents over 4 KiB of text and contents that are not
     * text go to files in a folder beside it ({@code state.yaml}: {@code state-contents/}), which the YAML names.
     */
    public void exportTo(java.nio.file.Path file) throws java.io.IOException {
        ScenarioWriter.write(exportScenario(), "exported from a running zosmf-sim", file);
    }

    // ---- the domain's refusals, as the admin's

    private UserProfile existing(String userid) {
        return system().racf().user(userid).orElseThrow(() -> AdminException.unknownUser(userid));
    }

    private static String userid(String userid) {
        try {
            return UserProfile.normalizeUserid(userid);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw AdminException.badRequest("userid: " + (userid == null ? "required" : e.getMessage()));
        }
    }

    private static String password(String password) {
        try {
            return Password.of(password).text();
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest("password: " + e.getMessage());
        }
    }

    private static OperParm operParm(List<String> auth) {
        try {
            return auth == null || auth.isEmpty() ? null : OperParm.parse(auth);
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest("operparm: " + e.getMessage());
        }
    }

    private static <T> T racfCall(Supplier<T> call) {
        try {
            return call.get();
        } catch (RacfDatabase.UnknownUserException e) {
            throw new AdminException(404, 11, e.getMessage());
        } catch (RacfDatabase.DuplicateMapException e) {
            throw AdminException.conflict(e.getMessage());
        }
    }

    /**
     * Turns what a value's own parser refuses (a DN filter, a subject, a key type, a validity) into the admin's 400,
     * naming {@code what} was given. Only calls that parse the caller's input go through here.
     */
    private static <T> T input(String what, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (SpecProblem e) {
            throw AdminException.badField(e.fieldUnder(what), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest(what + ": " + e.getMessage());
        }
    }
}
