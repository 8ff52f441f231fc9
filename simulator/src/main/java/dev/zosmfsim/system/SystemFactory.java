package dev.zosmfsim.system;

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
import dev.zosmfsim.console.EndMessages;
import dev.zosmfsim.console.Jes2Commands;
import dev.zosmfsim.console.SystemDisplays;
import dev.zosmfsim.console.SystemMessages;
import dev.zosmfsim.console.ZosmfStartStop;
import dev.zosmfsim.faults.Faults;
import dev.zosmfsim.scenario.CheckedScenario;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.security.AltuserCommand;
import dev.zosmfsim.security.Authenticator;
import dev.zosmfsim.security.CertificateMap;
import dev.zosmfsim.security.DnFilter;
import dev.zosmfsim.security.ListuserCommand;
import dev.zosmfsim.security.OperatorCommandAuthority;
import dev.zosmfsim.security.PermitCommand;
import dev.zosmfsim.security.RacdcertCommand;
import dev.zosmfsim.security.RacfDatabase;
import dev.zosmfsim.security.RdefineCommand;
import dev.zosmfsim.security.SetroptsCommand;
import dev.zosmfsim.security.TokenService;
import dev.zosmfsim.tso.StatusCommand;
import dev.zosmfsim.tso.TimeCommand;
import dev.zosmfsim.tso.TsoCommands;
import dev.zosmfsim.tso.TsoService;
import dev.zosmfsim.tso.TsoSettings;
import dev.zosmfsim.zosmf.IzugLog;
import dev.zosmfsim.zosmf.SystemIdentity;
import dev.zosmfsim.zosmf.ZosLevel;
import dev.zosmfsim.zosmf.TcpipStack;
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
            TsoService tso, Faults faults, Storage storage) {
    }

    private SystemFactory() {
    }

    public static SimulatedSystem build(Scenario scenario, SimClock clock, X509Certificate caCertificate) {
        return build(CheckedScenario.of(scenario), clock, caCertificate);
    }

    /** Builds the system a checked scenario describes; nothing is parsed here. */
    public static SimulatedSystem build(CheckedScenario checked, SimClock clock, X509Certificate caCertificate) {
        Scenario scenario = checked.source();
        Instant ipl = clock.now();
        SystemIdentity identity = identity(scenario.system());
        TcpipStack tcpip = tcpip(scenario.system(), identity.sysname());
        ZosmfServerState zosmf = new ZosmfServerState(settings(scenario.zosmf(), tcpip),
                !Boolean.FALSE.equals(scenario.zosmf().started()));
        RacfDatabase racf = racf(checked, clock);
        TokenService tokens = new TokenService("zOSMF/" + identity.sysname());
        SystemMessages messages = new SystemMessages(clock);
        Authenticator authenticator = new Authenticator(racf, tokens, caCertificate, clock, messages::write);
        Map<String, CeaParameters> members = checked.ceaMembers();
        String active = scenario.cea().active() == null ? "00" : scenario.cea().active();
        Duration idle = checked.idleTimeout() == null ? DEFAULT_IDLE_TIMEOUT : checked.idleTimeout();
        IzugLog log = new IzugLog(clock);
        Storage storage = StorageFactory.build(clock, identity, racf, zosmf, log, members, scenario, messages);
        Map<String, CeaParameters> parmlibMembers = storage.ceaMembers();
        AddressSpaces addressSpaces = new AddressSpaces(clock, members.get(active), idle,
                new EndMessages(messages, identity, clock));
        for (CheckedScenario.Unsolicited message : checked.unsolicited()) {
            messages.writeAt(ipl.plus(message.after()), message.text());
        }
        // the scenario's canned answers come first (the router asks them first): a scenario may replace or slow
        // down any built-in answer
        CommandRouter router = new CommandRouter(List.of(new DisplayTime(), new DisplayIplInfo(), new DisplayActive(),
                new SystemDisplays(), new Jes2Commands(), new CeaCommands(), new CancelCommand(), new ZosmfStartStop()),
                new CannedResponses(checked.canned()));
        String account = scenario.zosmf().consoleAccount() == null ? "ACCT#" : scenario.zosmf().consoleAccount();
        ConsoleService consoles = new ConsoleService(new ConsoleService.Parts(clock, identity, ipl, addressSpaces,
                parmlibMembers, zosmf, tcpip, log, messages, router,
                new OperatorCommandAuthority(racf), account));
        List<dev.zosmfsim.tso.TsoCommand> commands = new ArrayList<>(List.of(new TimeCommand(), new StatusCommand(),
                new ListuserCommand(racf), new AltuserCommand(racf), new PermitCommand(racf), new RdefineCommand(racf),
                new SetroptsCommand(racf), new RacdcertCommand(racf)));
        commands.addAll(dev.zosmfsim.security.DataSetProfileCommands.all(racf));
        commands.addAll(dev.zosmfsim.tso.DataSetCommands.all(storage.catalog()));
        TsoCommands tsoCommands = new TsoCommands(commands);
        TsoService tso = new TsoService(clock, addressSpaces, identity.localOffset(), tsoSettings(scenario.tso(), checked.receiveWait(), account),
                tsoCommands);
        Faults faults = new Faults(clock, scenario.faults().seed() == null ? 0L : scenario.faults().seed());
        checked.faultRules().forEach(faults::add);
        return new SimulatedSystem(new Parts(clock, identity, ipl, zosmf, tcpip, racf, tokens, authenticator,
                addressSpaces, parmlibMembers, log, messages, consoles, tso, faults, storage));
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
        checked.users().forEach(racf::putUser);
        checked.facility().forEach(profile -> racf.define(RacfDatabase.FACILITY, profile));
        checked.opercmds().forEach(profile -> racf.define(RacfDatabase.OPERCMDS, profile));
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
