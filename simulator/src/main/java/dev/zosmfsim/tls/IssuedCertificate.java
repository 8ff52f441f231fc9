package dev.zosmfsim.tls;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

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

    /**
     * Key-derivation rounds of the PKCS#12 files: the keys are throwaway test keys and the password is usually the
     * published {@code zosmf-sim}, so the JDK's 10,000 rounds would protect nothing while costing a cold JVM a sixth
     * of a second before the simulator is ready.
     */
    static final int PKCS12_ROUNDS = 1_000;

    /**
     * The certificate, its key and the CA certificate as a PKCS#12 file with the alias {@code alias}, protected with
     * {@code password} (AES-256 with PBKDF2, and an HMAC-SHA256 integrity check), readable by Java, OpenSSL and curl.
     */
    public byte[] pkcs12(String alias, char[] password) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            SubjectKeyIdentifier keyId = extensions.createSubjectKeyIdentifier(certificate.getPublicKey());
            // BouncyCastle's own provider: the JDK names AES-256-CBC by its OID without padding
            OutputEncryptor encryptor = new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                    .setProvider(BouncyCastle.PROVIDER)
                    .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                    .setIterationCount(PKCS12_ROUNDS).build(password);
            PKCS12SafeBagBuilder key = new JcaPKCS12SafeBagBuilder(privateKey, encryptor);
            PKCS12SafeBagBuilder own = new JcaPKCS12SafeBagBuilder(certificate);
            for (PKCS12SafeBagBuilder bag : new PKCS12SafeBagBuilder[] {key, own}) {
                bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(alias));
                bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, keyId);
            }
            PKCS12PfxPduBuilder file = new PKCS12PfxPduBuilder();
            file.addData(key.build());
            file.addEncryptedData(encryptor, new PKCS12SafeBag[] {own.build(),
                    new JcaPKCS12SafeBagBuilder(caCertificate).build()});
            return file.build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                    .setProvider(BouncyCastle.PROVIDER).setIterationCount(PKCS12_ROUNDS), password).getEncoded();
        } catch (GeneralSecurityException | IOException | PKCSException | OperatorCreationException e) {
            throw new IllegalStateException("cannot build a PKCS#12 file for " + subjectDn(), e);
        }
    }
}
