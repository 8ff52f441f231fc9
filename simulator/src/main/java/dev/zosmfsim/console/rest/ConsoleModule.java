package dev.zosmfsim.console.rest;

import dev.zosmfsim.console.ConsoleException;
import dev.zosmfsim.console.ConsoleName;
import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.http.BaseServiceModule;
import dev.zosmfsim.http.FaultSubject;
import dev.zosmfsim.http.JsonWriter;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.http.ZosmfError;
import dev.zosmfsim.syslog.rest.LogRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * The z/OS console services under {@code /zosmf/restconsoles}, the hardcopy log ({@code v1/log}) among them. Their
 * errors have their own shape, {@code {"reason", "return-code", "reason-code"}}: bad requests have return code 1
 * with the reason codes z/OSMF uses (6 not application/json, 12 body not JSON, 13 no cmd, 14 bad console name or key
 * expression, 17 command too long, 22 a log parameter that does not fit, 24 a system name the log does not know) and
 * 4 for other bad field values.
 */
public final class ConsoleModule extends BaseServiceModule {

    public static final String PREFIX = "/zosmf/restconsoles";
    static final String CONSOLES = PREFIX + "/consoles/";

    public ConsoleModule() {
        super("console", PREFIX, FaultService.CONSOLE);
    }

    /** The console a path names, resolved as the service resolves it, and the command a PUT carries. */
    @Override
    public FaultSubject faultSubject(Context ctx, String userid, JsonWriter json) {
        String path = ctx.path();
        String console = null;
        if (path.startsWith(CONSOLES) && userid != null) {
            String rest = path.substring(CONSOLES.length());
            int slash = rest.indexOf('/');
            try {
                console = ConsoleName.resolve(slash < 0 ? rest : rest.substring(0, slash), userid);
            } catch (IllegalArgumentException e) {
                console = null; // the handler refuses the name; rules just see no console
            }
        }
        String command = ctx.method() == HandlerType.PUT ? RequestBodies.peekString(ctx, json, "/cmd") : null;
        return new FaultSubject(console, command);
    }

    @Override
    public ZosmfError stopping() {
        return ZosmfError.console(503, 2, 99, "z/OSMF is stopping; the request was not completed");
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        ConsoleRoutes handlers = new ConsoleRoutes(context);
        routes.put(CONSOLES + "{name}", handlers::issue);
        routes.get(CONSOLES + "{name}/solmsgs/{key}", handlers::solicitedMessages);
        routes.get(CONSOLES + "{name}/detections/{key}", handlers::detection);
        LogRoutes.register(routes, context, PREFIX);
        routes.exception(ConsoleException.class, (error, ctx) -> context.json().write(ctx, ZosmfError.console(
                error.kind().status(), error.returnCode(), error.reasonCode(), error.getMessage())));
    }

    @Override
    public ZosmfError badRequest(String text) {
        return badFieldValue(text);
    }

    /** A bad field value: return code 1, reason code 4. */
    static ZosmfError badFieldValue(String reason) {
        return ZosmfError.console(400, 1, 4, reason);
    }
}
