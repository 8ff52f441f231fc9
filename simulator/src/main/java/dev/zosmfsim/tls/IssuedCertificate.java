package dev.zosmfsim.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/** A certificate the simulator's CA issued, with its private key and the CA certificate that signed it. */
public record IssuedCertificate(X509Certificate certificate, PrivateKey privateKey, X509Certificate caCertificate) {

    /** The certificate as PEM. */
    public String certificatePem() {
        return Pem.certificate(certificate);
    }

    /** The private key as unencrypted PKCS#8 PEM. */
    public String privateKeyPem() {
        return Pem.privateKey(privateKey);
    }

    /** The subject DN in RFC 2253 form, e.g. {@code CN=COLIN,O=zosmf-sim}. */
    public String subjectDn() {
        return certificate.getSubjectX500Principal().getName();
    }

    /** The certificate, its key and the CA certificate as a PKCS#12 key store with the alias {@code alias}. */
    public byte[] pkcs12(String alias, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, privateKey, password, new Certificate[] {certificate, caCertificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a PKCS#12 store for " + subjectDn(), e);
        }
    }

    /** A JSSE key store holding this certificate and key, for building an {@code SSLContext}. */
    public KeyStore keyStore(String alias, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, privateKey, password, new Certificate[] {certificate, caCertificate});
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a key store for " + subjectDn(), e);
        }
    }
}
