package dev.zosmfsim.http;

import dev.zosmfsim.SimulatedSystem;
import java.util.function.Supplier;
import dev.zosmfsim.security.AuthResult;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Runs before every z/OSMF route: logs the request on (or refuses it with 401) and applies the CSRF check that
 * z/OSMF makes on every request that changes state.
 */
final class SecurityFilter {

    static final String USERID = "zosmf-sim.userid";

    private final Supplier<SimulatedSystem> systems;

    SecurityFilter(Supplier<SimulatedSystem> systems) {
        this.systems = systems;
    }

    void handle(Context ctx) {
        if (!system().zosmf().running()) {
            throw Errors.zosmfDown();
        }
        HandlerType method = ctx.method();
        boolean changesState = method == HandlerType.PUT || method == HandlerType.POST || method == HandlerType.DELETE;
        if (!needsLogon(method, ctx.path())) {
            requireCsrfHeader(ctx, changesState);
            return;
        }
        AuthResult result = system().authenticator().authenticate(CredentialsReader.read(ctx));
        if (result instanceof AuthResult.Refused refused) {
            throw Errors.refused(refused.refusal());
        }
        ctx.attribute(USERID, ((AuthResult.LoggedOn) result).userid());
        requireCsrfHeader(ctx, changesState);
    }

    /** The logged-on userid of a request that passed this filter. */
    static String userid(Context ctx) {
        return ctx.attribute(USERID);
    }

    /** {@code /zosmf/info} is open to all; a password change is how a user with an expired password gets in. */
    private static boolean needsLogon(HandlerType method, String path) {
        if (method == HandlerType.GET && path.equals(ZosmfPaths.INFO)) {
            return false;
        }
        return !(method == HandlerType.PUT && path.equals(ZosmfPaths.AUTHENTICATE));
    }

    private static void requireCsrfHeader(Context ctx, boolean changesState) {
        if (changesState && ctx.header("X-CSRF-ZOSMF-HEADER") == null) {
            throw Errors.missingCsrfHeader(ctx.method().name(), ctx.path(), String.valueOf(ctx.header("Host")));
        }
    }

    /** The system as it is now (an admin reset replaces it). */
    private SimulatedSystem system() {
        return systems.get();
    }
}
