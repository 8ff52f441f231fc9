package dev.zosmfsim.zosmf.rest;

import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.http.BaseServiceModule;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.zosmf.ZosmfInfo;
import io.javalin.config.RoutesConfig;
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
            context.json().write(ctx, 200, InfoBody.of(ZosmfInfo.of(system.identity(), system.zosmfSettings(),
                    system.zosmfHostname())));
        });
    }
}
