package dev.zosmfsim.admin.rest;

import dev.zosmfsim.admin.AdminException;
import dev.zosmfsim.admin.AdminRecords;
import dev.zosmfsim.admin.SimulatorAdmin;
import dev.zosmfsim.scenario.Scenario;
import io.javalin.config.RoutesConfig;

/** {@code /faults}: the fault rules in force, new ones, their removal, and their firings. */
final class FaultRoutes {

    private FaultRoutes() {
    }

    static void register(RoutesConfig routes, SimulatorAdmin admin, AdminHandlers handlers) {
        String faults = AdminModule.PREFIX + "/faults";
        routes.get(faults, ctx -> handlers.answer(ctx, 200, new AdminRecords.FaultList(admin.faults())));
        routes.post(faults, ctx -> handlers.answer(ctx, 201,
                new AdminRecords.FaultId(admin.addFault(handlers.read(ctx, Scenario.FaultSpec.class)))));
        routes.delete(faults, ctx -> {
            admin.clearFaults();
            ctx.status(204);
        });
        routes.get(faults + "/firings", ctx -> handlers.answer(ctx, 200,
                new AdminRecords.Firings(admin.faultFirings())));
        routes.delete(faults + "/{id}", ctx -> {
            if (!admin.removeFault(ctx.pathParam("id"))) {
                throw AdminException.notFound("no fault rule has the id " + ctx.pathParam("id")
                        + " (rule ids are F1, F2, ...: GET /zosmf-sim/v1/faults lists them)");
            }
            ctx.status(204);
        });
    }
}
