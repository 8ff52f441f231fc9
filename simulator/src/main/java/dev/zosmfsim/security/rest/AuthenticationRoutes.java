package dev.zosmfsim.security.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.zosmfsim.http.Errors;
import dev.zosmfsim.http.JsonWriter;
import dev.zosmfsim.http.LoggedOnUser;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.http.ZosmfError;
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
        // with the JWT support switched off, z/OSMF logs on with an LTPA token alone
        TokenService.Tokens tokens = system().zosmfMaintenance().buildsJwt()
                ? system().tokens().issue(LoggedOnUser.of(ctx), now, lifetime)
                : system().tokens().issueLtpa(LoggedOnUser.of(ctx), now, lifetime);
        if (tokens.jwt() != null) {
            setCookie(ctx, "jwtToken", tokens.jwt());
        }
        setCookie(ctx, "LtpaToken2", tokens.ltpa());
        json.write(ctx, 200, new ZosmfError.CoreBody(0, 0, "User " + tokens.userid() + " logged on"));
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
        PasswordChange change = RequestBodies.read(ctx, json, PasswordChange.class, RequestBodies.CORE);
        for (String[] field : new String[][] {{"userID", change.userId()}, {"oldPwd", change.oldPassword()},
            {"newPwd", change.newPassword()}}) {
            if (field[1] == null) {
                throw Errors.badRequest("the field '" + field[0] + "' is required");
            }
        }
        AuthResult result = system().authenticator().changePassword(change.userId(), change.oldPassword(),
                change.newPassword());
        if (result instanceof AuthResult.Refused refused) {
            if (refused.refusal().reason() == Refusal.Reason.NEW_PASSWORD_INVALID) {
                throw Errors.badRequest(refused.refusal().detail());
            }
            throw Errors.refused(refused.refusal());
        }
        json.write(ctx, 200, new ZosmfError.CoreBody(0, 0, "The password of " + ((AuthResult.LoggedOn) result).userid()
                + " was changed"));
    }

    /** The body of a password change; other fields are passed over, as z/OSMF does. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PasswordChange(@JsonProperty("userID") String userId, @JsonProperty("oldPwd") String oldPassword,
            @JsonProperty("newPwd") String newPassword) {
    }

    private static void setCookie(Context ctx, String name, String value) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Secure; HttpOnly");
    }

    /** The system as it is now (an admin reset replaces it). */
    private SimulatedSystem system() {
        return context.system();
    }
}
