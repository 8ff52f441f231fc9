package dev.zosmfsim.http;

import dev.zosmfsim.SimulatedSystem;
import java.util.function.Supplier;
import dev.zosmfsim.zosmf.ZosmfInfo;
import io.javalin.config.RoutesConfig;

/** {@code GET /zosmf/info}: the z/OSMF information retrieval service; needs no logon. */
final class InfoRoutes {

    private InfoRoutes() {
    }

    static void register(RoutesConfig routes, Supplier<SimulatedSystem> systems, JsonWriter json) {
        routes.get(ZosmfPaths.INFO, ctx -> {
            SimulatedSystem system = systems.get();
            json.write(ctx, 200, ZosmfInfo.body(system.identity(), system.zosmfSettings(), system.zosmfHostname()));
        });
    }
}
