package dev.zosmfsim.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.SimulatedSystem;
import dev.zosmfsim.console.ConsoleName;
import dev.zosmfsim.console.ConsoleService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The z/OS console services under {@code /zosmf/restconsoles/consoles}: issue a command, collect its messages. */
final class ConsoleRoutes {

    /** Bad requests in the console services' error shape. */
    static final Function<String, ZosmfError> BAD_REQUEST = reason -> ZosmfError.console(400, 1, 4, reason);

    private final SimulatedSystem system;
    private final JsonWriter json;

    private ConsoleRoutes(SimulatedSystem system, JsonWriter json) {
        this.system = system;
        this.json = json;
    }

    static void register(RoutesConfig routes, SimulatedSystem system, JsonWriter json) {
        ConsoleRoutes handlers = new ConsoleRoutes(system, json);
        routes.put(ZosmfPaths.CONSOLE, handlers::issue);
        routes.get(ZosmfPaths.CONSOLE_SOLMSGS, handlers::solicitedMessages);
    }

    private void issue(Context ctx) {
        String userid = SecurityFilter.userid(ctx);
        String console = consoleName(ctx, userid);
        JsonNode body = RequestBodies.object(ctx, json, BAD_REQUEST);
        String command = RequestBodies.requiredString(body, "cmd", BAD_REQUEST);
        if (command.isBlank()) {
            throw BAD_REQUEST.apply("the field 'cmd' must not be empty");
        }
        String solKey = RequestBodies.optionalString(body, "sol-key", BAD_REQUEST);
        boolean solKeyRegex = RequestBodies.yesNo(body, "sol-key-reg", false, BAD_REQUEST);
        String targetSystem = RequestBodies.optionalString(body, "system", BAD_REQUEST);
        RequestBodies.yesNo(body, "async", false, BAD_REQUEST);
        if (targetSystem != null && !targetSystem.equalsIgnoreCase(system.identity().sysname())) {
            throw ZosmfError.console(400, 1, 8, "system " + targetSystem + " is not in the sysplex; the only system is "
                    + system.identity().sysname());
        }
        ConsoleService.Issued issued = system.consoles().issue(userid, console, command, solKey, solKeyRegex);
        Map<String, Object> response = new LinkedHashMap<>();
        String uri = "/zosmf/restconsoles/consoles/" + pathName(ctx) + "/solmsgs/" + issued.responseKey();
        response.put("cmd-response-key", issued.responseKey());
        response.put("cmd-response-url", baseUrl(ctx) + uri);
        response.put("cmd-response-uri", uri);
        response.put("cmd-response", joinLines(issued.lines()));
        issued.solKeyDetected().ifPresent(detected -> response.put("sol-key-detected", detected));
        json.write(ctx, 200, response);
    }

    private void solicitedMessages(Context ctx) {
        String userid = SecurityFilter.userid(ctx);
        String console = consoleName(ctx, userid);
        String key = ctx.pathParam("key");
        Optional<List<String>> lines = system.consoles().collect(console, key);
        if (lines.isEmpty()) {
            throw ZosmfError.console(404, 1, 7, "no command response with key " + key + " on console " + console);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("cmd-response", joinLines(lines.get()));
        json.write(ctx, 200, response);
    }

    private static String consoleName(Context ctx, String userid) {
        try {
            return ConsoleName.resolve(pathName(ctx), userid);
        } catch (ConsoleName.InvalidConsoleNameException e) {
            throw ZosmfError.console(400, 1, 2, e.getMessage());
        }
    }

    private static String pathName(Context ctx) {
        return ctx.pathParam("name");
    }

    /** z/OSMF separates the lines of a command response with carriage returns. */
    private static String joinLines(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\r", lines) + "\r";
    }

    private static String baseUrl(Context ctx) {
        String host = ctx.header("Host");
        return "https://" + (host == null ? "127.0.0.1" : host);
    }
}
