package dev.zosmfsim.http;

import dev.zosmfsim.security.Credentials;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** Reads what a request carries to prove who it is: Basic header, TLS client certificate, token cookies. */
public final class CredentialsReader {

    /** Where Jetty's SecureRequestCustomizer puts the client's certificate chain. */
    static final String CLIENT_CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private CredentialsReader() {
    }

    public static Credentials read(Context ctx) {
        String userid = null;
        String password = null;
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = decodeBasic(authorization.substring(6).trim());
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw Errors.malformedAuthorization();
            }
            userid = decoded.substring(0, colon);
            password = decoded.substring(colon + 1);
        } else if (authorization != null) {
            throw Errors.malformedAuthorization();
        }
        return new Credentials(userid, password, certificates(ctx), ctx.cookie("jwtToken"), ctx.cookie("LtpaToken2"));
    }

    /** The client certificate chain the TLS handshake presented; empty if none. */
    public static List<X509Certificate> certificates(Context ctx) {
        Object chain = ctx.req().getAttribute(CLIENT_CERTIFICATE_ATTRIBUTE);
        return chain instanceof X509Certificate[] array ? List.of(array) : List.of();
    }

    private static String decodeBasic(String encoded) {
        try {
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Errors.malformedAuthorization();
        }
    }
}
