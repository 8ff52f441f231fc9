package dev.zosmfsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file: the description of one simulated system. Every section is optional; what is left out takes the
 * defaults of a freshly installed system. {@link ScenarioLoader} reads and checks it.
 */
public record Scenario(
        String description,
        SystemSpec system,
        ZosmfSpec zosmf,
        CeaSpec cea,
        Map<String, UserSpec> users,
        Map<String, FacilitySpec> facility,
        Map<String, FacilitySpec> opercmds,
        List<CertificateMapSpec> certificateMaps,
        SetroptsSpec setropts,
        ConsoleSpec console,
        TsoSpec tso,
        FaultsSpec faults,
        ClockSpec clock,
        Jes2Spec jes2, LimitsSpec limits, Map<String, StorageSpecs.DataSetSpec> datasets,
        Map<String, StorageSpecs.UnixFileSpec> unixFiles, Map<String, DatasetProfileSpec> datasetProfiles) {

    public Scenario {
        system = system == null ? new SystemSpec(null, null, null, null, null, null, null) : system;
        zosmf = zosmf == null ? new ZosmfSpec(null, null, null, null, null, null, null, null) : zosmf;
        cea = cea == null ? new CeaSpec(null, null, null) : cea;
        users = users == null ? Map.of() : new LinkedHashMap<>(users);
        facility = facility == null ? Map.of() : new LinkedHashMap<>(facility);
        opercmds = opercmds == null ? Map.of() : new LinkedHashMap<>(opercmds);
        certificateMaps = certificateMaps == null ? List.of() : List.copyOf(certificateMaps);
        setropts = setropts == null ? new SetroptsSpec(null, null, null) : setropts;
        console = console == null ? new ConsoleSpec(null, null) : console;
        tso = tso == null ? new TsoSpec(null, null, null) : tso;
        faults = faults == null ? new FaultsSpec(null, null) : faults;
        clock = clock == null ? new ClockSpec(null, null, null) : clock;
        jes2 = jes2 == null ? new Jes2Spec(null, null, null) : jes2;
        limits = limits == null ? new LimitsSpec(null, null, null, null, null, null, null, null) : limits;
        datasets = datasets == null ? Map.of() : new LinkedHashMap<>(datasets);
        unixFiles = unixFiles == null ? Map.of() : new LinkedHashMap<>(unixFiles);
        datasetProfiles = datasetProfiles == null ? Map.of() : new LinkedHashMap<>(datasetProfiles);
    }

    /** An empty scenario: a fresh system with no users. */
    public static Scenario empty() {
        return new Scenario(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /**
     * This scenario with {@code userid} defined as {@code user}, replacing a user of that id together with its
     * certificate maps; {@code map} (may be null) maps a certificate to the new user.
     */
    public Scenario withUser(String userid, UserSpec user, CertificateMapSpec map) {
        Map<String, UserSpec> newUsers = new LinkedHashMap<>(users);
        newUsers.put(userid, user);
        List<CertificateMapSpec> newMaps = new ArrayList<>();
        for (CertificateMapSpec existing : certificateMaps) {
            if (!userid.equals(existing.user())) {
                newMaps.add(existing);
            }
        }
        if (map != null) {
            newMaps.add(map);
        }
        return new Scenario(description, system, zosmf, cea, newUsers, facility, opercmds, newMaps, setropts, console,
                tso, faults, clock, jes2, limits, datasets, unixFiles, datasetProfiles);
    }

    /** This scenario with other datasets and unixFiles sections (the export's, with contents moved to files). */
    public Scenario withStorage(Map<String, StorageSpecs.DataSetSpec> newDatasets,
            Map<String, StorageSpecs.UnixFileSpec> newUnixFiles) {
        return new Scenario(description, system, zosmf, cea, users, facility, opercmds, certificateMaps, setropts,
                console, tso, faults, clock, jes2, limits, newDatasets, newUnixFiles, datasetProfiles);
    }

    /**
     * The system's identity; nulls take the defaults (S0W1, z/OS 2.4, z/OSMF 27). {@code members} are the other
     * systems of its sysplex (none: a sysplex of this one system); z/OSMF runs on this one.
     */
    public record SystemSpec(String name, String sysplex, String zosVersion, String zosmfVersion, String utcOffset,
            TcpipSpec tcpip, List<MemberSpec> members) {
        public SystemSpec {
            // null entries stay, for the validator to report at their place
            members = members == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(members));
        }
    }

    /** Another system of the sysplex: its SYSNAME, and its z/OS level and UTC offset (null: as this system's). */
    public record MemberSpec(String name, String zosVersion, String utcOffset) {
    }

    /**
     * The TCP/IP stack z/OSMF's console connection must reach: its host name and address, and the name z/OSMF
     * resolves for itself when IZUPRMxx has no HOSTNAME (with whether that name happens to work).
     */
    public record TcpipSpec(String hostname, String address, String resolvedName, Boolean resolvedReachable) {
    }

    /**
     * IZUPRMxx settings; nulls take the defaults. {@code hostname: ""} means HOSTNAME is not set. {@code started:
     * false} has z/OSMF (IZUSVR1) stopped when the system comes up, until an operator starts it. {@code apars}: the
     * APARs (or PTFs) applied to z/OSMF, exactly; left out, every APAR the simulator models for the release is
     * applied. {@code jwt: false} switches the JWT support off (logons get LtpaToken2 only, no key endpoint).
     */
    public record ZosmfSpec(String hostname, Integer port, String safRealm, Integer sessionExpireMinutes,
            String consoleAccount, Boolean started, List<String> apars, Boolean jwt) {
        public ZosmfSpec {
            apars = apars == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(apars));
        }
    }

    /**
     * CEA: the CEAPRMxx members by suffix, the one active at start, and how long an address space may sit idle.
     */
    public record CeaSpec(String active, String idleTimeout, Map<String, CeaMemberSpec> members) {
    }

    /** One CEAPRMxx member's TSOASMGR limits; nulls take the defaults (50, 10, 0, 0s). */
    public record CeaMemberSpec(Integer maxSessions, Integer maxSessionsPerUser, Integer reconSessions,
            String reconTime) {
    }

    /**
     * A RACF user and, optionally, its OPERPARM segment (the authority of its consoles; none means INFO) and the
     * client certificate to issue for it.
     */
    public record UserSpec(String password, Boolean passwordExpired, Boolean revoked, Boolean special,
            Boolean operations, OperParmSpec operparm, CertificateSpec certificate) {
    }

    /** The OPERPARM segment: AUTH, one or more of MASTER, ALL, INFO, SYS, IO and CONS. */
    public record OperParmSpec(List<String> auth) {
    }

    /**
     * A client certificate the simulator's CA issues at start.
     *
     * @param subject    RFC 2253 DN, e.g. {@code CN=COLIN,O=ZOSMF-SIM}; by default {@code CN=<userid>,OU=USERS,O=ZOSMF-SIM}
     * @param keyType    EC (default) or RSA
     * @param validFrom  ISO-8601 instant or a day offset from the start such as {@code -30d}; default one day ago
     * @param validUntil ISO-8601 instant or a day offset such as {@code 365d}; default in 365 days
     */
    public record CertificateSpec(String subject, String keyType, String validFrom, String validUntil) {
    }

    /** A FACILITY or OPERCMDS profile (generic names allowed in OPERCMDS): universal access and permits by userid. */
    public record FacilitySpec(String uacc, Map<String, String> permits) {
    }

    /**
     * A RACF DATASET profile: universal access (NONE when left out), its owner (a user or group; left out, the
     * high-level qualifier) and its access list, userid to access level.
     */
    public record DatasetProfileSpec(String uacc, String owner, Map<String, String> permits) {
        public DatasetProfileSpec {
            permits = permits == null ? Map.of() : new LinkedHashMap<>(permits);
        }
    }

    /** A RACDCERT MAP: certificates matching the filters log on as {@code user}. */
    public record CertificateMapSpec(String user, String sdnFilter, String idnFilter, String label, Boolean trust) {
    }

    /**
     * RACF's system-wide options that SETROPTS sets: the password rules and INACTIVE. Each is off when left out, as on
     * a freshly installed simulator.
     *
     * @param inactive INACTIVE(n): a user unused for more than n days (1-255) is revoked at the next logon attempt
     * @param nogeneric NOGENERIC(class): the classes whose generic profiles are not in use; only DATASET can be
     *                  named (left out: none, so generic data set profiles work, unlike on a fresh RACF database)
     */
    public record SetroptsSpec(PasswordSpec password, Integer inactive, List<String> nogeneric) {
        public SetroptsSpec {
            password = password == null ? new PasswordSpec(null, null, null) : password;
        }
    }

    /**
     * SETROPTS PASSWORD: {@code revoke} REVOKE(n), n consecutive wrong passwords allowed, the next revokes (1-255);
     * {@code interval} INTERVAL(n), a password expires n days after it was set (1-254); {@code history}
     * HISTORY(n), a new password may not repeat the current one or the n before it (1-32).
     */
    public record PasswordSpec(Integer revoke, Integer interval, Integer history) {
    }

    /** Console behaviour: canned responses for commands the simulator does not know, and unsolicited messages. */
    public record ConsoleSpec(List<ConsoleResponseSpec> responses, List<UnsolicitedSpec> unsolicited) {
        public ConsoleSpec {
            responses = responses == null ? List.of() : List.copyOf(responses);
            unsolicited = unsolicited == null ? List.of() : List.copyOf(unsolicited);
        }
    }

    /**
     * A canned response: {@code command} is a regular expression matched against the whole command (any case);
     * {@code lines} arrive at once, {@code messages} arrive each after its delay.
     */
    public record ConsoleResponseSpec(String command, List<String> lines, List<TimedLinesSpec> messages) {
    }

    /** Lines that arrive {@code after} the command (e.g. {@code 5s}). */
    public record TimedLinesSpec(String after, List<String> lines) {
    }

    /** An unsolicited message that appears {@code after} the system starts. */
    public record UnsolicitedSpec(String after, String text) {
    }

    /**
     * TSO/E logons: the logon procedures that exist (IZUFPROC, IKJACCNT and DBSPROCA by default), the account numbers
     * that may be used (any by default), and how long a receive waits for output (15s).
     */
    public record TsoSpec(List<String> procedures, List<String> accounts, String receiveWait) {
    }

    /** Fault rules installed at start, and the seed of the random source that probability rules draw from. */
    public record FaultsSpec(Long seed, List<FaultSpec> rules) {
        public FaultsSpec {
            rules = rules == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rules));
        }
    }

    /**
     * A fault rule: requests that {@code match} (every part optional), fired {@code when} (always if omitted: or
     * the first N matches, or after N matches, or with a probability), with one {@code effect}.
     */
    public record FaultSpec(String name, FaultMatchSpec match, FaultWhenSpec when, FaultEffectSpec effect) {
    }

    /** What a fault rule matches: regular expressions for path and command; the rest compare exactly. */
    public record FaultMatchSpec(String method, String path, String service, String user, String console,
            String command) {
    }

    /** At most one of: the first N matches, every match after the first N, each match with a probability. */
    public record FaultWhenSpec(Integer first, Integer after, Double probability) {
    }

    /** Exactly one effect. */
    public record FaultEffectSpec(String delay, FaultErrorSpec error, Boolean unavailable, Boolean drop,
            Integer truncate, Boolean stallHandshake, FaultTrickleSpec trickle) {
    }

    /** An error answer: HTTP status and JSON body (a z/OSMF-shaped body is made up when none is given). */
    public record FaultErrorSpec(Integer status, Map<String, Object> body) {
    }

    /** The body sent {@code bytes} at a time, one piece {@code every} (a duration on the simulator clock). */
    public record FaultTrickleSpec(Integer bytes, String every) {
    }

    /**
     * The simulator clock: {@code system} (real time, the default), {@code manual} (moves only when told) or
     * {@code scaled} ({@code scale} times faster than real time); {@code start} is the simulated time at start
     * (ISO-8601), now by default.
     */
    public record ClockSpec(String mode, Double scale, String start) {
    }

    /**
     * JES2: the number the next job gets (125 on a fresh system), the job classes defined (A-Z and 0-9), and jobs
     * submitted at start, each its JCL and its submitter (they run at IPL and their spool is on the output queue).
     */
    public record Jes2Spec(Integer nextJobNumber, String jobClasses, List<JobSpec> jobs) {
        public Jes2Spec {
            jobs = jobs == null ? List.of() : List.copyOf(jobs);
        }
    }

    /** A job submitted at start: who submits it and its JCL. */
    public record JobSpec(String submitter, String jcl) {
    }

    /**
     * What the HTTPS port holds at most and how long a client may take (see {@code limits.ServerLimits}); nulls keep
     * the defaults, the command line's {@code --limit} wins over them. Durations as elsewhere ({@code 20s}).
     * {@code dataSetSpace} is the system's DASD: how many bytes all data sets hold together ({@code 64MiB} unless
     * given; a size in bytes or with KiB, MiB, GiB); a write past it fails as z/OS does when the volume is full.
     */
    public record LimitsSpec(Integer maxConnections, Integer maxConnectionsPerClient, Integer maxThreads,
            String idleTimeout, String headerTimeout, Long minBodyRate, String dataSetSpace,
            Integer maxHandshakesPerClient) {
    }
}
