package dev.zosmfsim.admin.rest;

import dev.zosmfsim.admin.AdminException;
import dev.zosmfsim.admin.AdminRecords;
import dev.zosmfsim.admin.SimulatorAdmin;
import io.javalin.config.RoutesConfig;

/** {@code /zosmf} and {@code /operator-command}: z/OSMF's settings, its restart, and any operator command. */
final class ZosmfRoutes {

    private ZosmfRoutes() {
    }

    static void register(RoutesConfig routes, SimulatorAdmin admin, AdminHandlers handlers) {
        routes.get(AdminModule.PREFIX + "/zosmf", ctx -> handlers.answer(ctx, 200, admin.zosmf()));
        routes.put(AdminModule.PREFIX + "/zosmf/settings", ctx -> handlers.answer(ctx, 200,
                admin.configureZosmf(handlers.read(ctx, AdminRecords.ZosmfChange.class))));
        routes.post(AdminModule.PREFIX + "/zosmf/restart", ctx -> handlers.answer(ctx, 200,
                new AdminRecords.Messages(admin.restartZosmf())));
        routes.post(AdminModule.PREFIX + "/operator-command", ctx -> {
            AdminRecords.OperatorCommand command = handlers.read(ctx, AdminRecords.OperatorCommand.class);
            if (command.cmd() == null) {
                throw AdminException.badRequest("the field 'cmd' is required");
            }
            handlers.answer(ctx, 200, new AdminRecords.Messages(admin.operatorCommand(command.cmd())));
        });
    }
}
