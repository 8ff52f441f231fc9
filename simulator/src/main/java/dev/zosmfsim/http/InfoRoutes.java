package dev.zosmfsim.http;

import dev.zosmfsim.SimulatedSystem;
import dev.zosmfsim.zosmf.ZosmfInfo;
import io.javalin.config.RoutesConfig;

/** {@code GET /zosmf/info}: the z/OSMF information retrieval service; needs no logon. */
final class InfoRoutes {

    private InfoRoutes() {
    }

    static void register(RoutesConfig routes, SimulatedSystem system, JsonWriter json) {
        routes.get(ZosmfPaths.INFO, ctx -> json.write(ctx, 200,
                ZosmfInfo.body(system.identity(), system.zosmfSettings(), system.zosmfHostname())));
    }
}
