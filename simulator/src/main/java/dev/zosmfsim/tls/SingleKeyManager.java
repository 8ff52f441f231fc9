package dev.zosmfsim.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Presents one certificate and its key, without a key store in between. A PKCS#12 key store encrypts the key with
 * thousands of PBKDF2 rounds on the way in, which a freshly started JVM pays for in interpreted code: a third of a
 * second of the simulator's start, and of every client context a test builds.
 */
final class SingleKeyManager extends X509ExtendedKeyManager {

    private static final String ALIAS = "identity";

    private final PrivateKey key;
    private final X509Certificate[] chain;

    SingleKeyManager(IssuedCertificate certificate) {
        this.key = certificate.privateKey();
        this.chain = new X509Certificate[] {certificate.certificate(), certificate.caCertificate()};
    }

    /** Whether the key suits a JSSE key type such as {@code EC}, {@code RSA} or {@code RSASSA-PSS}. */
    private boolean suits(String keyType) {
        String algorithm = key.getAlgorithm();
        return keyType != null && (keyType.equalsIgnoreCase(algorithm)
                || (algorithm.equals("RSA") && keyType.equalsIgnoreCase("RSASSA-PSS"))
                || (algorithm.equals("EC") && keyType.toUpperCase(java.util.Locale.ROOT).startsWith("EC")));
    }

    private String aliasFor(String... keyTypes) {
        for (String keyType : keyTypes) {
            if (suits(keyType)) {
                return ALIAS;
            }
        }
        return null;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return suits(keyType) ? new String[] {ALIAS} : null;
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return aliasFor(keyTypes);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return aliasFor(keyTypes);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return suits(keyType) ? new String[] {ALIAS} : null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return aliasFor(keyType);
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return aliasFor(keyType);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? chain.clone() : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? key : null;
    }
}
