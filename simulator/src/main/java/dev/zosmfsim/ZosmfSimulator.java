package dev.zosmfsim;

import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.http.RequestJournal;
import dev.zosmfsim.http.ZosmfServer;
import dev.zosmfsim.scenario.CertificateWindow;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.tls.CertificateAuthority;
import dev.zosmfsim.tls.IssuedCertificate;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.tls.TlsContexts;
import dev.zosmfsim.tls.Validity;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * A running simulated z/OS system with its z/OSMF endpoint: the object tests hold.
 *
 * <pre>{@code
 * try (ZosmfSimulator sim = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start()) {
 *     HttpClient colin = sim.httpClientFor("COLIN");        // logs on with COLIN's client certificate
 *     URI info = sim.baseUri().resolve("/zosmf/info");
 * }
 * }</pre>
 *
 * <p>Two simulators in one JVM share nothing: each has its own CA, clock, RACF database and port.
 */
public final class ZosmfSimulator implements AutoCloseable {

    private final Scenario scenario;
    private final SimulatedSystem system;
    private final CertificateAuthority ca;
    private final IssuedCertificate serverCertificate;
    private final Map<String, IssuedCertificate> userCertificates;
    private final RequestJournal journal;
    private final ZosmfServer server;
    private final String bindHost;

    private ZosmfSimulator(Builder builder) {
        this.scenario = builder.scenario != null ? builder.scenario : new ScenarioLoader().load(builder.scenarioName);
        SimClock clock = builder.clock != null ? builder.clock : SimClock.system();
        Instant start = clock.now();
        this.ca = CertificateAuthority.create("CN=zosmf-sim CA " + Long.toHexString(start.toEpochMilli())
                + ",O=ZOSMF-SIM", builder.keyAlgorithm, Validity.startingAround(start, Duration.ofDays(3650)));
        this.serverCertificate = ca.issueServer(builder.hostNames, builder.keyAlgorithm,
                Validity.startingAround(start, Duration.ofDays(825)));
        this.userCertificates = Collections.unmodifiableMap(issueUserCertificates(scenario, ca, start));
        this.bindHost = builder.bindHost;
        this.journal = new RequestJournal(builder.journalCapacity);
        this.system = SystemFactory.build(scenario, clock, ca.certificate());
        this.server = ZosmfServer.start(system, TlsContexts.server(serverCertificate, ca.certificate()), bindHost,
                builder.port, journal);
        if (scenario.zosmf().port() == null) {
            // z/OSMF reports the port it serves on unless the scenario says otherwise
            system.zosmf().configureNow(system.zosmfSettings().withPort(server.port()));
        }
    }

    /** A builder with the defaults: the {@code default} scenario, a real-time clock, a free port on 127.0.0.1. */
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

    public SimClock clock() {
        return system.clock();
    }

    /** The simulated system itself: RACF, consoles, settings. */
    public SimulatedSystem system() {
        return system;
    }

    public Scenario scenario() {
        return scenario;
    }

    public RequestJournal journal() {
        return journal;
    }

    /** The CA certificate clients must trust. */
    public X509Certificate caCertificate() {
        return ca.certificate();
    }

    public String caCertificatePem() {
        return ca.certificatePem();
    }

    /** The client certificate issued at start for {@code userid}, if the scenario asked for one. */
    public Optional<IssuedCertificate> userCertificate(String userid) {
        return Optional.ofNullable(userCertificates.get(userid.toUpperCase(Locale.ROOT)));
    }

    /** The client certificates issued at start, by userid. */
    public Map<String, IssuedCertificate> userCertificates() {
        return userCertificates;
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
                "the scenario issues no client certificate for " + userid));
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


    private static Map<String, IssuedCertificate> issueUserCertificates(Scenario scenario, CertificateAuthority ca,
            Instant start) {
        Map<String, IssuedCertificate> issued = new LinkedHashMap<>();
        scenario.users().forEach((userid, user) -> {
            Scenario.CertificateSpec spec = user.certificate();
            if (spec == null) {
                return;
            }
            String subject = spec.subject() != null ? spec.subject() : "CN=" + userid + ",OU=USERS,O=ZOSMF-SIM";
            KeyAlgorithm algorithm = spec.keyType() == null ? KeyAlgorithm.EC_P256 : KeyAlgorithm.parse(spec.keyType());
            Instant notBefore = spec.validFrom() == null ? start.minus(Duration.ofDays(1))
                    : CertificateWindow.instant(spec.validFrom(), start);
            Instant notAfter = spec.validUntil() == null ? start.plus(Duration.ofDays(365))
                    : CertificateWindow.instant(spec.validUntil(), start);
            issued.put(userid, ca.issueClient(subject, algorithm, new Validity(notBefore, notAfter)));
        });
        return issued;
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

        public ZosmfSimulator start() {
            return new ZosmfSimulator(this);
        }
    }
}
