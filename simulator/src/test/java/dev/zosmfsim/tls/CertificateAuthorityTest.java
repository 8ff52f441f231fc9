package dev.zosmfsim.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final CertificateAuthority ca = CertificateAuthority.create("CN=Test CA,O=ZOSMF-SIM", KeyAlgorithm.EC_P256,
            Validity.startingAround(NOW, Duration.ofDays(3650)));

    @Test
    void serverCertificateCoversLoopbackAndExtraNames() throws Exception {
        IssuedCertificate server = ca.issueServer(List.of("s0w1.example.test", "10.1.1.2"), KeyAlgorithm.EC_P256,
                Validity.startingAround(NOW, Duration.ofDays(30)));
        Set<String> names = server.certificate().getSubjectAlternativeNames().stream()
                .map(entry -> String.valueOf(entry.get(1))).collect(Collectors.toSet());
        assertTrue(names.contains("localhost"), names.toString());
        assertTrue(names.contains("127.0.0.1"), names.toString());
        assertTrue(names.contains("0:0:0:0:0:0:0:1"), names.toString());
        assertTrue(names.contains("s0w1.example.test"), names.toString());
        assertTrue(names.contains("10.1.1.2"), names.toString());
        assertTrue(server.certificate().getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"), "serverAuth");
        server.certificate().verify(ca.certificate().getPublicKey());
    }

    @Test
    void clientCertificateKeepsTheSubjectAsWrittenAndItsValidityWindow() {
        Instant from = NOW.minus(Duration.ofDays(40));
        Instant until = NOW.minus(Duration.ofDays(10));
        IssuedCertificate expired = ca.issueClient("CN=COLIN,OU=USERS,O=ZOSMF-SIM", KeyAlgorithm.EC_P256,
                new Validity(from, until));
        assertEquals("CN=COLIN,OU=USERS,O=ZOSMF-SIM", expired.subjectDn());
        assertEquals(from.getEpochSecond(), expired.certificate().getNotBefore().toInstant().getEpochSecond());
        assertEquals(until.getEpochSecond(), expired.certificate().getNotAfter().toInstant().getEpochSecond());
        assertTrue(ca.signed(expired.certificate()));
    }

    @Test
    void rsaKeysOnRequest() {
        IssuedCertificate rsa = ca.issueClient("CN=RSAUSER", KeyAlgorithm.RSA_2048,
                Validity.startingAround(NOW, Duration.ofDays(1)));
        assertEquals("RSA", rsa.certificate().getPublicKey().getAlgorithm());
        assertEquals("EC", ca.certificate().getPublicKey().getAlgorithm());
    }

    @Test
    void anotherCasCertificateIsNotSignedByThisOne() {
        CertificateAuthority other = CertificateAuthority.create("CN=Test CA,O=ZOSMF-SIM", KeyAlgorithm.EC_P256,
                Validity.startingAround(NOW, Duration.ofDays(10)));
        IssuedCertificate foreign = other.issueClient("CN=COLIN,OU=USERS,O=ZOSMF-SIM", KeyAlgorithm.EC_P256,
                Validity.startingAround(NOW, Duration.ofDays(1)));
        assertFalse(ca.signed(foreign.certificate()), "same CA name, different key");
    }

    @Test
    void pemAndPkcs12ExportsReadBack() throws Exception {
        IssuedCertificate colin = ca.issueClient("CN=COLIN", KeyAlgorithm.EC_P256,
                Validity.startingAround(NOW, Duration.ofDays(1)));
        String pem = colin.certificatePem();
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"));
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(colin.certificate(), parsed);
        assertTrue(colin.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(colin.pkcs12("colin", "secret".toCharArray())), "secret".toCharArray());
        assertEquals(colin.certificate(), store.getCertificate("colin"));
        assertEquals(2, store.getCertificateChain("colin").length, "leaf and CA");
        assertTrue(store.isKeyEntry("colin"));
    }
}
