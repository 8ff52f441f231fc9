package dev.zosmfsim.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * The RSA key pair that signs one z/OSMF's JSON Web Tokens (RS256, as z/OSMF's JWT builder signs them), made on
 * first need: an RSA-2048 key pair costs 50 to 200 ms, far more than a whole simulator start, and most simulators
 * never hand out a JWT. Each simulator makes its own; nothing is shared between two in one JVM.
 */
final class JwtSigningKey {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final int BITS = 2048;

    private final SecureRandom random;
    private KeyPair keys;
    private String keyId;

    JwtSigningKey(SecureRandom random) {
        this.random = random;
    }

    /** The key pair, made now if it has not been. */
    private synchronized KeyPair keys() {
        if (keys == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(BITS, random);
                keys = generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("RSA key pairs cannot be made", e);
            }
            keyId = thumbprint((RSAPublicKey) keys.getPublic());
        }
        return keys;
    }

    /** Whether the key pair has been made (before, no JWT of this z/OSMF can exist). */
    synchronized boolean made() {
        return keys != null;
    }

    /** The key id the tokens' headers name. */
    synchronized String keyId() {
        keys();
        return keyId;
    }

    byte[] sign(String data) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys().getPrivate());
            signature.update(data.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA is not available", e);
        }
    }

    /** Whether {@code signature} is this key's over {@code data}; false when no key was made yet. */
    boolean verifies(String data, byte[] signature) {
        if (!made()) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(keys().getPublic());
            verifier.update(data.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The public key, made now if need be. */
    TokenService.PublicKey publicKey() {
        RSAPublicKey key = (RSAPublicKey) keys().getPublic();
        return new TokenService.PublicKey(keyId(), unsigned(key.getModulus()), unsigned(key.getPublicExponent()));
    }

    /** RFC 7638: the SHA-256 of the key's required members in lexical order, base64url (43 characters). */
    private static String thumbprint(RSAPublicKey key) {
        String members = "{\"e\":\"" + unsigned(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + unsigned(key.getModulus()) + "\"}";
        try {
            return URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(members.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A positive integer as JWK writes it: big-endian bytes without a leading zero, base64url. */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return URL.encodeToString(bytes);
    }
}
