package dev.zosmfsim.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.SimulatedSystem;
import java.util.function.Supplier;
import dev.zosmfsim.security.AuthResult;
import dev.zosmfsim.security.Refusal;
import dev.zosmfsim.security.TokenService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;

/**
 * The z/OSMF authentication services at {@code /zosmf/services/authenticate}: POST logs on and sets the
 * {@code jwtToken} and {@code LtpaToken2} cookies, DELETE logs off, PUT changes a password.
 */
final class AuthenticationRoutes {

    private final Supplier<SimulatedSystem> systems;
    private final JsonWriter json;

    private AuthenticationRoutes(Supplier<SimulatedSystem> systems, JsonWriter json) {
        this.systems = systems;
        this.json = json;
    }

    static void register(RoutesConfig routes, Supplier<SimulatedSystem> systems, JsonWriter json) {
        AuthenticationRoutes handlers = new AuthenticationRoutes(systems, json);
        routes.post(ZosmfPaths.AUTHENTICATE, handlers::logon);
        routes.delete(ZosmfPaths.AUTHENTICATE, handlers::logoff);
        routes.put(ZosmfPaths.AUTHENTICATE, handlers::changePassword);
    }

    private void logon(Context ctx) {
        Instant now = system().clock().now();
        Duration lifetime = system().zosmfSettings().sessionExpire();
        TokenService.Tokens tokens = system().tokens().issue(SecurityFilter.userid(ctx), now, lifetime);
        setCookie(ctx, "jwtToken", tokens.jwt());
        setCookie(ctx, "LtpaToken2", tokens.ltpa());
        json.write(ctx, 200, java.util.Map.of("returnCode", 0, "reasonCode", 0,
                "message", "User " + tokens.userid() + " logged on"));
    }

    private void logoff(Context ctx) {
        String jwt = ctx.cookie("jwtToken");
        String ltpa = ctx.cookie("LtpaToken2");
        if (jwt != null) {
            system().tokens().logout(jwt, system().clock().now());
        }
        if (ltpa != null) {
            system().tokens().logout(ltpa, system().clock().now());
        }
        ctx.header("Set-Cookie", "jwtToken=; Path=/; Secure; HttpOnly; Max-Age=0");
        ctx.res().addHeader("Set-Cookie", "LtpaToken2=; Path=/; Secure; HttpOnly; Max-Age=0");
        ctx.status(204);
    }

    private void changePassword(Context ctx) {
        JsonNode body = RequestBodies.object(ctx, json, RequestBodies.CORE);
        String userid = RequestBodies.requiredString(body, "userID", RequestBodies.CORE);
        String oldPassword = RequestBodies.requiredString(body, "oldPwd", RequestBodies.CORE);
        String newPassword = RequestBodies.requiredString(body, "newPwd", RequestBodies.CORE);
        AuthResult result = system().authenticator().changePassword(userid, oldPassword, newPassword);
        if (result instanceof AuthResult.Refused refused) {
            if (refused.refusal().reason() == Refusal.Reason.NEW_PASSWORD_INVALID) {
                throw Errors.badRequest(refused.refusal().detail());
            }
            throw Errors.refused(refused.refusal());
        }
        json.write(ctx, 200, java.util.Map.of("returnCode", 0, "reasonCode", 0,
                "message", "The password of " + ((AuthResult.LoggedOn) result).userid() + " was changed"));
    }

    private static void setCookie(Context ctx, String name, String value) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Secure; HttpOnly");
    }

    /** The system as it is now (an admin reset replaces it). */
    private SimulatedSystem system() {
        return systems.get();
    }
}
