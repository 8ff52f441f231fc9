package dev.zosmfsim.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** Builds the JSSE contexts of the simulator's server port and of clients that talk to it. */
public final class TlsContexts {

    /** The protocols the simulator's port speaks, newest first. */
    public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    /**
     * The cipher suites the port accepts: forward-secret key exchange (ECDHE; TLS 1.3 always) and authenticated
     * encryption (AES-GCM, ChaCha20-Poly1305) only; no CBC, no static RSA, no finite-field DHE. Curl, Node.js (the
     * Zowe CLI), Python and Java clients all offer some of these.
     */
    public static final String[] CIPHER_SUITES = {
        "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    };


    private TlsContexts() {
    }

    /**
     * The server side. The handshake accepts any client certificate the client offers: whether it is trusted (signed
     * by the simulator's CA, inside its validity window on the <em>simulator's</em> clock, mapped to a user) is
     * decided by the security model, so that a refused certificate gets z/OSMF's 401 and a readable reason instead of
     * a bare handshake alert.
     */
    public static SSLContext server(IssuedCertificate serverCertificate, X509Certificate caCertificate) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers(serverCertificate), new TrustManager[] {new DeferredClientTrust(caCertificate)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the server TLS context", e);
        }
    }

    /**
     * A client context that trusts {@code caCertificate} and, if {@code clientCertificate} is not null, presents it.
     */
    public static SSLContext client(X509Certificate caCertificate, IssuedCertificate clientCertificate) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("zosmf-sim-ca", caCertificate);
            TrustManagerFactory trustFactory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustFactory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(clientCertificate == null ? null : keyManagers(clientCertificate), trustFactory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build a client TLS context", e);
        }
    }

    private static KeyManager[] keyManagers(IssuedCertificate certificate) {
        return new KeyManager[] {new SingleKeyManager(certificate)};
    }

    /** Lets every client chain through the handshake; advertises the simulator's CA so clients pick the right key. */
    private static final class DeferredClientTrust extends X509ExtendedTrustManager {
        private final X509Certificate[] acceptedIssuers;

        DeferredClientTrust(X509Certificate caCertificate) {
            this.acceptedIssuers = new X509Certificate[] {caCertificate};
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // decided later by the Authenticator, on the simulator's clock
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // decided later by the Authenticator, on the simulator's clock
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // decided later by the Authenticator, on the simulator's clock
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
            throw new java.security.cert.CertificateException("the simulator's server context does not act as a client");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws java.security.cert.CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws java.security.cert.CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return acceptedIssuers.clone();
        }
    }
}
