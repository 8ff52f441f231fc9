package dev.zosmfsim.tls;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * BouncyCastle's JCA provider, made when first needed and handed to the calls that need it. It is never installed
 * in the JVM's provider list, so the simulator changes nothing for the application that embeds it.
 */
final class BouncyCastle {

    /** Immutable once made; made on first use, since its start-up registers hundreds of algorithms. */
    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
