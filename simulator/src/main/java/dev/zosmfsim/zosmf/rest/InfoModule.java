package dev.zosmfsim.zosmf.rest;

import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.http.BaseServiceModule;
import dev.zosmfsim.http.CredentialsReader;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.security.AuthResult;
import dev.zosmfsim.security.Credentials;
import dev.zosmfsim.security.TokenService;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.zosmf.ZosmfFunction;
import dev.zosmfsim.zosmf.ZosmfInfo;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/** {@code GET /zosmf/info}: the z/OSMF information retrieval service; needs no logon. */
public final class InfoModule extends BaseServiceModule {

    public static final String PATH = "/zosmf/info";

    public InfoModule() {
        super("info", PATH, FaultService.INFO);
    }

    @Override
    public Logon logon(HandlerType method, String path) {
        return method == HandlerType.GET && path.equals(PATH) ? Logon.OPEN : Logon.ZOSMF_USER;
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get(PATH, ctx -> {
            SimulatedSystem system = context.system();
            if (!system.zosmfMaintenance().provides(ZosmfFunction.JWT)) {
                ltpaForPassword(ctx, system);
            }
            context.json().write(ctx, 200, InfoBody.of(ZosmfInfo.of(system.identity(), system.zosmfSettings(),
                    system.zosmfHostname())));
        });
    }

    /**
     * A z/OSMF without the authentication services (no APAR PH12143) hands out its LTPA token on a request that a
     * user and password authenticate; the Zowe API ML logs on through {@code /zosmf/info} there. Credentials that
     * do not verify get the information without a token.
     */
    private static void ltpaForPassword(Context ctx, SimulatedSystem system) {
        Credentials credentials = CredentialsReader.read(ctx);
        if (credentials.userid() == null || credentials.password() == null) {
            return;
        }
        if (system.authenticator().byPassword(credentials.userid(), credentials.password())
                instanceof AuthResult.LoggedOn loggedOn) {
            TokenService.Tokens tokens = system.tokens().issueLtpa(loggedOn.userid(), system.clock().now(),
                    system.zosmfSettings().sessionExpire());
            ctx.res().addHeader("Set-Cookie", "LtpaToken2=" + tokens.ltpa() + "; Path=/; Secure; HttpOnly");
        }
    }
}
