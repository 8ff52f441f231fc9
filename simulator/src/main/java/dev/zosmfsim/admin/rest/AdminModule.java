package dev.zosmfsim.admin.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.zosmfsim.admin.AdminException;
import dev.zosmfsim.admin.SimulatorAdmin;
import dev.zosmfsim.http.Errors;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.http.BaseServiceModule;
import dev.zosmfsim.http.ZosmfError;
import dev.zosmfsim.scenario.Scenario;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;

/**
 * The simulator's own admin API under {@code /zosmf-sim/v1}, for the admin token or a SPECIAL user's client
 * certificate. Its errors use z/OSMF's core shape with the simulator's own message ids (ZSIMnnnE). Fault rules do
 * not reach it.
 */
public final class AdminModule extends BaseServiceModule {

    public static final String PREFIX = "/zosmf-sim/v1";

    private final SimulatorAdmin admin;
    private final String adminToken;

    public AdminModule(SimulatorAdmin admin, String adminToken) {
        super("admin", PREFIX, null);
        this.admin = admin;
        this.adminToken = adminToken;
    }

    @Override
    public Logon logon(HandlerType method, String path) {
        return Logon.ADMIN;
    }

    @Override
    public ZosmfError badRequest(String text) {
        return badRequestError(text);
    }

    static ZosmfError badRequestError(String text) {
        return error(400, 13, text);
    }

    /** An admin API error: z/OSMF's core shape with return code 8 and the simulator's own message id. */
    static ZosmfError error(int status, int reasonCode, String text) {
        return ZosmfError.core(status, 8, reasonCode, "ZSIM" + status + "E", text);
    }

    @Override
    public ZosmfError stopping() {
        return Errors.stopping();
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.before(PREFIX + "/*", new AdminFilter(context.systems(), adminToken)::handle);
        // fault rules and certificate maps are listed in the scenario's form, without the fields they leave out
        for (Class<?> type : new Class<?>[] {Scenario.FaultSpec.class, Scenario.FaultMatchSpec.class,
                Scenario.FaultWhenSpec.class, Scenario.FaultEffectSpec.class, Scenario.FaultErrorSpec.class,
                Scenario.FaultTrickleSpec.class, Scenario.CertificateMapSpec.class}) {
            context.json().mapper().configOverride(type).setInclude(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
        }
        AdminHandlers handlers = new AdminHandlers(context.json());
        ClockRoutes.register(routes, admin, handlers);
        FaultRoutes.register(routes, admin, handlers);
        ZosmfRoutes.register(routes, admin, handlers);
        UserRoutes.register(routes, admin, handlers);
        SessionRoutes.register(routes, admin, handlers);
        StateRoutes.register(routes, admin, handlers);
        routes.exception(AdminException.class, (refused, ctx) -> context.json().write(ctx,
                error(refused.status(), refused.reasonCode(), refused.getMessage())));
    }
}
