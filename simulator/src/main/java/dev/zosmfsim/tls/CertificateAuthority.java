package dev.zosmfsim.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The simulator's own certificate authority. It is created fresh at every start and issues the server certificate
 * and the users' client certificates. Its private key never leaves this object.
 */
public final class CertificateAuthority {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair keyPair;
    private final KeyAlgorithm algorithm;
    private final X509Certificate certificate;
    private final X500Name name;

    private CertificateAuthority(KeyPair keyPair, KeyAlgorithm algorithm, X509Certificate certificate, X500Name name) {
        this.keyPair = keyPair;
        this.algorithm = algorithm;
        this.certificate = certificate;
        this.name = name;
    }

    /** Creates a self-signed CA named {@code subjectDn} (RFC 2253 form, e.g. {@code CN=zosmf-sim CA,O=zosmf-sim}). */
    public static CertificateAuthority create(String subjectDn, KeyAlgorithm algorithm, Validity validity) {
        Objects.requireNonNull(algorithm, "algorithm");
        X500Name name = x500Name(subjectDn);
        KeyPair keyPair = algorithm.generate();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(validity.notBefore()), Date.from(validity.notAfter()), name, keyPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            X509Certificate certificate = sign(builder, keyPair, algorithm);
            return new CertificateAuthority(keyPair, algorithm, certificate, name);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create the CA " + subjectDn, e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String certificatePem() {
        return Pem.certificate(certificate);
    }

    /**
     * Issues a TLS server certificate whose subject alternative names cover {@code localhost}, {@code 127.0.0.1},
     * {@code ::1} and every extra name given (host names or IP address literals).
     */
    public IssuedCertificate issueServer(Collection<String> extraHostNames, KeyAlgorithm keyAlgorithm, Validity validity) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        names.addAll(extraHostNames);
        List<GeneralName> altNames = new ArrayList<>();
        for (String host : names) {
            altNames.add(isIpLiteral(host)
                    ? new GeneralName(GeneralName.iPAddress, host)
                    : new GeneralName(GeneralName.dNSName, host));
        }
        return issue("CN=localhost,O=zosmf-sim", keyAlgorithm, validity, KeyPurposeId.id_kp_serverAuth,
                new GeneralNames(altNames.toArray(GeneralName[]::new)));
    }

    /** Issues a client certificate with the given subject DN (RFC 2253 form). */
    public IssuedCertificate issueClient(String subjectDn, KeyAlgorithm keyAlgorithm, Validity validity) {
        return issue(subjectDn, keyAlgorithm, validity, KeyPurposeId.id_kp_clientAuth, null);
    }

    /** True if {@code candidate} carries a valid signature of this CA. Validity dates are not looked at here. */
    public boolean signed(X509Certificate candidate) {
        try {
            candidate.verify(keyPair.getPublic());
            return candidate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private IssuedCertificate issue(String subjectDn, KeyAlgorithm keyAlgorithm, Validity validity,
            KeyPurposeId purpose, GeneralNames altNames) {
        KeyPair subjectKeys = keyAlgorithm.generate();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            PublicKey subjectKey = subjectKeys.getPublic();
            int usage = keyAlgorithm == KeyAlgorithm.RSA_2048
                    ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment
                    : KeyUsage.digitalSignature | KeyUsage.keyAgreement;
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(validity.notBefore()), Date.from(validity.notAfter()), x500Name(subjectDn), subjectKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(usage))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            if (altNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, altNames);
            }
            X509Certificate issued = sign(builder, keyPair, algorithm);
            return new IssuedCertificate(issued, subjectKeys.getPrivate(), certificate);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue a certificate for " + subjectDn, e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer, KeyAlgorithm algorithm)
            throws CertificateException {
        try {
            ContentSigner contentSigner = algorithm == KeyAlgorithm.EC_P256 ? P256.signer(signer.getPrivate())
                    : new JcaContentSignerBuilder(algorithm.signatureAlgorithm()).build(signer.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
        } catch (OperatorCreationException e) {
            throw new CertificateException("cannot sign with " + algorithm, e);
        }
    }

    /** Parsed by the JDK so that an RFC 2253 string keeps its meaning (most specific part written first). */
    private static X500Name x500Name(String dn) {
        return X500Name.getInstance(new javax.security.auth.x500.X500Principal(dn).getEncoded());
    }

    private static BigInteger serial() {
        return new BigInteger(63, RANDOM).add(BigInteger.ONE);
    }

    private static boolean isIpLiteral(String host) {
        if (host.contains(":")) {
            return true;
        }
        if (!host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return false;
        }
        try {
            InetAddress.getByName(host); // a literal: no name lookup happens
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
