package dev.zosmfsim.tls;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentSignerBuilder;

/**
 * EC P-256 key generation and certificate signing on BouncyCastle's lightweight curve code, which has a P-256
 * specific field and a precomputed table for the base point: in a warm JVM a key pair and a signature take about
 * 0.07 ms each, where JDK 17's SunEC takes about 0.4 ms. A simulator per test makes a CA and several certificates,
 * so this is most of its start-up. The keys come out as the JDK's own key objects, so the rest of the simulator
 * (TLS, PEM, PKCS#12) sees no difference. Holds only constants.
 */
final class P256 {

    private static final String CURVE = "secp256r1";
    private static final ECDomainParameters DOMAIN = domain();
    private static final ECParameterSpec JDK_PARAMETERS = jdkParameters();
    private static final AlgorithmIdentifier SIGNATURE = new DefaultSignatureAlgorithmIdentifierFinder()
            .find("SHA256withECDSA");
    private static final AlgorithmIdentifier DIGEST = new DefaultDigestAlgorithmIdentifierFinder().find(SIGNATURE);

    private P256() {
    }

    /** A fresh key pair, as JDK key objects. */
    static KeyPair generate(SecureRandom random) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(DOMAIN, random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        BigInteger d = ((ECPrivateKeyParameters) pair.getPrivate()).getD();
        org.bouncycastle.math.ec.ECPoint q = ((ECPublicKeyParameters) pair.getPublic()).getQ().normalize();
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            return new KeyPair(
                    factory.generatePublic(new ECPublicKeySpec(new ECPoint(q.getAffineXCoord().toBigInteger(),
                            q.getAffineYCoord().toBigInteger()), JDK_PARAMETERS)),
                    factory.generatePrivate(new ECPrivateKeySpec(d, JDK_PARAMETERS)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot hold EC P-256 keys", e);
        }
    }

    /** A SHA256withECDSA signer for certificates, with {@code key} (a P-256 key). */
    static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        BigInteger d = ((ECPrivateKey) key).getS();
        return new BcECContentSignerBuilder(SIGNATURE, DIGEST).build(new ECPrivateKeyParameters(d, DOMAIN));
    }

    private static ECDomainParameters domain() {
        X9ECParameters curve = CustomNamedCurves.getByName(CURVE);
        return new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH(), curve.getSeed());
    }

    private static ECParameterSpec jdkParameters() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(CURVE));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM does not know the curve " + CURVE, e);
        }
    }
}
