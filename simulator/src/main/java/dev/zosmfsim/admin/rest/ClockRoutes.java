package dev.zosmfsim.admin.rest;

import dev.zosmfsim.admin.AdminException;
import dev.zosmfsim.admin.AdminRecords;
import dev.zosmfsim.admin.SimulatorAdmin;
import dev.zosmfsim.scenario.DurationText;
import io.javalin.config.RoutesConfig;
import java.time.Duration;

/** {@code /clock}: read, switch and move the clock. */
final class ClockRoutes {

    private ClockRoutes() {
    }

    static void register(RoutesConfig routes, SimulatorAdmin admin, AdminHandlers handlers) {
        routes.get(AdminModule.PREFIX + "/clock", ctx -> handlers.answer(ctx, 200, admin.clockState()));
        routes.put(AdminModule.PREFIX + "/clock", ctx -> {
            AdminRecords.ClockSetting setting = handlers.read(ctx, AdminRecords.ClockSetting.class);
            handlers.answer(ctx, 200, admin.setClockMode(setting.mode(), setting.scale()));
        });
        routes.post(AdminModule.PREFIX + "/clock/advance", ctx -> {
            AdminRecords.Advance advance = handlers.read(ctx, AdminRecords.Advance.class);
            handlers.answer(ctx, 200, admin.advanceClock(duration(advance.by())));
        });
    }

    private static Duration duration(String text) {
        if (text == null) {
            throw AdminException.badRequest("the field 'by' is required, such as {\"by\":\"60s\"}");
        }
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest("by: " + e.getMessage());
        }
    }
}
