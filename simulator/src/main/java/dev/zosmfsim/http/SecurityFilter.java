package dev.zosmfsim.http;

import dev.zosmfsim.security.AuthResult;
import dev.zosmfsim.system.SimulatedSystem;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs before every z/OSMF route: logs the request on (or refuses it with 401) when the service that owns the path
 * asks for a logon, and applies the CSRF check that z/OSMF makes on every request that changes state. A path under
 * {@code /zosmf} that no service owns needs a logon too, as on z/OSMF, before it is answered 404.
 */
final class SecurityFilter {

    static final String USERID = "zosmf-sim.userid";

    private final Supplier<SimulatedSystem> systems;
    private final ServiceDirectory services;

    SecurityFilter(Supplier<SimulatedSystem> systems, ServiceDirectory services) {
        this.systems = systems;
        this.services = services;
    }

    /** Headers that ask a server to take a request for another method than the one it came with. */
    private static final String[] METHOD_OVERRIDES = {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"};

    void handle(Context ctx) {
        for (String header : METHOD_OVERRIDES) {
            if (ctx.header(header) != null) {
                // honoured, a GET that a page may send across sites would act as a DELETE
                String text = "the " + header + " header is not taken: send the request with its own method";
                throw services.owner(ctx.path()).map(module -> module.badRequest(text)).orElse(Errors.badRequest(text));
            }
        }
        Optional<ServiceModule> owner = services.owner(ctx.path());
        // z/OSMF's paths: those under /zosmf and those its services own elsewhere (the JWT builder's /jwt)
        boolean zosmfPath = owner.isPresent() || ctx.path().startsWith(ServiceDirectory.ZOSMF_PREFIX + "/");
        ServiceModule.Logon logon = owner.map(module -> module.logon(ctx.method(), ctx.path()))
                .orElse(zosmfPath ? ServiceModule.Logon.ZOSMF_USER : ServiceModule.Logon.OPEN);
        if (logon == ServiceModule.Logon.ADMIN || !zosmfPath) {
            return; // the admin API checks its own callers; other paths are nobody's and get 404
        }
        SimulatedSystem system = systems.get();
        if (!system.zosmf().running()) {
            throw Errors.zosmfDown();
        }
        if (owner.isPresent() && !owner.get().present(ctx.method(), ctx.path(), system.zosmfMaintenance())) {
            throw Errors.notFound(ctx.method().name(), ctx.path());
        }
        if (logon == ServiceModule.Logon.ZOSMF_USER) {
            AuthResult result = system.authenticator().authenticate(CredentialsReader.read(ctx));
            if (result instanceof AuthResult.Refused refused) {
                throw Errors.refused(refused.refusal());
            }
            ctx.attribute(USERID, ((AuthResult.LoggedOn) result).userid());
        }
        if (CsrfCheck.fails(ctx)) {
            throw Errors.missingCsrfHeader(String.valueOf(ctx.header("Host")));
        }
    }

    /** The logged-on userid of a request that passed this filter (null if it needed no logon). */
    static String userid(Context ctx) {
        return ctx.attribute(USERID);
    }
}
