package dev.zosmfsim.cli;

import dev.zosmfsim.tls.Pem;
import dev.zosmfsim.tls.TlsContexts;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;

/**
 * The container's health check: {@code GET /zosmf/info} over TLS, trusting the CA the simulator wrote, exits 0 when
 * the simulator answers 200 and 1 otherwise. It needs no curl in the image:
 *
 * <pre>java -cp zosmf-sim.jar dev.zosmfsim.cli.HealthCheck [URL [CA_FILE]]</pre>
 *
 * <p>Without arguments it checks {@code https://127.0.0.1:$ZOSMF_SIM_PORT/zosmf/info} (port 10443 if unset) and
 * trusts {@code $ZOSMF_SIM_OUT/ca.pem} ({@code /var/lib/zosmf-sim} if unset), the container's own settings.
 */
public final class HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private HealthCheck() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    /** Checks once; returns the exit code and prints one line saying why. */
    static int run(String[] args, Map<String, String> environment, PrintStream out) {
        if (args.length > 2) {
            out.println("usage: HealthCheck [URL [CA_FILE]]");
            return 2;
        }
        String port = environment.getOrDefault("ZOSMF_SIM_PORT", "10443");
        String folder = environment.getOrDefault("ZOSMF_SIM_OUT", "/var/lib/zosmf-sim");
        URI url = URI.create(args.length > 0 ? args[0] : "https://127.0.0.1:" + port + "/zosmf/info");
        Path ca = Path.of(args.length > 1 ? args[1] : folder + "/ca.pem");
        try {
            X509Certificate caCertificate = Pem.readCertificate(Files.readString(ca));
            HttpClient client = HttpClient.newBuilder().sslContext(TlsContexts.client(caCertificate, null))
                    .connectTimeout(TIMEOUT).build();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                out.println("healthy: " + url + " answered 200");
                return 0;
            }
            out.println("unhealthy: " + url + " answered " + response.statusCode());
            return 1;
        } catch (IOException | RuntimeException e) {
            out.println("unhealthy: " + url + ": " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("unhealthy: interrupted");
            return 1;
        }
    }
}
