package dev.zosmfsim.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens {@code POST /zosmf/services/authenticate} hands out: a JSON Web Token signed RS256 with an RSA key of
 * this z/OSMF's own (its public half is what the JWT builder's key endpoint serves), and an LTPA token signed with a
 * secret key made at start and never shown, both naming the user, their expiry and a logon id. They expire on the
 * simulator clock. Nothing is kept per logon; a logout remembers the logon id until the tokens would have expired
 * anyway, so memory stays bounded however many logons there are. The RSA key pair is made at the first JWT or the
 * first request for the key, not at start (it costs more than a whole simulator start).
 */
public final class TokenService {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();
    /** The issuer z/OSMF's JWT builder writes into every token ({@code iss}). */
    public static final String ISSUER = "zOSMF";
    private static final Pattern SUBJECT = Pattern.compile("\"sub\":\"([A-Z0-9@#$]{1,8})\"");
    private static final Pattern EXPIRES = Pattern.compile("\"exp\":(\\d{1,12})");
    private static final Pattern TOKEN_ID = Pattern.compile("\"jti\":\"([A-Za-z0-9_-]{1,64})\"");
    private static final Pattern LTPA_PAYLOAD = Pattern.compile("([A-Z0-9@#$]{1,8}):(\\d{1,12}):([A-Za-z0-9_-]{1,64})");

    private final SecureRandom random = new SecureRandom();
    private final byte[] signingKey = new byte[32];
    private final JwtSigningKey jwtKey = new JwtSigningKey(random);
    private final String issuer;
    private final String realm;
    /** Logon ids logged out, with when their tokens expire (after which they need not be remembered). */
    private final Map<String, Instant> loggedOut = new ConcurrentHashMap<>();

    /** One logon's tokens; {@code jwt} is null when only an LTPA token was asked for. */
    public record Tokens(String jwt, String ltpa, String userid, Instant expires) {
    }

    /**
     * The public key that verifies this z/OSMF's JWTs, as a JSON Web Key's RSA members (RFC 7518): the key id, the
     * modulus and the exponent, each base64url.
     */
    public record PublicKey(String kid, String modulus, String exponent) {
    }

    /** The outcome of checking a token. */
    public sealed interface Check permits Valid, Invalid {
    }

    public record Valid(String userid) implements Check {
    }

    public record Invalid(Refusal.Reason reason, String detail) implements Check {
    }

    /** What a token says once its signature is checked. */
    private record Claims(String userid, Instant expires, String logonId) {
    }

    /** A token service whose JWTs name {@code issuer} and the SAF realm SAFRealm. */
    public TokenService(String issuer) {
        this(issuer, "SAFRealm");
    }

    /** {@code realm}: the SAF realm (IZUPRMxx SAF_PREFIX) the JWTs name. */
    public TokenService(String issuer, String realm) {
        this.issuer = issuer;
        this.realm = realm;
        random.nextBytes(signingKey);
    }

    /** Issues a JWT and an LTPA token for {@code userid}, valid for {@code lifetime} from {@code now}. */
    public Tokens issue(String userid, Instant now, Duration lifetime) {
        return issue(userid, now, lifetime, true);
    }

    /** Issues an LTPA token only, as z/OSMF does for a logon where it builds no JWT. */
    public Tokens issueLtpa(String userid, Instant now, Duration lifetime) {
        return issue(userid, now, lifetime, false);
    }

    private Tokens issue(String userid, Instant now, Duration lifetime, boolean withJwt) {
        Instant expires = now.plus(lifetime);
        String logonId = randomId();
        String jwt = null;
        if (withJwt) {
            // the claims z/OSMF's tokens carry (token_type, sub, upn, realm, iss, exp, iat), and the logon id
            String payload = "{\"token_type\":\"Bearer\",\"sub\":\"" + userid + "\",\"upn\":\"" + userid
                    + "\",\"realm\":\"" + realm + "\",\"iss\":\"" + issuer + "\",\"exp\":" + expires.getEpochSecond()
                    + ",\"iat\":" + now.getEpochSecond() + ",\"jti\":\"" + logonId + "\"}";
            String unsigned = jwtHeader() + "." + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            jwt = unsigned + "." + URL.encodeToString(jwtKey.sign(unsigned));
        }
        String ltpaPayload = URL.encodeToString((userid + ":" + expires.getEpochSecond() + ":" + logonId)
                .getBytes(StandardCharsets.UTF_8));
        String ltpa = ltpaPayload + "." + URL.encodeToString(hmac(ltpaPayload));
        return new Tokens(jwt, ltpa, userid, expires);
    }

    /** The public key that verifies this z/OSMF's JWTs (made now if no JWT was issued yet). */
    public PublicKey publicKey() {
        return jwtKey.publicKey();
    }

    /** The JWT header: the key id, the type and RS256, in the order z/OSMF writes them. */
    private String jwtHeader() {
        return URL.encodeToString(("{\"kid\":\"" + jwtKey.keyId() + "\",\"typ\":\"JWT\",\"alg\":\"RS256\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Checks a JWT's signature, expiry (on {@code now}) and that it has not been logged out. */
    public Check checkJwt(String jwt, Instant now) {
        Optional<Claims> claims = jwtClaims(jwt);
        return claims.isEmpty() ? new Invalid(Refusal.Reason.TOKEN_INVALID, "the jwtToken is not one this z/OSMF signed")
                : check(claims.get(), now, "jwtToken");
    }

    /** Checks an LTPA token the same way. */
    public Check checkLtpa(String ltpa, Instant now) {
        Optional<Claims> claims = ltpaClaims(ltpa);
        return claims.isEmpty() ? new Invalid(Refusal.Reason.TOKEN_INVALID, "the LtpaToken2 is not one this z/OSMF signed")
                : check(claims.get(), now, "LtpaToken2");
    }

    /** Ends the logon a token belongs to (both of its tokens). Returns false if the token was not valid. */
    public boolean logout(String jwtOrLtpa, Instant now) {
        Optional<Claims> claims = jwtClaims(jwtOrLtpa).or(() -> ltpaClaims(jwtOrLtpa));
        if (claims.isEmpty() || !now.isBefore(claims.get().expires())) {
            return false;
        }
        purgeExpired(now);
        return loggedOut.put(claims.get().logonId(), claims.get().expires()) == null;
    }

    /** Forgets logouts whose tokens have expired anyway. */
    public void purgeExpired(Instant now) {
        for (Iterator<Instant> expiries = loggedOut.values().iterator(); expiries.hasNext(); ) {
            if (!now.isBefore(expiries.next())) {
                expiries.remove();
            }
        }
    }

    private Check check(Claims claims, Instant now, String name) {
        if (!now.isBefore(claims.expires())) {
            return new Invalid(Refusal.Reason.TOKEN_EXPIRED, "the " + name + " expired");
        }
        if (loggedOut.containsKey(claims.logonId())) {
            return new Invalid(Refusal.Reason.TOKEN_INVALID, "the " + name + " was logged out");
        }
        return new Valid(claims.userid());
    }

    private Optional<Claims> jwtClaims(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        // before the key pair is made, no JWT of this z/OSMF exists: nothing to check, and no key to make
        if (parts.length != 3 || !jwtKey.made() || !parts[0].equals(jwtHeader())
                || !jwtSigned(parts[0] + "." + parts[1], parts[2])) {
            return Optional.empty();
        }
        String payload = decode(parts[1]);
        Matcher subject = SUBJECT.matcher(payload);
        Matcher expires = EXPIRES.matcher(payload);
        Matcher logonId = TOKEN_ID.matcher(payload);
        if (!subject.find() || !expires.find() || !logonId.find()) {
            return Optional.empty();
        }
        return Optional.of(new Claims(subject.group(1), Instant.ofEpochSecond(Long.parseLong(expires.group(1))),
                logonId.group(1)));
    }

    private Optional<Claims> ltpaClaims(String ltpa) {
        String[] parts = ltpa.split("\\.", -1);
        if (parts.length != 2 || !signed(parts[0], parts[1])) {
            return Optional.empty();
        }
        Matcher payload = LTPA_PAYLOAD.matcher(decode(parts[0]));
        if (!payload.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Claims(payload.group(1), Instant.ofEpochSecond(Long.parseLong(payload.group(2))),
                payload.group(3)));
    }

    private boolean signed(String data, String signature) {
        try {
            return MessageDigest.isEqual(hmac(data), URL_DECODER.decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean jwtSigned(String data, String signature) {
        try {
            return jwtKey.verifies(data, URL_DECODER.decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String decode(String part) {
        try {
            return new String(URL_DECODER.decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private byte[] hmac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private String randomId() {
        byte[] value = new byte[16];
        random.nextBytes(value);
        return URL.encodeToString(value);
    }

    /** For tests: the payload part of a JWT as text. */
    public static Optional<String> payloadOf(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        return parts.length == 3 ? Optional.of(decode(parts[1])).filter(text -> !text.isEmpty()) : Optional.empty();
    }
}
