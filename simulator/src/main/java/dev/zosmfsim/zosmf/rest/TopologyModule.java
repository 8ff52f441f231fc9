package dev.zosmfsim.zosmf.rest;

import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.http.BaseServiceModule;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.system.SimulatedSystem;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * z/OSMF's topology services under {@code /zosmf/resttopology}: {@code GET systems} lists the systems defined to
 * z/OSMF: every system of the simulated system's sysplex, z/OSMF's host first (what `zowe zosmf list systems`
 * shows).
 */
public final class TopologyModule extends BaseServiceModule {

    public static final String PREFIX = "/zosmf/resttopology";

    public TopologyModule() {
        super("topology", PREFIX, FaultService.TOPOLOGY);
    }

    /** The list, as z/OSMF answers it: {@code numRows} and one item per defined system. */
    record Systems(int numRows, List<DefinedSystem> items) {
    }

    /**
     * A system definition, with the fields the Zowe SDK's IDefinedSystem names; {@code url} is the z/OSMF instance in
     * the system's sysplex, here the address the client reached.
     */
    record DefinedSystem(String systemNickName, String groupNames, String cpcSerial, String zosVR, String systemName,
            String jesType, String sysplexName, String jesMemberName, String httpProxyName, String ftpDestinationName,
            String url, String cpcName) {
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get(PREFIX + "/systems", ctx -> {
            List<SimulatedSystem> members = context.system().sysplex().members();
            // one z/OSMF for the sysplex: every system's url is the instance the client reached; one CPC for all
            String url = ServerContext.connectedUrl(ctx);
            String cpcName = context.system().identity().sysname() + "CPC";
            List<DefinedSystem> items = members.stream().map(SimulatedSystem::identity)
                    .map(system -> new DefinedSystem(system.sysname(), "", CPC_SERIAL, system.zosVersion(),
                            system.sysname(), "JES2", system.sysplex(), system.sysname(), "", "", url, cpcName))
                    .toList();
            context.json().write(ctx, 200, new Systems(items.size(), items));
        });
    }

    /** The CPC's serial number: no source gives one for a simulated machine (chosen). */
    private static final String CPC_SERIAL = "0A8C27";
}
