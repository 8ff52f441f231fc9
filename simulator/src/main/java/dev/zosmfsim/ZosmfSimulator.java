package dev.zosmfsim;

import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.http.ZosmfServer;
import dev.zosmfsim.journal.RequestJournal;
import dev.zosmfsim.limits.ServerLimits;
import dev.zosmfsim.scenario.CheckedScenario;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.security.CertificateMap;
import dev.zosmfsim.security.DnFilter;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.system.SystemFactory;
import dev.zosmfsim.tls.CertificateAuthority;
import dev.zosmfsim.tls.IssuedCertificate;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.tls.TlsContexts;
import dev.zosmfsim.tls.Validity;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

/**
 * A running simulated z/OS system with its z/OSMF endpoint: the object tests hold.
 *
 * <pre>{@code
 * try (ZosmfSimulator sim = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start()) {
 *     HttpClient colin = sim.httpClientFor("COLIN");        // logs on with COLIN's client certificate
 *     URI info = sim.baseUri().resolve("/zosmf/info");
 *     sim.admin().revoke("COLIN");                           // change the system under the client's feet
 * }
 * }</pre>
 *
 * <p>Two simulators in one JVM share nothing: each has its own CA, clock, RACF database and port.
 */
public final class ZosmfSimulator implements AutoCloseable {

    private final Scenario scenario;
    /** The scenario's values, parsed once; a reset builds the system from them again. */
    private final CheckedScenario checked;
    private final SimClock clock;
    private final CertificateAuthority ca;
    private final Map<String, IssuedCertificate> userCertificates = new LinkedHashMap<>();
    private final Map<String, Scenario.CertificateSpec> certificateSpecs = new LinkedHashMap<>();
    private final AtomicReference<SimulatedSystem> system = new AtomicReference<>();
    private final RequestJournal journal;
    private final ZosmfServer server;
    private final String bindHost;
    private final String adminToken;
    private final InProcessAdmin admin;

    private ZosmfSimulator(Builder builder) {
        this.scenario = builder.scenario != null ? builder.scenario : new ScenarioLoader().load(builder.scenarioName);
        this.checked = CheckedScenario.of(scenario);
        this.clock = builder.clock != null ? builder.clock : SystemFactory.clock(checked);
        Instant start = clock.now();
        this.ca = CertificateAuthority.create("CN=zosmf-sim CA " + Long.toHexString(start.toEpochMilli())
                + ",O=ZOSMF-SIM", builder.keyAlgorithm, Validity.startingAround(start, Duration.ofDays(3650)));
        IssuedCertificate serverCertificate = ca.issueServer(builder.hostNames, builder.keyAlgorithm,
                Validity.startingAround(start, Duration.ofDays(825)));
        checked.certificates().forEach((userid, certificate) -> issue(userid, certificate, start));
        this.bindHost = builder.bindHost;
        this.adminToken = builder.adminToken != null ? builder.adminToken : randomToken();
        this.journal = new RequestJournal(builder.journalCapacity);
        this.system.set(SystemFactory.build(checked, clock, ca.certificate()));
        this.admin = new InProcessAdmin(this);
        this.server = ZosmfServer.start(new ZosmfServer.Settings(system::get, ServiceModules.of(admin, adminToken),
                TlsContexts.server(serverCertificate, ca.certificate()), bindHost, builder.port, journal,
                List.copyOf(builder.hostNames), builder.limits.apply(checked.limits())));
        reportServerPort(system.get());
    }

    /** A builder with the defaults: the {@code default} scenario, the scenario's clock, a free port on 127.0.0.1. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code https://127.0.0.1:<port>} (or the bind address asked for). */
    public URI baseUri() {
        String host = bindHost.contains(":") ? "[" + bindHost + "]" : bindHost;
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        return URI.create("https://" + host + ":" + port());
    }

    public int port() {
        return server.port();
    }

    /** The one clock of the system: advance it (manual mode) to make timeouts happen without waiting. */
    public SimClock clock() {
        return clock;
    }

    /** The simulated system as it is now (RACF, consoles, address spaces, settings); an admin reset replaces it. */
    public SimulatedSystem system() {
        return system.get();
    }

    /** Operations on the running simulator: faults, users, sessions, z/OSMF settings, reset, export. */
    public InProcessAdmin admin() {
        return admin;
    }

    /** The scenario the simulator started from. */
    public Scenario scenario() {
        return scenario;
    }

    /** Every request the server answered (the last ones; it is bounded). */
    public RequestJournal journal() {
        return journal;
    }

    /** The token that opens the admin API ({@code Authorization: Bearer <token>}). */
    public String adminToken() {
        return adminToken;
    }

    /** The CA certificate clients must trust. */
    public X509Certificate caCertificate() {
        return ca.certificate();
    }

    public String caCertificatePem() {
        return ca.certificatePem();
    }

    /** The client certificate issued for {@code userid} (at start, or later through the admin API), if any. */
    public Optional<IssuedCertificate> userCertificate(String userid) {
        synchronized (userCertificates) {
            return Optional.ofNullable(userCertificates.get(userid.toUpperCase(Locale.ROOT)));
        }
    }

    /** The client certificates issued so far, by userid. */
    public Map<String, IssuedCertificate> userCertificates() {
        synchronized (userCertificates) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(userCertificates));
        }
    }

    /** Issues a further client certificate from the simulator's CA, e.g. an expired one for a test. */
    public IssuedCertificate issueClientCertificate(String subjectDn, KeyAlgorithm keyAlgorithm, Validity validity) {
        return ca.issueClient(subjectDn, keyAlgorithm, validity);
    }

    /** A TLS context that trusts this simulator and presents no client certificate (for password logons). */
    public SSLContext sslContext() {
        return TlsContexts.client(ca.certificate(), null);
    }

    /** A TLS context that trusts this simulator and presents {@code userid}'s client certificate. */
    public SSLContext sslContextFor(String userid) {
        IssuedCertificate certificate = userCertificate(userid).orElseThrow(() -> new IllegalArgumentException(
                "no client certificate was issued for " + userid));
        return TlsContexts.client(ca.certificate(), certificate);
    }

    /** An HTTP client that trusts this simulator and logs on with {@code userid}'s client certificate. */
    public HttpClient httpClientFor(String userid) {
        return HttpClient.newBuilder().sslContext(sslContextFor(userid)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** An HTTP client that trusts this simulator and presents no certificate (add a Basic header per request). */
    public HttpClient httpClient() {
        return HttpClient.newBuilder().sslContext(sslContext()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public void close() {
        server.close();
    }

    /** Builds the system afresh from the scenario (the admin reset); the CA, port, clock and journal stay. */
    void resetSystem() {
        SimulatedSystem fresh = SystemFactory.build(checked, clock, ca.certificate());
        reportServerPort(fresh);
        synchronized (userCertificates) {
            userCertificates.keySet().retainAll(scenario.users().keySet());
            certificateSpecs.keySet().retainAll(scenario.users().keySet());
        }
        system.set(fresh);
    }

    /**
     * Issues a client certificate for {@code userid} as {@code spec} describes it and, if asked, maps its subject to
     * the user with an SDNFILTER map (as RACDCERT MAP would).
     */
    IssuedCertificate issueFor(String userid, Scenario.CertificateSpec spec, boolean map) {
        IssuedCertificate issued = issue(userid, CheckedScenario.Certificate.of(spec), clock.now());
        if (map) {
            system.get().racf().addCertificateMap(new CertificateMap(userid,
                    DnFilter.exactly(issued.certificate().getSubjectX500Principal()), null, null, true));
        }
        return issued;
    }

    /** The certificate specifications issued so far, by userid, for the export. */
    Map<String, Scenario.CertificateSpec> certificateSpecs() {
        synchronized (userCertificates) {
            return new LinkedHashMap<>(certificateSpecs);
        }
    }

    private IssuedCertificate issue(String userid, CheckedScenario.Certificate certificate, Instant now) {
        String subject = certificate.subject() != null ? certificate.subject()
                : "CN=" + userid + ",OU=USERS,O=ZOSMF-SIM";
        IssuedCertificate issued = ca.issueClient(subject, certificate.keyType(),
                new Validity(certificate.notBefore(now), certificate.notAfter(now)));
        synchronized (userCertificates) {
            userCertificates.put(userid.toUpperCase(Locale.ROOT), issued);
            certificateSpecs.put(userid.toUpperCase(Locale.ROOT), certificate.spec());
        }
        return issued;
    }

    /** z/OSMF reports the port it serves on, unless the scenario names one. */
    private void reportServerPort(SimulatedSystem target) {
        if (scenario.zosmf().port() == null) {
            target.zosmf().configureNow(target.zosmfSettings().withPort(server.port()));
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Configures and starts a {@link ZosmfSimulator}. */
    public static final class Builder {
        private String scenarioName = "default";
        private Scenario scenario;
        private SimClock clock;
        private int port;
        private String bindHost = "127.0.0.1";
        private final List<String> hostNames = new ArrayList<>();
        private KeyAlgorithm keyAlgorithm = KeyAlgorithm.EC_P256;
        private int journalCapacity = 1_000;
        private String adminToken;
        private java.util.function.UnaryOperator<ServerLimits> limits = java.util.function.UnaryOperator.identity();

        private Builder() {
        }

        /** A shipped scenario by name ({@code default}) or a scenario file's path. */
        public Builder scenario(String nameOrFile) {
            this.scenarioName = Objects.requireNonNull(nameOrFile, "nameOrFile");
            this.scenario = null;
            return this;
        }

        /** A scenario already loaded or built in code. */
        public Builder scenario(Scenario loaded) {
            this.scenario = Objects.requireNonNull(loaded, "scenario");
            return this;
        }

        /** The clock to use instead of the one the scenario asks for (real time by default). */
        public Builder clock(SimClock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The port to listen on; 0 (the default here) picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("a port is 0 to 65535, got " + value);
            }
            this.port = value;
            return this;
        }

        /** The address to listen on: 127.0.0.1 by default, so that nothing outside this machine can connect. */
        public Builder bindHost(String value) {
            this.bindHost = Objects.requireNonNull(value, "bindHost");
            return this;
        }

        /** Extra names for the server certificate, beside localhost, 127.0.0.1 and ::1. */
        public Builder hostName(String value) {
            this.hostNames.add(Objects.requireNonNull(value, "hostName"));
            return this;
        }

        /** The key type of the CA and the server certificate: EC P-256 by default. */
        public Builder keyAlgorithm(KeyAlgorithm value) {
            this.keyAlgorithm = Objects.requireNonNull(value, "keyAlgorithm");
            return this;
        }

        /** How many requests the journal keeps (1,000 by default). */
        public Builder journalCapacity(int value) {
            this.journalCapacity = value;
            return this;
        }

        /** The admin API's token; a random one is made when none is given. */
        public Builder adminToken(String value) {
            if (value == null || value.length() < 16 || !value.matches("[A-Za-z0-9._~-]+")) {
                throw new IllegalArgumentException("an admin token is at least 16 characters of A-Z, a-z, 0-9,"
                        + " '.', '_', '~' or '-'");
            }
            this.adminToken = value;
            return this;
        }

        /**
         * Changes the scenario's connection limits and timeouts (its {@code limits:} section, else the defaults),
         * e.g. {@code limits(limits -> limits.withMaxConnectionsPerClient(10))}.
         */
        public Builder limits(java.util.function.UnaryOperator<ServerLimits> change) {
            this.limits = Objects.requireNonNull(change, "change");
            return this;
        }

        public ZosmfSimulator start() {
            return new ZosmfSimulator(this);
        }
    }
}
