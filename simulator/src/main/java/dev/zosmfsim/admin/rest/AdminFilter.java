package dev.zosmfsim.admin.rest;

import dev.zosmfsim.http.CredentialsReader;
import dev.zosmfsim.http.CsrfCheck;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.security.AuthResult;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.system.SimulatedSystem;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lets only the admin into the admin API: a request must carry the admin token ({@code Authorization: Bearer ...})
 * or a client certificate that logs on as a user with the SPECIAL attribute. A browser presents its certificate to
 * any page's request on its own, so a state-changing request authenticated by a certificate must also carry
 * X-CSRF-ZOSMF-HEADER, which a page cannot add to a cross-site request without the server's consent; the Bearer token
 * is never sent by a browser unasked. A POST or PUT whose body is declared as anything but JSON is refused, so that
 * a form (which a page may post across sites) can never act on the admin API.
 */
final class AdminFilter {

    private final Supplier<SimulatedSystem> systems;
    private final byte[] token;

    AdminFilter(Supplier<SimulatedSystem> systems, String token) {
        this.systems = systems;
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    void handle(Context ctx) {
        boolean byCertificate = authenticate(ctx);
        HandlerType method = ctx.method();
        if (byCertificate && CsrfCheck.fails(ctx)) {
            throw AdminModule.error(403, 5, "a " + method + " authenticated by a client certificate must carry the"
                    + " X-CSRF-ZOSMF-HEADER header (any value): without it the request may come from another site's"
                    + " page");
        }
        String contentType = ctx.header("Content-Type");
        boolean carriesBody = method == HandlerType.POST || method == HandlerType.PUT;
        if (carriesBody && contentType != null && !RequestBodies.isJson(contentType)) {
            throw AdminModule.error(400, 6, "the admin API takes JSON bodies only: send Content-Type: application/json"
                    + " (or none, for a request without a body), not " + contentType);
        }
    }

    /** Lets the admin through or throws; true when the admin came by a client certificate, false by the token. */
    private boolean authenticate(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, 6)) {
            byte[] given = authorization.substring(6).trim().getBytes(StandardCharsets.US_ASCII);
            if (given.length > 0 && MessageDigest.isEqual(given, token)) {
                return false;
            }
            throw AdminModule.error(401, 1, "the admin token is not correct");
        }
        // a password (Basic) never opens the admin API, however it is written: only the certificate counts
        List<X509Certificate> certificates = CredentialsReader.certificates(ctx);
        if (!certificates.isEmpty()) {
            SimulatedSystem system = systems.get();
            AuthResult result = system.authenticator().byCertificate(certificates.get(0), system.clock().now());
            if (result instanceof AuthResult.LoggedOn loggedOn) {
                boolean special = system.racf().user(loggedOn.userid()).map(UserProfile::special).orElse(false);
                if (special) {
                    return true;
                }
                throw AdminModule.error(403, 2, "user " + loggedOn.userid() + " does not have the SPECIAL attribute;"
                        + " the admin API is for the admin token or a SPECIAL user's certificate");
            }
            throw AdminModule.error(401, 3, "the client certificate does not log on: "
                    + ((AuthResult.Refused) result).refusal().detail());
        }
        throw AdminModule.error(401, 4, "the admin API needs the admin token (Authorization: Bearer <token>, printed"
                + " at start and written to admin-token in the output folder) or a SPECIAL user's client certificate");
    }
}
