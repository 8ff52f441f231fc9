package dev.zosmfsim.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens {@code POST /zosmf/services/authenticate} hands out: a signed JSON Web Token (HS256, key made at start
 * and never shown) and an opaque LTPA token. Both expire on the simulator clock and end at logout.
 */
public final class TokenService {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();
    private static final String JWT_HEADER = URL.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final Pattern SUBJECT = Pattern.compile("\"sub\":\"([A-Z0-9@#$]{1,8})\"");
    private static final Pattern EXPIRES = Pattern.compile("\"exp\":(\\d+)");
    private static final Pattern TOKEN_ID = Pattern.compile("\"jti\":\"([A-Za-z0-9_-]+)\"");

    private final SecureRandom random = new SecureRandom();
    private final byte[] signingKey = new byte[32];
    private final String issuer;
    /** Live sessions by token id; the LTPA token is the key of a session too. A logout removes them. */
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** One logon's tokens. */
    public record Tokens(String jwt, String ltpa, String userid, Instant expires) {
    }

    /** The outcome of checking a token. */
    public sealed interface Check permits Valid, Invalid {
    }

    public record Valid(String userid) implements Check {
    }

    public record Invalid(Refusal.Reason reason, String detail) implements Check {
    }

    private record Session(String userid, Instant expires, String jwtId, String ltpa) {
    }

    public TokenService(String issuer) {
        this.issuer = issuer;
        random.nextBytes(signingKey);
    }

    /** Issues a JWT and an LTPA token for {@code userid}, valid for {@code lifetime} from {@code now}. */
    public Tokens issue(String userid, Instant now, Duration lifetime) {
        Instant expires = now.plus(lifetime);
        String jwtId = randomId(16);
        String ltpa = randomId(48);
        String payload = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + userid + "\",\"iat\":" + now.getEpochSecond()
                + ",\"exp\":" + expires.getEpochSecond() + ",\"jti\":\"" + jwtId + "\"}";
        String unsigned = JWT_HEADER + "." + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        String jwt = unsigned + "." + URL.encodeToString(hmac(unsigned));
        Session session = new Session(userid, expires, jwtId, ltpa);
        sessions.put(jwtId, session);
        sessions.put(ltpa, session);
        return new Tokens(jwt, ltpa, userid, expires);
    }

    /** Checks a JWT's signature, expiry (on {@code now}) and that it has not been logged out. */
    public Check checkJwt(String jwt, Instant now) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            return new Invalid(Refusal.Reason.TOKEN_INVALID, "the jwtToken is not a JSON Web Token");
        }
        byte[] expected = hmac(parts[0] + "." + parts[1]);
        byte[] given;
        String payload;
        try {
            given = URL_DECODER.decode(parts[2]);
            payload = new String(URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Invalid(Refusal.Reason.TOKEN_INVALID, "the jwtToken is not base64url encoded");
        }
        if (!parts[0].equals(JWT_HEADER) || !MessageDigest.isEqual(expected, given)) {
            return new Invalid(Refusal.Reason.TOKEN_INVALID, "the jwtToken's signature is not valid");
        }
        Matcher id = TOKEN_ID.matcher(payload);
        Session session = id.find() ? sessions.get(id.group(1)) : null;
        Matcher expires = EXPIRES.matcher(payload);
        Matcher subject = SUBJECT.matcher(payload);
        if (!expires.find() || !subject.find()) {
            return new Invalid(Refusal.Reason.TOKEN_INVALID, "the jwtToken lacks its subject or expiry");
        }
        if (!now.isBefore(Instant.ofEpochSecond(Long.parseLong(expires.group(1))))) {
            return new Invalid(Refusal.Reason.TOKEN_EXPIRED, "the jwtToken expired");
        }
        if (session == null) {
            return new Invalid(Refusal.Reason.TOKEN_INVALID, "the jwtToken was logged out");
        }
        return new Valid(subject.group(1));
    }

    /** Checks an LTPA token: known, not logged out, not expired on {@code now}. */
    public Check checkLtpa(String ltpa, Instant now) {
        Session session = sessions.get(ltpa);
        if (session == null || !ltpa.equals(session.ltpa())) {
            return new Invalid(Refusal.Reason.TOKEN_INVALID, "the LtpaToken2 is not known (never issued or logged out)");
        }
        if (!now.isBefore(session.expires())) {
            return new Invalid(Refusal.Reason.TOKEN_EXPIRED, "the LtpaToken2 expired");
        }
        return new Valid(session.userid());
    }

    /** Ends the session a token belongs to (both of its tokens). Returns false if the token was not live. */
    public boolean logout(String jwtOrLtpa) {
        Session session = sessions.get(jwtOrLtpa);
        if (session == null) {
            String[] parts = jwtOrLtpa.split("\\.", -1);
            if (parts.length == 3) {
                try {
                    Matcher id = TOKEN_ID.matcher(new String(URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8));
                    session = id.find() ? sessions.get(id.group(1)) : null;
                } catch (IllegalArgumentException e) {
                    session = null;
                }
            }
        }
        if (session == null) {
            return false;
        }
        sessions.remove(session.jwtId());
        sessions.remove(session.ltpa());
        return true;
    }

    /** Forgets sessions that expired before {@code now}, so that the table does not grow without end. */
    public void purgeExpired(Instant now) {
        sessions.values().removeIf(session -> !now.isBefore(session.expires()));
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

    private String randomId(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return URL.encodeToString(value);
    }

    /** For tests: the payload part of a JWT as text. */
    public static Optional<String> payloadOf(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
