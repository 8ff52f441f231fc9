package dev.zosmfsim.system;

import dev.zosmfsim.cea.AddressSpaces;
import dev.zosmfsim.cea.CeaParameters;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.console.ConsoleService;
import dev.zosmfsim.console.SystemMessages;
import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.faults.Faults;
import dev.zosmfsim.jes.Jes2;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.security.Authenticator;
import dev.zosmfsim.security.DatasetAuthority;
import dev.zosmfsim.security.RacfDatabase;
import dev.zosmfsim.security.TokenService;
import dev.zosmfsim.syslog.SystemLog;
import dev.zosmfsim.tso.TsoService;
import dev.zosmfsim.uss.UnixFileSystem;
import dev.zosmfsim.uss.UnixUsers;
import dev.zosmfsim.zosmf.IzugLog;
import dev.zosmfsim.zosmf.SystemIdentity;
import dev.zosmfsim.zosmf.TcpipStack;
import dev.zosmfsim.zosmf.ZosmfMaintenance;
import dev.zosmfsim.zosmf.ZosmfServerState;
import dev.zosmfsim.zosmf.ZosmfSettings;
import java.time.Instant;
import java.util.Map;

/**
 * One simulated z/OS system: the single object graph every service answers from. It knows nothing of HTTP.
 * {@link SystemFactory} builds it from a scenario.
 */
public final class SimulatedSystem {

    private final SimClock clock;
    private final SystemIdentity identity;
    private final Instant iplTime;
    private final ZosmfServerState zosmf;
    private final TcpipStack tcpip;
    private final RacfDatabase racf;
    private final TokenService tokens;
    private final Authenticator authenticator;
    private final AddressSpaces addressSpaces;
    private final Map<String, CeaParameters> ceaMembers;
    private final IzugLog izugLog;
    private final SystemMessages messages;
    private final ConsoleService consoles;
    private final TsoService tso;
    private final Faults faults;
    private final Sysplex sysplex;
    private final SystemLog hardcopy;
    private final ZosmfMaintenance maintenance;
    private final Jes2 jes;
    private final Storage storage;

    SimulatedSystem(SystemFactory.Parts parts) {
        this.clock = parts.clock();
        this.identity = parts.identity();
        this.iplTime = parts.iplTime();
        this.zosmf = parts.zosmf();
        this.tcpip = parts.tcpip();
        this.racf = parts.racf();
        this.tokens = parts.tokens();
        this.authenticator = parts.authenticator();
        this.addressSpaces = parts.addressSpaces();
        this.ceaMembers = parts.ceaMembers();
        this.izugLog = parts.izugLog();
        this.messages = parts.messages();
        this.consoles = parts.consoles();
        this.tso = parts.tso();
        this.faults = parts.faults();
        this.sysplex = parts.sysplex();
        this.hardcopy = parts.hardcopy();
        this.maintenance = parts.maintenance();
        this.jes = parts.jes();
        this.storage = parts.storage();
    }

    /**
     * Builds a system from a scenario, without any network port: what tests of the model use.
     * {@code caCertificate} is the CA whose client certificates the system trusts.
     */
    public static SimulatedSystem of(Scenario scenario, SimClock clock,
            java.security.cert.X509Certificate caCertificate) {
        return SystemFactory.build(scenario, clock, caCertificate);
    }

    public SimClock clock() {
        return clock;
    }

    public SystemIdentity identity() {
        return identity;
    }

    public Instant iplTime() {
        return iplTime;
    }

    /** z/OSMF itself: running or stopped, its IZUPRMxx settings in force and configured. */
    public ZosmfServerState zosmf() {
        return zosmf;
    }

    /** z/OSMF's settings in force. */
    public ZosmfSettings zosmfSettings() {
        return zosmf.inForce();
    }

    /** The host name z/OSMF reports: HOSTNAME, or the resolved name when HOSTNAME is not set. */
    public String zosmfHostname() {
        return tcpip.effectiveHostname(zosmf.inForce());
    }

    public TcpipStack tcpip() {
        return tcpip;
    }

    public RacfDatabase racf() {
        return racf;
    }

    public TokenService tokens() {
        return tokens;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    /** The one table of CEA TSO address spaces (TSO sessions and consoles). */
    public AddressSpaces addressSpaces() {
        return addressSpaces;
    }

    /** The CEAPRMxx members by suffix, as parmlib holds them now. */
    public Map<String, CeaParameters> ceaMembers() {
        return ceaMembers;
    }

    /** z/OSMF's IZUG0.log. */
    public IzugLog izugLog() {
        return izugLog;
    }

    /** The system's unsolicited messages. */
    public SystemMessages messages() {
        return messages;
    }

    public ConsoleService consoles() {
        return consoles;
    }

    /** z/OSMF's TSO/E address space services. */
    public TsoService tso() {
        return tso;
    }

    /** The system's hardcopy log (OPERLOG and SYSLOG): commands, their responses and every system message. */
    public SystemLog hardcopyLog() {
        return hardcopy;
    }

    /** JES2: every job of the system, batch, started tasks and TSO users. */
    public Jes2 jes() {
        return jes;
    }

    /** The catalog of data sets (and their members): what z/OSMF's data set services and parmlib readers use. */
    public Catalog datasets() {
        return storage.catalog();
    }

    /** RACF's check of data set accesses against the DATASET profiles. */
    public DatasetAuthority datasetAuthority() {
        return storage.datasetAuthority();
    }

    /** The z/OS UNIX file system. */
    public UnixFileSystem unixFiles() {
        return storage.files();
    }

    /** The users' OMVS segments: who they are to z/OS UNIX. */
    public UnixUsers unixUsers() {
        return storage.users();
    }

    /** The fault rules in force and the journal of their firings. */
    public Faults faults() {
        return faults;
    }

    /** The sysplex this system belongs to (a sysplex of one unless the scenario names other members). */
    public Sysplex sysplex() {
        return sysplex;
    }

    /** z/OSMF's release and the APARs applied to it: which of its level-dependent functions it has. */
    public ZosmfMaintenance zosmfMaintenance() {
        return maintenance;
    }
}
