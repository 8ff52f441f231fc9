package dev.zosmfsim.admin.rest;

import dev.zosmfsim.SimulatorAdmin;
import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.http.Errors;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.http.ServiceModule;
import dev.zosmfsim.http.ZosmfError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;

/**
 * The simulator's own admin API under {@code /zosmf-sim/v1}, for the admin token or a SPECIAL user's client
 * certificate. Its errors use z/OSMF's core shape with the simulator's own message ids (ZSIMnnnE). Fault rules do
 * not reach it.
 */
public final class AdminModule implements ServiceModule {

    public static final String PREFIX = "/zosmf-sim/v1";

    private final SimulatorAdmin admin;
    private final String adminToken;

    public AdminModule(SimulatorAdmin admin, String adminToken) {
        this.admin = admin;
        this.adminToken = adminToken;
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    @Override
    public Logon logon(HandlerType method, String path) {
        return Logon.ADMIN;
    }

    @Override
    public FaultService faultService() {
        return null;
    }

    @Override
    public ZosmfError badRequest(String text) {
        return AdminRoutes.error(400, 13, text);
    }

    @Override
    public ZosmfError stopping() {
        return Errors.stopping();
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.before(PREFIX + "/*", new AdminFilter(context.systems(), adminToken)::handle);
        AdminRoutes.register(routes, admin, context.json());
    }
}
