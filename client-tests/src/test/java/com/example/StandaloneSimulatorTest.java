package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// the simulator as its own process, the way a script or another language's test suite would run it;
// the client needs nothing but the JDK and the files the simulator writes
class StandaloneSimulatorTest {

    @Test
    void aliceLogsOnWithTheCertificateTheSimulatorWrote(@TempDir Path out) throws Exception {
        // the jar 'mvn package' makes in the simulator's checkout: mvn test -Dsimulator.jar=/path/to/it
        Path jar = Path.of(System.getProperty("simulator.jar", "zosmf-sim-0.1.0-SNAPSHOT-all.jar"));
        assertTrue(Files.isRegularFile(jar), "no simulator jar at " + jar.toAbsolutePath() + ": set -Dsimulator.jar");
        Process simulator = new ProcessBuilder("java", "-jar", jar.toString(), "--port", "0", "--out", out.toString(),
                "--user", "ALICE:SECRET:cert").redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(simulator.getInputStream()));
            URI baseUri = CompletableFuture.supplyAsync(() -> readyAddress(output)).get(60, TimeUnit.SECONDS);

            HttpClient alice = HttpClient.newBuilder().sslContext(sslContext(out, "alice")).build();
            HttpResponse<String> response = alice.send(HttpRequest.newBuilder(baseUri.resolve(
                    "/zosmf/restconsoles/consoles/defcn"))
                    .header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("IEE136I"), response.body());
        } finally {
            simulator.destroy(); // SIGTERM: the simulator stops cleanly and exits 0
            simulator.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Reads the output until "zosmf-sim ready on https://127.0.0.1:PORT" and returns that address. */
    private static URI readyAddress(BufferedReader output) {
        StringBuilder before = new StringBuilder();
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith("zosmf-sim ready on ")) {
                    return URI.create(line.substring("zosmf-sim ready on ".length()));
                }
                before.append(line).append('\n');
            }
            throw new IllegalStateException("the simulator stopped before it was ready:\n" + before);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Trusts ca.pem and presents the user's PKCS#12 file (password zosmf-sim) from the simulator's out folder. */
    private static SSLContext sslContext(Path out, String user) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream ca = Files.newInputStream(out.resolve("ca.pem"))) {
            trusted.setCertificateEntry("zosmf-sim-ca", CertificateFactory.getInstance("X.509").generateCertificate(ca));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);

        KeyStore identity = KeyStore.getInstance("PKCS12");
        try (InputStream p12 = Files.newInputStream(out.resolve(user + ".p12"))) {
            identity.load(p12, "zosmf-sim".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(identity, "zosmf-sim".toCharArray());

        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }
}
