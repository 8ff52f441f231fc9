package dev.zosmfsim.bench;

import dev.zosmfsim.http.TlsPort;
import dev.zosmfsim.tls.CertificateAuthority;
import dev.zosmfsim.tls.IssuedCertificate;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.tls.TlsContexts;
import dev.zosmfsim.tls.Validity;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;

/**
 * The ceiling every network figure is compared with: a bare Javalin server on the simulator's Jetty/TLS port
 * settings ({@link TlsPort}) and the same kind of certificates (its own CA, EC P-256), answering every request with
 * a fixed small JSON body. What the simulator does beyond this is the cost of simulating.
 */
public final class CeilingServer implements AutoCloseable {

    /** About the size of the simulator's answer to D T. */
    static final byte[] BODY = ("{\"cmd-response-key\":\"C4985214\",\"cmd-response-url\":\"https://127.0.0.1:10443"
            + "/zosmf/restconsoles/consoles/defcn/solmsgs/C4985214\",\"cmd-response-uri\":\"/zosmf/restconsoles"
            + "/consoles/defcn/solmsgs/C4985214\",\"cmd-response\":\" IEE136I LOCAL: TIME=15.34.43 DATE=2026.179  "
            + "UTC: TIME=15.34.43 DATE=2026.179\\r\"}").getBytes(StandardCharsets.UTF_8);

    private final Javalin app;
    private final ServerConnector connector;
    private final CertificateAuthority ca;
    private final IssuedCertificate clientCertificate;

    private CeilingServer(Javalin app, ServerConnector connector, CertificateAuthority ca,
            IssuedCertificate clientCertificate) {
        this.app = app;
        this.connector = connector;
        this.ca = ca;
        this.clientCertificate = clientCertificate;
    }

    public static CeilingServer start() {
        Instant now = Instant.now();
        CertificateAuthority ca = CertificateAuthority.create("CN=ceiling CA,O=ZOSMF-SIM-BENCH", KeyAlgorithm.EC_P256,
                Validity.startingAround(now, Duration.ofDays(30)));
        IssuedCertificate server = ca.issueServer(List.of(), KeyAlgorithm.EC_P256,
                Validity.startingAround(now, Duration.ofDays(30)));
        IssuedCertificate client = ca.issueClient("CN=COLIN,OU=USERS,O=ZOSMF-SIM", KeyAlgorithm.EC_P256,
                Validity.startingAround(now, Duration.ofDays(30)));
        SSLContext tls = TlsContexts.server(server, ca.certificate());
        ServerConnector[] connector = new ServerConnector[1];
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.jetty.threadPool = TlsPort.threadPool();
            config.jetty.addConnector((jetty, httpConfiguration) -> {
                connector[0] = TlsPort.connector(jetty, "127.0.0.1", 0,
                        new SslConnectionFactory(TlsPort.tls(tls), "http/1.1"),
                        new HttpConnectionFactory(TlsPort.https(httpConfiguration)));
                return connector[0];
            });
            config.routes.get("/*", ctx -> ctx.contentType("application/json").result(BODY));
            config.routes.put("/*", ctx -> ctx.contentType("application/json").result(BODY));
            config.routes.post("/*", ctx -> ctx.contentType("application/json").result(BODY));
        });
        app.start();
        return new CeilingServer(app, connector[0], ca, client);
    }

    /** The fixed answer, a copy. */
    public static byte[] body() {
        return BODY.clone();
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** A client context that trusts the ceiling and presents no certificate. */
    public SSLContext clientTls() {
        return TlsContexts.client(ca.certificate(), null);
    }

    /** A client context that trusts the ceiling and presents a client certificate, as COLIN does to the simulator. */
    public SSLContext clientTlsWithCertificate() {
        return TlsContexts.client(ca.certificate(), clientCertificate);
    }

    @Override
    public void close() {
        app.stop();
    }
}
