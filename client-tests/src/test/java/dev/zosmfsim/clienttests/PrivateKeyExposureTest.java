package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CA's private key never leaves the simulator: no answer of the admin API or of a z/OSMF service carries it,
 * and the command line writes private keys only into {@code --out}, only users' ones, readable by the owner only.
 */
class PrivateKeyExposureTest {

    private static final Pattern PEM_KEY = Pattern.compile(
            "-----BEGIN ([A-Z ]*)PRIVATE KEY-----\\s*([A-Za-z0-9+/=\\s\\\\rn]+?)-----END \\1PRIVATE KEY-----");

    @Test
    void noAnswerOfTheAdminApiOrTheServicesCarriesTheCasKey() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start()) {
            Requests requests = new Requests(simulator);
            HttpClient anonymous = simulator.httpClient();
            HttpClient colin = simulator.httpClientFor("COLIN");
            List<String> bodies = new ArrayList<>();
            bodies.add(send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/users/COLIN/certificate",
                    "{\"subject\":\"CN=COLIN2,O=EXAMPLE\"}"))).body());
            send(colin, requests.displayTime("COLIN99"));
            send(colin, requests.post("/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23", ""));
            for (String path : List.of("/clock", "/faults", "/faults/firings", "/zosmf", "/users", "/certificate-maps",
                    "/sessions", "/journal", "/izug-log", "/scenario")) {
                bodies.add(send(anonymous, requests.admin(requests.get("/zosmf-sim/v1" + path))).body());
            }
            bodies.add(send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/operator-command",
                    "{\"cmd\":\"F CEA,DIAG,SESSTABLE\"}"))).body());
            bodies.add(send(anonymous, requests.get("/zosmf/info")).body());
            bodies.add(send(colin, requests.displayTime("COLIN99")).body());
            bodies.add(send(colin, requests.put("/zosmf/tsoApp/v1/tso", "{\"tsoCmd\":\"RACDCERT LIST\"}")).body());
            bodies.add(simulator.admin().exportYaml());

            PublicKey ca = simulator.caCertificate().getPublicKey();
            List<PrivateKey> keys = new ArrayList<>();
            for (String body : bodies) {
                keys.addAll(privateKeys(body));
            }
            assertEquals(1, keys.size(), "exactly one private key: the one just issued to COLIN");
            assertFalse(sameKeyPair(keys.get(0), ca), "the CA's key was served");
            assertTrue(sameKeyPair(keys.get(0), simulator.userCertificate("COLIN").orElseThrow().certificate()
                    .getPublicKey()), "the key served is the new certificate's");
        }
    }

    @Test
    void theCommandLineWritesOnlyUsersKeysAndOnlyIntoOut(@TempDir Path folder) throws Exception {
        Path work = Files.createDirectories(folder.resolve("work"));
        Path temp = Files.createDirectories(folder.resolve("tmp"));
        Path out = work.resolve("out");
        Process process = new ProcessBuilder(CommandLineTest.java(), "-Djava.io.tmpdir=" + temp, "-jar",
                CommandLineTest.jar(), "--port", "0", "--out", out.toString(), "--user", "ALICE:SECRET:cert")
                .directory(work.toFile()).redirectErrorStream(true).start();
        try {
            new ProcessOutput(process).awaitLine(line -> line.startsWith("zosmf-sim ready on https://127.0.0.1:"),
                    Duration.ofSeconds(60));
        } finally {
            process.destroy();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the simulator did not stop on SIGTERM");
        }

        PublicKey ca = certificate(Files.readAllBytes(out.resolve("ca.pem"))).getPublicKey();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            boolean holdsKey = text.contains("PRIVATE KEY") || name.endsWith(".p12");
            if (!holdsKey && !name.equals("admin-token")) {
                continue;
            }
            assertEquals(out, file.getParent(), file + " holds a secret outside --out");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
            if (name.endsWith(".key.pem")) {
                PublicKey own = certificate(Files.readAllBytes(out.resolve(name.replace(".key.pem", ".pem"))))
                        .getPublicKey();
                for (PrivateKey key : privateKeys(text)) {
                    assertFalse(sameKeyPair(key, ca), file + " holds the CA's key");
                    assertTrue(sameKeyPair(key, own), file + " holds a key that is not its certificate's");
                }
            } else if (name.endsWith(".p12")) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, "zosmf-sim".toCharArray());
                }
                for (String alias : Collections.list(store.aliases())) {
                    Key key = store.getKey(alias, "zosmf-sim".toCharArray());
                    if (key instanceof PrivateKey privateKey) {
                        assertFalse(sameKeyPair(privateKey, ca), file + " holds the CA's key");
                        assertTrue(sameKeyPair(privateKey, store.getCertificate(alias).getPublicKey()), file.toString());
                    }
                }
            } else {
                assertTrue(name.equals("admin-token"), file + " holds a private key but is no key file");
            }
        }
        List<String> keyFiles = files.stream().map(file -> file.getFileName().toString())
                .filter(name -> name.endsWith(".key.pem") || name.endsWith(".p12")).sorted().toList();
        assertEquals(List.of("alice.key.pem", "alice.p12", "colin.key.pem", "colin.p12"), keyFiles);
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(out), left.toList(), "the command line wrote outside --out");
        }
    }

    /** The PEM private keys (PKCS#8) in a text; JSON-escaped line breaks are allowed. */
    private static List<PrivateKey> privateKeys(String text) throws GeneralSecurityException {
        List<PrivateKey> keys = new ArrayList<>();
        Matcher matcher = PEM_KEY.matcher(text);
        while (matcher.find()) {
            byte[] der = Base64.getMimeDecoder().decode(matcher.group(2).replace("\\n", "").replace("\\r", ""));
            keys.add(parse(der));
        }
        return keys;
    }

    private static PrivateKey parse(byte[] der) throws GeneralSecurityException {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException notEc) {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        }
    }

    /** Whether {@code key} signs what {@code publicKey} verifies: the two halves of one key pair. */
    private static boolean sameKeyPair(PrivateKey key, PublicKey publicKey) throws GeneralSecurityException {
        if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
            return false;
        }
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        byte[] challenge = "which key is this?".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(challenge);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(publicKey);
        verifier.update(challenge);
        return verifier.verify(signature);
    }

    private static X509Certificate certificate(byte[] pem) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(pem));
    }
}
