package dev.zosmfsim.syslog.rest;

import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.syslog.Hardcopy;
import dev.zosmfsim.syslog.LogPage;
import dev.zosmfsim.syslog.OperLog;
import dev.zosmfsim.syslog.SystemLog;
import dev.zosmfsim.system.SimulatedSystem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /zosmf/restconsoles/v1/log}, "get messages from the hardcopy log": part of the console services (their
 * path, logon rule and error shape), answered from the system's {@link SystemLog}.
 */
public final class LogRoutes {

    /** Where the log lives under the console services' prefix. */
    public static final String PATH = "/v1/log";

    private final ServerContext context;

    private LogRoutes(ServerContext context) {
        this.context = context;
    }

    /** Adds the log's route under {@code prefix}, the console services' path. */
    public static void register(RoutesConfig routes, ServerContext context, String prefix) {
        routes.get(prefix + PATH, new LogRoutes(context)::read);
    }

    private void read(Context ctx) {
        LogParameters parameters = LogParameters.of(ctx);
        SimulatedSystem system = context.system();
        // OPERLOG is the sysplex's log, merged from every member's; SYSLOG is one system's, by default z/OSMF's own
        List<SystemLog> logs = system.sysplex().members().stream().map(SimulatedSystem::hardcopyLog)
                .filter(log -> parameters.sysName() == null || parameters.sysName().equals(log.system())).toList();
        if (logs.isEmpty()) {
            throw LogParameters.refused(LogParameters.BAD_SYSTEM, "System " + parameters.sysName()
                    + " is not a system of sysplex " + system.sysplex().name());
        }
        LogPage page = parameters.hardcopy() == Hardcopy.OPERLOG ? OperLog.read(logs, parameters.query())
                : (parameters.sysName() == null ? system.hardcopyLog() : logs.get(0)).read(parameters.query());
        context.json().write(ctx, 200, new LogResponse(LogResponse.hours(system.identity().localOffset()),
                page.next().toEpochMilli(), parameters.hardcopy().name(), page.entries().size(),
                page.entries().stream().map(LogResponse.Item::of).toList()));
    }
}
