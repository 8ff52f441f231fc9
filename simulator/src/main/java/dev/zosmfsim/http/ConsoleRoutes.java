package dev.zosmfsim.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.SimulatedSystem;
import java.util.function.Supplier;
import dev.zosmfsim.console.ConsoleException;
import dev.zosmfsim.console.ConsoleName;
import dev.zosmfsim.console.ConsoleService;
import dev.zosmfsim.console.IssueRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The z/OS console services under {@code /zosmf/restconsoles/consoles}: issue a command, collect its solicited
 * messages, read an unsolicited-message detection. Thin: the console model does the work.
 */
final class ConsoleRoutes {

    /**
     * Bad requests in the console services' error shape: return code 1 with the reason codes z/OSMF uses (6 not
     * application/json, 12 body not JSON, 13 no cmd, 14 bad console name, 17 command too long); 4 for other bad
     * field values.
     */
    static final Function<String, ZosmfError> BAD_REQUEST = reason -> ZosmfError.console(400, 1, 4, reason);
    static final Function<String, ZosmfError> NOT_JSON = reason -> ZosmfError.console(400, 1, 12, reason);
    static final Function<String, ZosmfError> NOT_JSON_CONTENT = reason -> ZosmfError.console(400, 1, 6, reason);

    /**
     * The request fields z/OSMF knows. The regular-expression flags are spelled solKeyReg and unsolKeyReg in IBM's
     * documentation; the hyphenated spellings are accepted too. auth, routcode, mscope, storage and auto set up the
     * console on its first use; the simulator checks their form and otherwise ignores them.
     */
    private static final Set<String> FIELDS = Set.of("cmd", "sol-key", "solKeyReg", "sol-key-reg", "system", "async",
            "unsol-key", "unsolKeyReg", "unsol-key-reg", "detect-time", "unsol-detect-sync", "unsol-detect-timeout",
            "auth", "routcode", "mscope", "storage", "auto");
    /** Longest operator command z/OS accepts. */
    static final int MAX_COMMAND_LENGTH = 126;
    /** A Host header that may go into the response URLs as it is. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,300}");

    private final Supplier<SimulatedSystem> systems;
    private final JsonWriter json;

    private ConsoleRoutes(Supplier<SimulatedSystem> systems, JsonWriter json) {
        this.systems = systems;
        this.json = json;
    }

    static void register(RoutesConfig routes, Supplier<SimulatedSystem> systems, JsonWriter json) {
        ConsoleRoutes handlers = new ConsoleRoutes(systems, json);
        routes.put(ZosmfPaths.CONSOLE, handlers::issue);
        routes.get(ZosmfPaths.CONSOLE_SOLMSGS, handlers::solicitedMessages);
        routes.get(ZosmfPaths.CONSOLE_DETECTIONS, handlers::detection);
    }

    private void issue(Context ctx) throws InterruptedException {
        String userid = SecurityFilter.userid(ctx);
        String console = consoleName(ctx, userid);
        RequestBodies.requireJsonContent(ctx, NOT_JSON_CONTENT);
        IssueRequest request = parse(RequestBodies.object(ctx, json, NOT_JSON));
        ConsoleService.Issued issued = answer(() -> system().consoles().issue(userid, console, request, ctx.ip()));
        Map<String, Object> response = new LinkedHashMap<>();
        String uri = consolePath(ctx) + "/solmsgs/" + issued.responseKey();
        response.put("cmd-response-key", issued.responseKey());
        response.put("cmd-response-url", baseUrl(ctx) + uri);
        response.put("cmd-response-uri", uri);
        if (!request.async()) {
            response.put("cmd-response", joinLines(issued.lines()));
        }
        issued.solKeyDetected().ifPresent(detected -> response.put("sol-key-detected", detected));
        issued.detectionKey().ifPresent(key -> {
            response.put("detection-key", key);
            response.put("detection-url", baseUrl(ctx) + consolePath(ctx) + "/detections/" + key);
            response.put("detection-uri", consolePath(ctx) + "/detections/" + key);
        });
        issued.detection().ifPresent(result -> {
            response.put("status", result.status());
            result.message().ifPresent(message -> response.put("msg", message));
        });
        json.write(ctx, 200, response);
    }

    private void solicitedMessages(Context ctx) {
        String userid = SecurityFilter.userid(ctx);
        String console = consoleName(ctx, userid);
        ConsoleService.Collected collected = answer(() ->
                system().consoles().collect(userid, console, ctx.pathParam("key")));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("cmd-response", joinLines(collected.lines()));
        collected.solKeyDetected().ifPresent(detected -> response.put("sol-key-detected", detected));
        json.write(ctx, 200, response);
    }

    private void detection(Context ctx) {
        String userid = SecurityFilter.userid(ctx);
        String console = consoleName(ctx, userid);
        ConsoleService.DetectionResult result = answer(() ->
                system().consoles().detection(userid, console, ctx.pathParam("key")));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("status", result.status());
        result.message().ifPresent(message -> response.put("msg", message));
        json.write(ctx, 200, response);
    }

    private IssueRequest parse(JsonNode body) {
        body.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw BAD_REQUEST.apply("the field '" + field + "' is not known to the console service; known fields: "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS)));
            }
        });
        JsonNode cmd = body.get("cmd");
        if (cmd == null || cmd.isNull() || (cmd.isTextual() && cmd.asText().isBlank())) {
            throw ZosmfError.console(400, 1, 13, "Cannot find 'cmd' in request body, or value of 'cmd' is empty.");
        }
        String command = RequestBodies.requiredString(body, "cmd", BAD_REQUEST);
        if (command.length() > MAX_COMMAND_LENGTH) {
            throw ZosmfError.console(400, 1, 17, "Command length must be less than " + (MAX_COMMAND_LENGTH + 1)
                    + "; this one is " + command.length() + " characters long.");
        }
        if (!printable(command)) {
            throw BAD_REQUEST.apply("the command contains characters an operator console cannot show "
                    + "(control or non-ASCII characters)");
        }
        String target = RequestBodies.optionalString(body, "system", BAD_REQUEST);
        if (target != null && !target.matches("[A-Za-z0-9@#$]{1,8}")) {
            throw BAD_REQUEST.apply("the field 'system' must be a system name of 1-8 characters, got '" + target + "'");
        }
        checkFirstUseFields(body);
        return new IssueRequest(command, target,
                RequestBodies.optionalString(body, "sol-key", BAD_REQUEST),
                regexFlag(body, "solKeyReg", "sol-key-reg"),
                RequestBodies.yesNo(body, "async", false, BAD_REQUEST),
                RequestBodies.optionalString(body, "unsol-key", BAD_REQUEST),
                regexFlag(body, "unsolKeyReg", "unsol-key-reg"),
                seconds(body, "detect-time", 30),
                RequestBodies.yesNo(body, "unsol-detect-sync", false, BAD_REQUEST),
                seconds(body, "unsol-detect-timeout", 20));
    }

    /** Whether every character is one an operator console can show (printable ASCII). */
    private static boolean printable(String command) {
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean regexFlag(JsonNode body, String ibmName, String hyphenated) {
        if (body.has(ibmName) && body.has(hyphenated)) {
            throw BAD_REQUEST.apply("give either '" + ibmName + "' or '" + hyphenated + "', not both");
        }
        return RequestBodies.yesNo(body, body.has(ibmName) ? ibmName : hyphenated, false, BAD_REQUEST);
    }

    /** The console set-up fields only matter on a real console's first use; their form is still checked. */
    private static void checkFirstUseFields(JsonNode body) {
        String auth = RequestBodies.optionalString(body, "auth", BAD_REQUEST);
        if (auth != null && !auth.matches("(?i)MASTER|ALL|INFO|CONS|IO|SYS")) {
            throw BAD_REQUEST.apply("the field 'auth' must be MASTER, ALL, INFO, CONS, IO or SYS, got '" + auth + "'");
        }
        String auto = RequestBodies.optionalString(body, "auto", BAD_REQUEST);
        if (auto != null && !auto.matches("(?i)YES|NO")) {
            throw BAD_REQUEST.apply("the field 'auto' must be YES or NO, got '" + auto + "'");
        }
        RequestBodies.optionalString(body, "routcode", BAD_REQUEST);
        RequestBodies.optionalString(body, "mscope", BAD_REQUEST);
        if (body.has("storage")) {
            String storage = body.get("storage").asText();
            if (!storage.matches("\\d{1,4}") || Integer.parseInt(storage) < 1 || Integer.parseInt(storage) > 2000) {
                throw BAD_REQUEST.apply("the field 'storage' must be a number of kilobytes from 1 to 2000");
            }
        }
    }

    /** A whole number of seconds, given as a JSON number or a string of digits (z/OSMF documents strings). */
    private static Duration seconds(JsonNode body, String field, int defaultSeconds) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Duration.ofSeconds(defaultSeconds);
        }
        String text = value.isNumber() ? value.asText() : value.isTextual() ? value.asText().trim() : "";
        if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1) {
            throw BAD_REQUEST.apply("the field '" + field + "' must be a whole number of seconds from 1 to 999999");
        }
        return Duration.ofSeconds(Long.parseLong(text));
    }

    private static <T> T answer(ConsoleCall<T> call) {
        try {
            return call.run();
        } catch (ConsoleException e) {
            throw ZosmfError.console(e.kind().status(), e.returnCode(), e.reasonCode(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ZosmfError.console(503, 2, 99, "z/OSMF is stopping; the request was not completed");
        }
    }

    @FunctionalInterface
    private interface ConsoleCall<T> {
        T run() throws InterruptedException;
    }

    private static String consoleName(Context ctx, String userid) {
        try {
            return ConsoleName.resolve(ctx.pathParam("name"), userid);
        } catch (ConsoleName.InvalidConsoleNameException e) {
            throw ZosmfError.console(400, 1, 14, e.getMessage());
        }
    }

    private static String consolePath(Context ctx) {
        return "/zosmf/restconsoles/consoles/" + ctx.pathParam("name");
    }

    /** z/OSMF separates the lines of a command response with carriage returns; none follows the last line. */
    private static String joinLines(List<String> lines) {
        return String.join("\r", lines);
    }

    private static String baseUrl(Context ctx) {
        String host = ctx.header("Host");
        return "https://" + (host == null || !HOST.matcher(host).matches() ? "127.0.0.1" : host);
    }

    /** The system as it is now (an admin reset replaces it). */
    private SimulatedSystem system() {
        return systems.get();
    }
}
