package dev.zosmfsim.security.rest;

import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.http.BaseServiceModule;
import dev.zosmfsim.http.ServerContext;
import io.javalin.config.RoutesConfig;
import dev.zosmfsim.zosmf.ZosmfFunction;
import dev.zosmfsim.zosmf.ZosmfMaintenance;
import io.javalin.http.HandlerType;

/**
 * The z/OSMF authentication services at {@code /zosmf/services/authenticate}: POST logs on and sets the
 * {@code jwtToken} and {@code LtpaToken2} cookies, DELETE logs off, PUT changes a password. Errors have the core
 * services' shape ({@code returnCode}, {@code reasonCode}, {@code message}).
 */
public final class AuthenticationModule extends BaseServiceModule {

    public static final String PATH = "/zosmf/services/authenticate";

    public AuthenticationModule() {
        super("auth", PATH, FaultService.AUTH);
    }

    /** A password change is how a user with an expired password gets in: it needs no logon. */
    @Override
    public Logon logon(HandlerType method, String path) {
        return method == HandlerType.PUT && path.equals(PATH) ? Logon.OPEN : Logon.ZOSMF_USER;
    }

    /** The authentication services come with APAR PH12143 on V2R3 and V2R4 (in z/OSMF's base from V2R5 on). */
    @Override
    public boolean present(HandlerType method, String path, ZosmfMaintenance maintenance) {
        return maintenance.provides(ZosmfFunction.JWT);
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        AuthenticationRoutes handlers = new AuthenticationRoutes(context);
        routes.post(PATH, handlers::logon);
        routes.delete(PATH, handlers::logoff);
        routes.put(PATH, handlers::changePassword);
    }
}
