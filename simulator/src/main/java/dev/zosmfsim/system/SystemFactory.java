package dev.zosmfsim.system;

import dev.zosmfsim.tso.TsoCommands;
import dev.zosmfsim.cea.AddressSpaceEvents;
import dev.zosmfsim.cea.AddressSpaces;
import dev.zosmfsim.cea.CeaParameters;
import dev.zosmfsim.clock.ClockSetting;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.console.CancelCommand;
import dev.zosmfsim.console.CannedResponses;
import dev.zosmfsim.console.CeaCommands;
import dev.zosmfsim.console.CommandRouter;
import dev.zosmfsim.console.ConsoleService;
import dev.zosmfsim.console.DisplayActive;
import dev.zosmfsim.console.DisplayIplInfo;
import dev.zosmfsim.console.DisplayTime;
import dev.zosmfsim.console.DisplayXcf;
import dev.zosmfsim.console.EndMessages;
import dev.zosmfsim.console.Jes2Commands;
import dev.zosmfsim.console.RouteCommand;
import dev.zosmfsim.console.SystemDisplays;
import dev.zosmfsim.console.SystemMessages;
import dev.zosmfsim.console.ZosmfStartStop;
import dev.zosmfsim.faults.Faults;
import dev.zosmfsim.jes.FailedLogon;
import dev.zosmfsim.jes.Jes2;
import dev.zosmfsim.jes.jcl.Programs;
import dev.zosmfsim.jes.jcl.TsoInBatch;
import dev.zosmfsim.scenario.CheckedScenario;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.security.AltuserCommand;
import dev.zosmfsim.security.Authenticator;
import dev.zosmfsim.security.CertificateMap;
import dev.zosmfsim.security.DataSetProfileCommands;
import dev.zosmfsim.security.DnFilter;
import dev.zosmfsim.security.ListuserCommand;
import dev.zosmfsim.security.OperatorCommandAuthority;
import dev.zosmfsim.security.PermitCommand;
import dev.zosmfsim.security.RacdcertCommand;
import dev.zosmfsim.security.RacfDatabase;
import dev.zosmfsim.security.RdefineCommand;
import dev.zosmfsim.security.SetroptsCommand;
import dev.zosmfsim.security.TokenService;
import dev.zosmfsim.syslog.SystemLog;
import dev.zosmfsim.tso.CancelJobCommand;
import dev.zosmfsim.tso.DataSetCommands;
import dev.zosmfsim.tso.StatusCommand;
import dev.zosmfsim.tso.TimeCommand;
import dev.zosmfsim.tso.TsoCommand;
import dev.zosmfsim.tso.TsoService;
import dev.zosmfsim.tso.TsoSettings;
import dev.zosmfsim.zosmf.IzugLog;
import dev.zosmfsim.zosmf.SystemIdentity;
import dev.zosmfsim.zosmf.TcpipStack;
import dev.zosmfsim.zosmf.ZosLevel;
import dev.zosmfsim.zosmf.ZosmfMaintenance;
import dev.zosmfsim.zosmf.ZosmfServerState;
import dev.zosmfsim.zosmf.ZosmfSettings;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link SimulatedSystem} from a (checked) scenario. */
public final class SystemFactory {

    /** How long a CEA TSO address space may go without a request before it is ended, unless the scenario says. */
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);

    /** Everything a system is made of. */
    record Parts(SimClock clock, SystemIdentity identity, Instant iplTime, ZosmfServerState zosmf, TcpipStack tcpip,
            RacfDatabase racf, TokenService tokens, Authenticator authenticator, AddressSpaces addressSpaces,
            Map<String, CeaParameters> ceaMembers, IzugLog izugLog, SystemMessages messages, ConsoleService consoles,
            TsoService tso, Faults faults, Sysplex sysplex, SystemLog hardcopy, ZosmfMaintenance maintenance,
            Jes2 jes, Storage storage) {
    }

    private SystemFactory() {
    }

    public static SimulatedSystem build(Scenario scenario, SimClock clock, X509Certificate caCertificate) {
        return build(CheckedScenario.of(scenario), clock, caCertificate);
    }

    /**
     * Builds the system a checked scenario describes, and the other systems of its sysplex; nothing is parsed here.
     * The members share the clock and one RACF database (a sysplex sharing its RACF database); z/OSMF runs on the
     * system returned, the first.
     */
    public static SimulatedSystem build(CheckedScenario checked, SimClock clock, X509Certificate caCertificate) {
        Scenario scenario = checked.source();
        SystemIdentity identity = identity(scenario.system());
        Sysplex sysplex = new Sysplex(identity.sysplex());
        RacfDatabase racf = racf(checked, clock);
        List<SimulatedSystem> systems = new ArrayList<>();
        systems.add(build(checked, clock, caCertificate, racf, sysplex,
                new Role(identity, tcpip(scenario.system(), identity.sysname()), true)));
        for (CheckedScenario.Member member : checked.sysplexMembers()) {
            SystemIdentity memberIdentity = new SystemIdentity(member.sysname(), identity.sysplex(),
                    member.level() == null ? identity.level() : member.level(),
                    member.utcOffset() == null ? identity.localOffset() : member.utcOffset());
            systems.add(build(checked, clock, caCertificate, racf, sysplex,
                    new Role(memberIdentity, TcpipStack.defaults(member.sysname()), false)));
        }
        sysplex.complete(systems);
        return systems.get(0);
    }

    /**
     * Who a system of the sysplex is: its identity and TCP/IP stack, and whether z/OSMF runs on it (only the first:
     * the others have IZUSVR1 stopped, the scenario's unsolicited messages and fault rules are the first's).
     */
    private record Role(SystemIdentity identity, TcpipStack tcpip, boolean zosmfHost) {
    }

    private static SimulatedSystem build(CheckedScenario checked, SimClock clock, X509Certificate caCertificate,
            RacfDatabase racf, Sysplex sysplex, Role role) {
        Scenario scenario = checked.source();
        Instant ipl = clock.now();
        SystemIdentity identity = role.identity();
        TcpipStack tcpip = role.tcpip();
        ZosmfServerState zosmf = role.zosmfHost()
                ? new ZosmfServerState(settings(scenario.zosmf(), tcpip), !Boolean.FALSE.equals(scenario.zosmf().started()))
                : new ZosmfServerState(settings(new Scenario.ZosmfSpec(null, null, null, null, null, null, null, null), tcpip), false);
        TokenService tokens = new TokenService(TokenService.ISSUER, zosmf.inForce().safRealm());
        SystemLog hardcopy = new SystemLog(identity.sysname(), clock);
        SystemMessages messages = new SystemMessages(clock, hardcopy);
        // RACF's ICH408I for a z/OSMF logon comes from the z/OSMF server's address space
        Authenticator authenticator = new Authenticator(racf, tokens, caCertificate, clock,
                lines -> messages.write("IZUSVR1", lines));
        Map<String, CeaParameters> members = checked.ceaMembers();
        String active = scenario.cea().active() == null ? "00" : scenario.cea().active();
        Duration idle = checked.idleTimeout() == null ? DEFAULT_IDLE_TIMEOUT : checked.idleTimeout();
        IzugLog log = new IzugLog(clock);
        Storage storage = StorageFactory.build(clock, identity, racf, zosmf, log, members, scenario, messages,
                checked.dataSetSpace());
        Map<String, CeaParameters> parmlibMembers = storage.ceaMembers();
        // STATUS and CANCEL read JES2's queues, and JES2's IKJEFT01 runs these same commands: they find JES2 once it is
        // built
        java.util.concurrent.atomic.AtomicReference<Jes2> jesOnceBuilt = new java.util.concurrent.atomic.AtomicReference<>();
        List<TsoCommand> commands = new ArrayList<>(List.of(new TimeCommand(),
                new StatusCommand(userid -> JesSection.batchJobs(jesOnceBuilt.get(), userid)),
                new CancelJobCommand((userid, jobname, jobid, purge) ->
                        JesSection.cancel(jesOnceBuilt.get(), userid, jobname, jobid, purge)),
                new ListuserCommand(racf), new AltuserCommand(racf), new PermitCommand(racf), new RdefineCommand(racf),
                new SetroptsCommand(racf), new RacdcertCommand(racf)));
        commands.addAll(DataSetProfileCommands.all(racf));
        commands.addAll(DataSetCommands.all(storage.catalog()));
        TsoCommands tsoCommands = new TsoCommands(commands);
        Jes2 jes = new Jes2(clock, identity, JesSection.parameters(checked), messages::writeAt,
                new RacfJobSecurity(racf, identity.sysname()),
                new Programs(new TsoInBatch(tsoCommands, identity.localOffset()), storage.catalog(),
                        JobDataSetAuthority.of(storage.datasetAuthority()), identity.localOffset()), zosmf::running);
        AddressSpaces addressSpaces = new AddressSpaces(clock, members.get(active), idle,
                AddressSpaceEvents.both(new EndMessages(messages, identity, clock), jes));
        jes.attach(addressSpaces, addressSpaces);
        jesOnceBuilt.set(jes);
        if (role.zosmfHost()) {
            JesSection.submitAtStart(checked, jes);
        }
        for (CheckedScenario.Unsolicited message : role.zosmfHost() ? checked.unsolicited()
                : List.<CheckedScenario.Unsolicited>of()) {
            messages.writeAt(ipl.plus(message.after()), message.text());
        }
        // the scenario's canned answers come first (the router asks them first): a scenario may replace or slow
        // down any built-in answer
        CommandRouter router = new CommandRouter(List.of(new DisplayTime(), new DisplayIplInfo(),
                new DisplayActive(jes), new SystemDisplays(), new Jes2Commands(jes), new CeaCommands(),
                new CancelCommand(), new ZosmfStartStop(), new RouteCommand(sysplex), new DisplayXcf(sysplex)),
                new CannedResponses(checked.canned()));
        String account = scenario.zosmf().consoleAccount() == null ? "ACCT#" : scenario.zosmf().consoleAccount();
        ConsoleService consoles = new ConsoleService(new ConsoleService.Parts(clock, identity, ipl, addressSpaces,
                parmlibMembers, zosmf, tcpip, log, messages, hardcopy, router,
                new OperatorCommandAuthority(racf), account, sysplex));
        TsoService tso = new TsoService(clock, addressSpaces, identity.localOffset(), tsoSettings(scenario.tso(), checked.receiveWait(), account),
                tsoCommands, (userid, request, lines) -> jes.failedLogon(new FailedLogon(userid,
                        request.proc(), request.account(), request.region(), lines)));
        Faults faults = new Faults(clock, scenario.faults().seed() == null ? 0L : scenario.faults().seed());
        if (role.zosmfHost()) {
            checked.faultRules().forEach(faults::add);
        }
        return new SimulatedSystem(new Parts(clock, identity, ipl, zosmf, tcpip, racf, tokens, authenticator,
                addressSpaces, parmlibMembers, log, messages, consoles, tso, faults, sysplex, hardcopy,
                checked.maintenance(), jes, storage));
    }

    private static TsoSettings tsoSettings(Scenario.TsoSpec spec, Duration receiveWait, String defaultAccount) {
        TsoSettings defaults = TsoSettings.defaults();
        return new TsoSettings(spec.procedures() == null ? defaults.procedures() : spec.procedures(), spec.accounts(),
                defaultAccount, receiveWait == null ? defaults.receiveWait() : receiveWait);
    }

    /** The clock a scenario asks for: real time unless it says manual or scaled; now unless it gives a start. */
    public static SimClock clock(CheckedScenario checked) {
        return (checked.clock() == null ? new ClockSetting(SimClock.Mode.SYSTEM, null) : checked.clock())
                .start(checked.clockStart());
    }

    private static SystemIdentity identity(Scenario.SystemSpec spec) {
        SystemIdentity defaults = SystemIdentity.defaults();
        return new SystemIdentity(
                spec.name() != null ? spec.name() : defaults.sysname(),
                spec.sysplex() != null ? spec.sysplex() : defaults.sysplex(),
                ZosLevel.chosen(spec.zosVersion(), spec.zosmfVersion()).orElse(defaults.level()),
                spec.utcOffset() != null ? ZoneOffset.of(spec.utcOffset()) : defaults.localOffset());
    }

    /**
     * IZUPRMxx as the scenario gives it. A scenario that says nothing of HOSTNAME gets a working one (the TCP/IP
     * stack's host name); {@code hostname: ""} leaves HOSTNAME unset, as in the field notes' failure.
     */
    private static ZosmfSettings settings(Scenario.ZosmfSpec spec, TcpipStack tcpip) {
        ZosmfSettings defaults = ZosmfSettings.defaults();
        String hostname = spec.hostname() == null ? tcpip.hostname() : spec.hostname().isBlank() ? null : spec.hostname();
        return new ZosmfSettings(
                hostname,
                spec.port() != null ? spec.port() : defaults.port(),
                spec.safRealm() != null ? spec.safRealm() : defaults.safRealm(),
                spec.sessionExpireMinutes() != null ? Duration.ofMinutes(spec.sessionExpireMinutes())
                        : defaults.sessionExpire());
    }

    private static TcpipStack tcpip(Scenario.SystemSpec spec, String sysname) {
        TcpipStack defaults = TcpipStack.defaults(sysname);
        Scenario.TcpipSpec tcpip = spec.tcpip();
        if (tcpip == null) {
            return defaults;
        }
        return new TcpipStack(
                tcpip.hostname() != null ? tcpip.hostname() : defaults.hostname(),
                tcpip.address() != null ? tcpip.address() : defaults.address(),
                tcpip.resolvedName() != null ? tcpip.resolvedName() : defaults.resolvedName(),
                tcpip.resolvedReachable() != null ? tcpip.resolvedReachable() : defaults.resolvedReachable());
    }

    private static RacfDatabase racf(CheckedScenario checked, SimClock clock) {
        RacfDatabase racf = new RacfDatabase(clock::now);
        racf.setPasswordRules(checked.passwordRules());
        List<String> nogeneric = checked.source().setropts().nogeneric();
        racf.setGenericDataset(nogeneric == null || !nogeneric.contains(RacfDatabase.DATASET));
        checked.users().forEach(racf::putUser);
        checked.facility().forEach(profile -> racf.define(RacfDatabase.FACILITY, profile));
        checked.opercmds().forEach(profile -> racf.define(RacfDatabase.OPERCMDS, profile));
        checked.datasetProfiles().forEach(profile -> racf.define(RacfDatabase.DATASET, profile));
        checked.maps().forEach(racf::addCertificateMap);
        return racf;
    }

    /** A RACDCERT MAP as a scenario (or the admin API) writes it. */
    public static CertificateMap certificateMap(Scenario.CertificateMapSpec map) {
        return new CertificateMap(map.user(), DnFilter.parse(map.sdnFilter()),
                map.idnFilter() == null ? null : DnFilter.parse(map.idnFilter()), map.label(),
                !Boolean.FALSE.equals(map.trust()));
    }
}
