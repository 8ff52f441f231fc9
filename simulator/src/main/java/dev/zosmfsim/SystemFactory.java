package dev.zosmfsim;

import dev.zosmfsim.cea.AddressSpaces;
import dev.zosmfsim.cea.CeaParameters;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.console.CancelCommand;
import dev.zosmfsim.console.CannedResponses;
import dev.zosmfsim.console.CeaCommands;
import dev.zosmfsim.console.CommandRouter;
import dev.zosmfsim.console.ConsoleAuthority;
import dev.zosmfsim.console.ConsoleService;
import dev.zosmfsim.console.DisplayActive;
import dev.zosmfsim.console.DisplayIplInfo;
import dev.zosmfsim.console.DisplayTime;
import dev.zosmfsim.console.Jes2Commands;
import dev.zosmfsim.console.Reply;
import dev.zosmfsim.console.SystemDisplays;
import dev.zosmfsim.console.SystemMessages;
import dev.zosmfsim.console.ZosmfStartStop;
import dev.zosmfsim.faults.Faults;
import dev.zosmfsim.scenario.DurationText;
import dev.zosmfsim.scenario.FaultSpecs;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.security.AccessLevel;
import dev.zosmfsim.security.AltuserCommand;
import dev.zosmfsim.security.ListuserCommand;
import dev.zosmfsim.security.PermitCommand;
import dev.zosmfsim.security.RacdcertCommand;
import dev.zosmfsim.security.RdefineCommand;
import dev.zosmfsim.security.SetroptsCommand;
import dev.zosmfsim.tso.StatusCommand;
import dev.zosmfsim.tso.TimeCommand;
import dev.zosmfsim.tso.TsoCommands;
import dev.zosmfsim.tso.TsoService;
import dev.zosmfsim.tso.TsoSettings;
import dev.zosmfsim.security.Authenticator;
import dev.zosmfsim.security.CertificateMap;
import dev.zosmfsim.security.DnFilter;
import dev.zosmfsim.security.FacilityProfile;
import dev.zosmfsim.security.RacfDatabase;
import dev.zosmfsim.security.TokenService;
import dev.zosmfsim.security.UserProfile;
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
import java.util.regex.Pattern;

/** Builds a {@link SimulatedSystem} from a (checked) scenario. */
final class SystemFactory {

    /** How long a CEA TSO address space may go without a request before it is ended, unless the scenario says. */
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);

    /** Everything a system is made of. */
    record Parts(SimClock clock, SystemIdentity identity, Instant iplTime, ZosmfServerState zosmf, TcpipStack tcpip,
            RacfDatabase racf, TokenService tokens, Authenticator authenticator, AddressSpaces addressSpaces,
            Map<String, CeaParameters> ceaMembers, IzugLog izugLog, SystemMessages messages, ConsoleService consoles,
            TsoService tso, Faults faults) {
    }

    private SystemFactory() {
    }

    static SimulatedSystem build(Scenario scenario, SimClock clock, X509Certificate caCertificate) {
        Instant ipl = clock.now();
        SystemIdentity identity = identity(scenario.system());
        TcpipStack tcpip = tcpip(scenario.system(), identity.sysname());
        ZosmfServerState zosmf = new ZosmfServerState(settings(scenario.zosmf(), tcpip),
                !Boolean.FALSE.equals(scenario.zosmf().started()));
        RacfDatabase racf = racf(scenario);
        TokenService tokens = new TokenService("zOSMF/" + identity.sysname());
        Authenticator authenticator = new Authenticator(racf, tokens, caCertificate, clock);
        Map<String, CeaParameters> members = ceaMembers(scenario.cea());
        String active = scenario.cea().active() == null ? "00" : scenario.cea().active();
        Duration idle = scenario.cea().idleTimeout() == null ? DEFAULT_IDLE_TIMEOUT
                : DurationText.parse(scenario.cea().idleTimeout());
        AddressSpaces addressSpaces = new AddressSpaces(clock, members.get(active), idle);
        IzugLog log = new IzugLog(clock);
        SystemMessages messages = new SystemMessages(clock);
        for (Scenario.UnsolicitedSpec message : scenario.console().unsolicited()) {
            messages.writeAt(ipl.plus(DurationText.parse(message.after())), message.text());
        }
        Map<String, ConsoleAuthority> authorities = consoleAuthorities(scenario);
        // the scenario's canned answers come first: a scenario may replace or slow down any built-in answer
        CommandRouter router = new CommandRouter(List.of(canned(scenario.console()), new DisplayTime(),
                new DisplayIplInfo(), new DisplayActive(), new SystemDisplays(), new Jes2Commands(), new CeaCommands(),
                new CancelCommand(), new ZosmfStartStop()));
        String account = scenario.zosmf().consoleAccount() == null ? "ACCT#" : scenario.zosmf().consoleAccount();
        ConsoleService consoles = new ConsoleService(new ConsoleService.Parts(clock, identity, ipl, addressSpaces,
                members, zosmf, tcpip, log, messages, router,
                userid -> authorities.getOrDefault(userid, ConsoleAuthority.INFO), account));
        TsoCommands tsoCommands = new TsoCommands(List.of(new TimeCommand(), new StatusCommand(),
                new ListuserCommand(racf), new AltuserCommand(racf), new PermitCommand(racf), new RdefineCommand(racf),
                new SetroptsCommand(racf), new RacdcertCommand(racf)));
        TsoService tso = new TsoService(clock, addressSpaces, identity.localOffset(), tsoSettings(scenario.tso(), account),
                tsoCommands);
        Faults faults = new Faults(clock, scenario.faults().seed() == null ? 0L : scenario.faults().seed());
        scenario.faults().rules().forEach(rule -> faults.add(FaultSpecs.toRule(rule)));
        return new SimulatedSystem(new Parts(clock, identity, ipl, zosmf, tcpip, racf, tokens, authenticator,
                addressSpaces, members, log, messages, consoles, tso, faults));
    }

    private static TsoSettings tsoSettings(Scenario.TsoSpec spec, String defaultAccount) {
        TsoSettings defaults = TsoSettings.defaults();
        return new TsoSettings(spec.procedures() == null ? defaults.procedures() : spec.procedures(), spec.accounts(),
                defaultAccount, spec.receiveWait() == null ? defaults.receiveWait()
                        : DurationText.parse(spec.receiveWait()));
    }

    /** The clock a scenario asks for: real time unless it says manual or scaled; now unless it gives a start. */
    static SimClock clock(Scenario.ClockSpec spec) {
        Instant start = spec.start() == null ? Instant.now() : Instant.parse(spec.start());
        String mode = spec.mode() == null ? "system" : spec.mode();
        switch (mode) {
            case "manual":
                return SimClock.manual(start);
            case "scaled":
                return SimClock.scaled(spec.scale(), start);
            default:
                return SimClock.system(start);
        }
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

    static RacfDatabase racf(Scenario scenario) {
        RacfDatabase racf = new RacfDatabase();
        scenario.users().forEach((userid, user) -> racf.putUser(new UserProfile(userid, user.password(),
                Boolean.TRUE.equals(user.passwordExpired()), Boolean.TRUE.equals(user.revoked()),
                Boolean.TRUE.equals(user.special()))));
        scenario.facility().forEach((name, profile) -> {
            AccessLevel uacc = profile == null || profile.uacc() == null ? AccessLevel.NONE
                    : AccessLevel.parse(profile.uacc());
            Map<String, AccessLevel> permits = new LinkedHashMap<>();
            if (profile != null && profile.permits() != null) {
                profile.permits().forEach((userid, access) -> permits.put(userid, AccessLevel.parse(access)));
            }
            racf.defineFacility(new FacilityProfile(name, uacc, permits));
        });
        for (Scenario.CertificateMapSpec map : scenario.certificateMaps()) {
            racf.addCertificateMap(certificateMap(map));
        }
        return racf;
    }

    /** A RACDCERT MAP as a scenario (or the admin API) writes it. */
    static CertificateMap certificateMap(Scenario.CertificateMapSpec map) {
        return new CertificateMap(map.user(), DnFilter.parse(map.sdnFilter()),
                map.idnFilter() == null ? null : DnFilter.parse(map.idnFilter()), map.label(),
                !Boolean.FALSE.equals(map.trust()));
    }

    private static Map<String, CeaParameters> ceaMembers(Scenario.CeaSpec spec) {
        Map<String, CeaParameters> members = new LinkedHashMap<>();
        CeaParameters defaults = CeaParameters.defaults();
        members.put("00", defaults);
        if (spec.members() != null) {
            spec.members().forEach((suffix, member) -> members.put(suffix, new CeaParameters(suffix,
                    member == null || member.maxSessions() == null ? defaults.maxSessions() : member.maxSessions(),
                    member == null || member.maxSessionsPerUser() == null ? defaults.maxSessionsPerUser()
                            : member.maxSessionsPerUser(),
                    member == null || member.reconSessions() == null ? defaults.reconSessions() : member.reconSessions(),
                    member == null || member.reconTime() == null ? defaults.reconTime()
                            : DurationText.parse(member.reconTime()))));
        }
        return members;
    }

    /** SPECIAL users may issue every command unless the scenario says otherwise; others have INFO. */
    private static Map<String, ConsoleAuthority> consoleAuthorities(Scenario scenario) {
        Map<String, ConsoleAuthority> authorities = new LinkedHashMap<>();
        scenario.users().forEach((userid, user) -> authorities.put(userid, user.consoleAuthority() != null
                ? ConsoleAuthority.parse(user.consoleAuthority())
                : Boolean.TRUE.equals(user.special()) ? ConsoleAuthority.MASTER : ConsoleAuthority.INFO));
        return authorities;
    }

    private static CannedResponses canned(Scenario.ConsoleSpec console) {
        List<CannedResponses.Canned> canned = new ArrayList<>();
        for (Scenario.ConsoleResponseSpec response : console.responses()) {
            List<Reply.Batch> batches = new ArrayList<>();
            if (response.lines() != null) {
                batches.add(new Reply.Batch(Duration.ZERO, response.lines()));
            }
            if (response.messages() != null) {
                for (Scenario.TimedLinesSpec message : response.messages()) {
                    batches.add(new Reply.Batch(DurationText.parse(message.after()), message.lines()));
                }
            }
            canned.add(new CannedResponses.Canned(
                    Pattern.compile(response.command(), Pattern.CASE_INSENSITIVE), new Reply(batches)));
        }
        return new CannedResponses(canned);
    }
}
