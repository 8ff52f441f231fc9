package dev.zosmfsim.tls;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;

/** The key types the simulator's CA issues. EC P-256 is the default: it is fast to generate and to handshake with. */
public enum KeyAlgorithm {
    EC_P256("SHA256withECDSA"),
    RSA_2048("SHA256withRSA");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String signatureAlgorithm;

    KeyAlgorithm(String signatureAlgorithm) {
        this.signatureAlgorithm = signatureAlgorithm;
    }

    String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    KeyPair generate() {
        try {
            if (this == EC_P256) {
                return P256.generate(RANDOM);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot generate " + this + " keys", e);
        }
    }

    /** Parses the names users write: {@code EC}, {@code EC_P256}, {@code RSA}, {@code RSA_2048} (any case). */
    public static KeyAlgorithm parse(String text) {
        String name = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        switch (name) {
            case "EC":
            case "EC_P256":
            case "P256":
                return EC_P256;
            case "RSA":
            case "RSA_2048":
            case "RSA2048":
                return RSA_2048;
            default:
                throw new IllegalArgumentException("unknown key type '" + text + "': expected EC or RSA");
        }
    }
}
