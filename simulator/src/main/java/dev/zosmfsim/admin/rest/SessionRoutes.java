package dev.zosmfsim.admin.rest;

import dev.zosmfsim.admin.AdminException;
import dev.zosmfsim.admin.AdminRecords;
import dev.zosmfsim.admin.SimulatorAdmin;
import io.javalin.config.RoutesConfig;

/** {@code /sessions}: the CEA address spaces, and their cancel as the operator would. */
final class SessionRoutes {

    private SessionRoutes() {
    }

    static void register(RoutesConfig routes, SimulatorAdmin admin, AdminHandlers handlers) {
        String sessions = AdminModule.PREFIX + "/sessions";
        routes.get(sessions, ctx -> handlers.answer(ctx, 200, new AdminRecords.Sessions(admin.sessions())));
        routes.delete(sessions, ctx -> {
            String user = ctx.queryParam("user");
            if (user == null) {
                throw AdminException.badRequest("name the user whose address spaces end: ?user=USERID[&asid=004E]");
            }
            String asid = ctx.queryParam("asid");
            if (asid != null && !asid.matches("[0-9A-Fa-f]{1,4}")) {
                throw AdminException.badRequest("asid: expected 1-4 hexadecimal digits, got '" + asid + "'");
            }
            handlers.answer(ctx, 200, new AdminRecords.Messages(admin.cancel(user,
                    asid == null ? null : Integer.parseInt(asid, 16))));
        });
    }
}
