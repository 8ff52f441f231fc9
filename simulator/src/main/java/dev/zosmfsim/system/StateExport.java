package dev.zosmfsim.system;

import dev.zosmfsim.cea.CeaParameters;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.faults.Faults;
import dev.zosmfsim.scenario.DurationText;
import dev.zosmfsim.scenario.FaultSpecs;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.security.AccessLevel;
import dev.zosmfsim.security.CertificateMap;
import dev.zosmfsim.security.PasswordRules;
import dev.zosmfsim.security.RacfDatabase;
import dev.zosmfsim.security.ResourceProfile;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.zosmf.SystemIdentity;
import dev.zosmfsim.zosmf.ZosmfMaintenance;
import dev.zosmfsim.zosmf.ZosmfServerState;
import dev.zosmfsim.zosmf.ZosmfSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a running system written as a scenario. What the model owns (users, FACILITY profiles, certificate
 * maps, z/OSMF's configured settings, CEA members and the active one, fault rules, the clock's mode) comes from the
 * model; what only the scenario knows (canned console responses, the TCP/IP stack) is carried
 * over from the scenario the system started from. Live address spaces are not state a scenario can hold.
 */
public final class StateExport {

    private StateExport() {
    }

    /** {@code servedPort}: the port the simulator listens on, which z/OSMF reports unless told another. */
    public static Scenario of(SimulatedSystem system, Scenario started, Map<String, Scenario.CertificateSpec> certificates,
            int servedPort) {
        return new Scenario(started.description(), systemSpec(system, started.system()),
                zosmf(system.zosmf(), started.zosmf(), servedPort, system.zosmfMaintenance()), cea(system),
                users(system, started, certificates), profiles(system, RacfDatabase.FACILITY),
                profiles(system, RacfDatabase.OPERCMDS), maps(system), setropts(system.racf()),
                started.console(),
                started.tso(), faults(system.faults()), clock(system.clock()), JesSection.export(system.jes()),
                limits(started.limits(), system.datasets().sizeCap()), ScenarioStorage.datasets(system.datasets()),
                ScenarioStorage.unixFiles(system.unixFiles(), system.unixUsers()), datasetProfiles(system.racf()));
    }

    /** The scenario's limits, with the data sets' space the system has (left out when it is the default). */
    private static Scenario.LimitsSpec limits(Scenario.LimitsSpec started, long sizeCap) {
        return new Scenario.LimitsSpec(started.maxConnections(), started.maxConnectionsPerClient(),
                started.maxThreads(), started.idleTimeout(), started.headerTimeout(), started.minBodyRate(),
                sizeCap == dev.zosmfsim.datasets.Catalog.DEFAULT_SIZE_CAP && started.dataSetSpace() == null ? null
                        : dev.zosmfsim.scenario.ByteSizeText.format(sizeCap), started.maxHandshakesPerClient());
    }

    private static Scenario.SystemSpec systemSpec(SimulatedSystem system, Scenario.SystemSpec started) {
        SystemIdentity identity = system.identity();
        // the other members of the sysplex, each with its level and offset where they are not this system's
        List<Scenario.MemberSpec> members = system.sysplex().members().stream().filter(member -> member != system)
                .map(SimulatedSystem::identity).map(member -> new Scenario.MemberSpec(member.sysname(),
                        member.level().equals(identity.level()) ? null : member.zosVersion(),
                        member.localOffset().equals(identity.localOffset()) ? null : offset(member)))
                .toList();
        return new Scenario.SystemSpec(identity.sysname(), identity.sysplex(), identity.zosVersion(),
                identity.zosmfVersion(), offset(identity), started.tcpip(), members);
    }

    private static String offset(SystemIdentity identity) {
        return identity.localOffset().getId().equals("Z") ? "+00:00" : identity.localOffset().getId();
    }

    private static Scenario.ZosmfSpec zosmf(ZosmfServerState zosmf, Scenario.ZosmfSpec started, int servedPort,
            ZosmfMaintenance maintenance) {
        ZosmfSettings configured = zosmf.configured();
        // the served port is left out, so that a system loaded from the export reports the port it serves on
        Integer port = started.port() == null && configured.port() == servedPort ? null : configured.port();
        return new Scenario.ZosmfSpec(configured.hostname() == null ? "" : configured.hostname(), port,
                configured.safRealm(),
                (int) configured.sessionExpire().toMinutes(), started.consoleAccount(), zosmf.running(),
                // a scenario that named no APARs has the release's current maintenance, and keeps it so
                started.apars() == null ? null : maintenance.aparIds(),
                maintenance.jwtEnabled() ? started.jwt() : Boolean.FALSE);
    }

    private static Scenario.CeaSpec cea(SimulatedSystem system) {
        Map<String, Scenario.CeaMemberSpec> members = new LinkedHashMap<>();
        system.ceaMembers().forEach((suffix, member) -> members.put(suffix, member(member)));
        return new Scenario.CeaSpec(system.addressSpaces().parameters().member(),
                DurationText.format(system.addressSpaces().idleTimeout()), members);
    }

    private static Scenario.CeaMemberSpec member(CeaParameters member) {
        return new Scenario.CeaMemberSpec(member.maxSessions(), member.maxSessionsPerUser(), member.reconSessions(),
                DurationText.format(member.reconTime()));
    }

    private static Map<String, Scenario.UserSpec> users(SimulatedSystem system, Scenario started,
            Map<String, Scenario.CertificateSpec> certificates) {
        Map<String, Scenario.UserSpec> users = new LinkedHashMap<>();
        for (UserProfile user : system.racf().users()) {
            Scenario.UserSpec before = started.users().get(user.userid());
            users.put(user.userid(), new Scenario.UserSpec(user.password(), user.passwordExpired(), user.revoked(),
                    user.special(), user.operations() ? Boolean.TRUE : null, user.operParm() == null ? null
                            : new Scenario.OperParmSpec(user.operParm().words()),
                    certificates.get(user.userid())));
        }
        return users;
    }

    private static Map<String, Scenario.FacilitySpec> profiles(SimulatedSystem system, String className) {
        Map<String, Scenario.FacilitySpec> profiles = new LinkedHashMap<>();
        for (ResourceProfile profile : system.racf().profiles(className)) {
            Map<String, String> permits = new LinkedHashMap<>();
            profile.permits().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(permit -> permits.put(permit.getKey(), permit.getValue().name()));
            profiles.put(profile.name(), new Scenario.FacilitySpec(
                    profile.universalAccess() == AccessLevel.NONE ? "NONE" : profile.universalAccess().name(),
                    permits.isEmpty() ? null : permits));
        }
        return profiles;
    }

    /** The DATASET profiles as they are now (ADDSD, ALTDSD, PERMIT and DELDSD may have changed them). */
    private static Map<String, Scenario.DatasetProfileSpec> datasetProfiles(RacfDatabase racf) {
        Map<String, Scenario.DatasetProfileSpec> profiles = new LinkedHashMap<>();
        for (ResourceProfile profile : racf.profiles(RacfDatabase.DATASET)) {
            Map<String, String> permits = new LinkedHashMap<>();
            profile.permits().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(permit -> permits.put(permit.getKey(), permit.getValue().name()));
            profiles.put(profile.name(), new Scenario.DatasetProfileSpec(profile.universalAccess().name(),
                    profile.owner(), permits));
        }
        return profiles;
    }

    private static List<Scenario.CertificateMapSpec> maps(SimulatedSystem system) {
        List<Scenario.CertificateMapSpec> maps = new ArrayList<>();
        for (CertificateMap map : system.racf().certificateMaps()) {
            maps.add(new Scenario.CertificateMapSpec(map.userid(), map.subjectFilter().racfForm(),
                    map.issuer().map(filter -> filter.racfForm()).orElse(null), map.label(), map.trusted()));
        }
        return maps;
    }

    /** The password rules and generic classes in force now (SETROPTS may have changed them since the start). */
    private static Scenario.SetroptsSpec setropts(RacfDatabase racf) {
        PasswordRules rules = racf.passwordRules();
        return new Scenario.SetroptsSpec(new Scenario.PasswordSpec(rules.revoke(), rules.interval(), rules.history()),
                rules.inactive(), racf.genericActive(RacfDatabase.DATASET) ? null : List.of(RacfDatabase.DATASET));
    }

    private static Scenario.FaultsSpec faults(Faults faults) {
        List<Scenario.FaultSpec> rules = new ArrayList<>();
        faults.list().forEach(listed -> rules.add(FaultSpecs.toSpec(listed.rule())));
        return new Scenario.FaultsSpec(faults.seed(), rules);
    }

    private static Scenario.ClockSpec clock(SimClock clock) {
        switch (clock.mode()) {
            case MANUAL:
                return new Scenario.ClockSpec("manual", null, clock.now().toString());
            case SCALED:
                return new Scenario.ClockSpec("scaled", clock.scale(), null);
            default:
                return new Scenario.ClockSpec("system", null, null);
        }
    }
}
