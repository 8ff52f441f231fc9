package dev.zosmfsim.admin.rest;

import dev.zosmfsim.admin.AdminRecords;
import dev.zosmfsim.admin.SimulatorAdmin;
import io.javalin.config.RoutesConfig;
import java.util.List;

/** {@code /journal}, {@code /izug-log}, {@code /reset} and {@code /scenario}: what happened, and the whole state. */
final class StateRoutes {

    private StateRoutes() {
    }

    static void register(RoutesConfig routes, SimulatorAdmin admin, AdminHandlers handlers) {
        String prefix = AdminModule.PREFIX;
        routes.get(prefix + "/journal", ctx -> handlers.answer(ctx, 200, new AdminRecords.Journal(admin.journal())));
        routes.delete(prefix + "/journal", ctx -> {
            admin.clearJournal();
            ctx.status(204);
        });
        routes.get(prefix + "/izug-log", ctx -> {
            List<String> lines = admin.izugLog();
            ctx.contentType("text/plain; charset=utf-8").result(String.join("\n", lines) + (lines.isEmpty() ? ""
                    : "\n"));
        });
        routes.delete(prefix + "/izug-log", ctx -> {
            admin.clearIzugLog();
            ctx.status(204);
        });
        routes.post(prefix + "/reset", ctx -> {
            admin.reset();
            ctx.status(204);
        });
        routes.get(prefix + "/scenario", ctx -> ctx.contentType("application/yaml; charset=utf-8")
                .result(admin.exportYaml()));
    }
}
