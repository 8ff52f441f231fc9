package dev.zosmfsim.security.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.http.Errors;
import dev.zosmfsim.http.JsonWriter;
import dev.zosmfsim.http.LoggedOnUser;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.security.AuthResult;
import dev.zosmfsim.security.Refusal;
import dev.zosmfsim.security.TokenService;
import dev.zosmfsim.system.SimulatedSystem;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;

/** The authentication services' handlers: log on, log off, change a password. */
final class AuthenticationRoutes {

    private final ServerContext context;
    private final JsonWriter json;

    AuthenticationRoutes(ServerContext context) {
        this.context = context;
        this.json = context.json();
    }

    void logon(Context ctx) {
        Instant now = system().clock().now();
        Duration lifetime = system().zosmfSettings().sessionExpire();
        TokenService.Tokens tokens = system().tokens().issue(LoggedOnUser.of(ctx), now, lifetime);
        setCookie(ctx, "jwtToken", tokens.jwt());
        setCookie(ctx, "LtpaToken2", tokens.ltpa());
        json.write(ctx, 200, java.util.Map.of("returnCode", 0, "reasonCode", 0,
                "message", "User " + tokens.userid() + " logged on"));
    }

    void logoff(Context ctx) {
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

    void changePassword(Context ctx) {
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
        return context.system();
    }
}
