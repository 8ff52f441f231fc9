package dev.zosmfsim.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.SimulatedSystem;
import dev.zosmfsim.tso.TsoException;
import dev.zosmfsim.tso.TsoMessage;
import dev.zosmfsim.tso.TsoService;
import dev.zosmfsim.tso.TsoStartRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * z/OSMF's TSO/E address space services under {@code /zosmf/tsoApp}: start, send, receive, ping, end, and the
 * one-shot {@code v1/tso}. Thin: the TSO service over the CEA table does the work.
 */
final class TsoRoutes {

    /** {@code USERID-asid-letters}, optionally with a system name: what z/OSMF's servlet keys look like. */
    private static final Pattern SERVLET_KEY = Pattern.compile("[A-Z@#$][A-Z0-9@#$]{0,7}(-[A-Z0-9@#$]{1,8})?-\\d{1,5}-[a-z]{8}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z@#$][A-Za-z0-9@#$]{0,7}");
    private static final Set<String> ISSUE_FIELDS = Set.of("tsoCmd", "cmdState", "maxWaitTime", "servletKey", "keyword",
            "system");
    private static final Function<String, ZosmfError> BAD_REQUEST = text -> ZosmfError.tso(400, null, "IZUG1103E", text);

    private final Supplier<SimulatedSystem> systems;
    private final JsonWriter json;

    private TsoRoutes(Supplier<SimulatedSystem> systems, JsonWriter json) {
        this.systems = systems;
        this.json = json;
    }

    static void register(RoutesConfig routes, Supplier<SimulatedSystem> systems, JsonWriter json) {
        TsoRoutes handlers = new TsoRoutes(systems, json);
        routes.post(ZosmfPaths.TSO, handlers::start);
        routes.get(ZosmfPaths.TSO_SESSION, handlers::receive);
        routes.put(ZosmfPaths.TSO_SESSION, handlers::send);
        routes.delete(ZosmfPaths.TSO_SESSION, handlers::end);
        routes.put(ZosmfPaths.TSO_PING, handlers::ping);
        routes.put(ZosmfPaths.TSO_ISSUE, handlers::issue);
    }

    private void start(Context ctx) throws InterruptedException {
        StartQuery query = StartQuery.of(ctx);
        String proc = requiredQuery(query, "proc");
        if (!NAME.matcher(proc).matches()) {
            throw BAD_REQUEST.apply("The proc parameter must be a logon procedure name of 1-8 characters, got '"
                    + proc + "'.");
        }
        String account = requiredQuery(query, "acct");
        if (account.isEmpty() || account.length() > 40 || !account.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw BAD_REQUEST.apply("The acct parameter must be an account number of 1-40 characters without blanks.");
        }
        TsoStartRequest request = new TsoStartRequest(proc.toUpperCase(java.util.Locale.ROOT), account,
                number(query, "rsize", 4096, 0, 2_096_128), number(query, "cpage", 1047, 0, 65_535),
                number(query, "chset", 697, 0, 65_535), number(query, "rows", 24, 0, 9_999),
                number(query, "cols", 80, 0, 9_999));
        TsoService.Started started = answer(null, () -> system().tso().start(SecurityFilter.userid(ctx), request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("servletKey", started.servletKey());
        body.put("queueID", started.session() == null ? "0" : started.session().queueId());
        body.put("sessionID", started.session() == null ? "0x0" : started.session().sessionId());
        body.put("ver", "0100");
        body.put("tsoData", tsoData(started.messages()));
        body.put("reused", started.reused());
        body.put("timeout", false);
        json.write(ctx, 200, body);
    }

    private void send(Context ctx) throws InterruptedException {
        if (ctx.body().isBlank()) {
            // a PUT without a body reads the waiting output, as the Zowe Java SDK's TsoReply relies on
            receive(ctx);
            return;
        }
        String key = servletKey(ctx);
        boolean readReply = flag(ctx, "readReply", true);
        JsonNode body = RequestBodies.object(ctx, json, BAD_REQUEST);
        JsonNode data = body.path("TSO RESPONSE").path("DATA");
        if (!data.isTextual()) {
            throw BAD_REQUEST.apply("The body must be {\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"<command>\"}}.");
        }
        String text = data.asText();
        if (text.length() > 4096 || text.chars().anyMatch(c -> c < 0x20)) {
            throw BAD_REQUEST.apply("The data must be at most 4096 characters without control characters.");
        }
        TsoService.Received received = answer(key, () -> system().tso().send(SecurityFilter.userid(ctx), key, text,
                readReply));
        json.write(ctx, 200, receivedBody(received));
    }

    private void receive(Context ctx) throws InterruptedException {
        String key = servletKey(ctx);
        TsoService.Received received = answer(key, () -> system().tso().receive(SecurityFilter.userid(ctx), key));
        json.write(ctx, 200, receivedBody(received));
    }

    private void ping(Context ctx) throws InterruptedException {
        String key = servletKey(ctx);
        answer(key, () -> {
            system().tso().ping(SecurityFilter.userid(ctx), key);
            return null;
        });
        json.write(ctx, 200, plainBody(key));
    }

    private void end(Context ctx) throws InterruptedException {
        String key = servletKey(ctx);
        boolean force = flag(ctx, "tsoforcecancel", false);
        answer(key, () -> {
            system().tso().end(SecurityFilter.userid(ctx), key, force);
            return null;
        });
        json.write(ctx, 200, plainBody(key));
    }

    private void issue(Context ctx) throws InterruptedException {
        if (!ctx.pathParam("version").equals("v1")) {
            throw ZosmfError.tso(404, null, "IZUG1104E", "The version '" + ctx.pathParam("version")
                    + "' of the TSO/E command service is not known; the only version is v1.");
        }
        JsonNode body = RequestBodies.object(ctx, json, BAD_REQUEST);
        body.fieldNames().forEachRemaining(field -> {
            if (!ISSUE_FIELDS.contains(field)) {
                throw BAD_REQUEST.apply("The field '" + field + "' is not known; known fields: "
                        + String.join(", ", new java.util.TreeSet<>(ISSUE_FIELDS)) + ".");
            }
        });
        String command = RequestBodies.requiredString(body, "tsoCmd", BAD_REQUEST);
        if (command.isBlank() || command.length() > 4096 || command.chars().anyMatch(c -> c < 0x20)) {
            throw BAD_REQUEST.apply("tsoCmd must be a command of 1-4096 characters without control characters.");
        }
        String state = RequestBodies.optionalString(body, "cmdState", BAD_REQUEST);
        if (state != null && !state.equals("stateless") && !state.equals("stateful")) {
            throw BAD_REQUEST.apply("cmdState must be stateless or stateful, got '" + state + "'.");
        }
        JsonNode wait = body.get("maxWaitTime");
        if (wait != null && (!wait.isIntegralNumber() || !wait.canConvertToInt() || wait.asInt() < 1
                || wait.asInt() > 300)
                && !(wait.isTextual() && wait.asText().matches("\\d{1,3}") && Integer.parseInt(wait.asText()) >= 1
                        && Integer.parseInt(wait.asText()) <= 300)) {
            throw BAD_REQUEST.apply("maxWaitTime must be a number of seconds from 1 to 300.");
        }
        String target = RequestBodies.optionalString(body, "system", BAD_REQUEST);
        if (target != null && !target.equalsIgnoreCase(system().identity().sysname())) {
            throw BAD_REQUEST.apply("The system " + target + " is not in this sysplex; the only system is "
                    + system().identity().sysname() + ".");
        }
        String key = RequestBodies.optionalString(body, "servletKey", BAD_REQUEST);
        if (key != null && !SERVLET_KEY.matcher(key).matches()) {
            throw ZosmfError.tso(400, key, "IZUG1126E", "z/OSMF cannot correlate the request for key \"" + key
                    + "\" with an active z/OS application session.");
        }
        boolean stateful = "stateful".equals(state) || key != null;
        String keyword = RequestBodies.optionalString(body, "keyword", BAD_REQUEST);
        TsoService.Issued issued = answer(key, () -> system().tso().issue(SecurityFilter.userid(ctx), command, stateful,
                key, keyword));
        Map<String, Object> response = new LinkedHashMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        issued.lines().forEach(line -> lines.add(Map.of("message", line)));
        response.put("cmdResponse", lines);
        response.put("tsoPromptReceived", issued.promptReceived() ? "Y" : "N");
        if (issued.servletKey() != null) {
            response.put("servletKey", issued.servletKey());
        }
        issued.keywordDetected().ifPresent(detected -> response.put("keywordDetected", detected ? "Y" : "N"));
        json.write(ctx, 200, response);
    }

    private static Map<String, Object> receivedBody(TsoService.Received received) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("servletKey", received.servletKey());
        body.put("ver", "0100");
        if (!received.messages().isEmpty()) {
            body.put("tsoData", tsoData(received.messages()));
        }
        body.put("reused", false);
        body.put("timeout", received.timedOut());
        return body;
    }

    private static Map<String, Object> plainBody(String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("servletKey", key);
        body.put("ver", "0100");
        body.put("reused", false);
        body.put("timeout", false);
        return body;
    }

    /** z/OSMF's tsoData entries: {@code {"TSO MESSAGE":{"VERSION":"0100","DATA":...}}} or a TSO PROMPT. */
    private static List<Map<String, Object>> tsoData(List<TsoMessage> messages) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (TsoMessage message : messages) {
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("VERSION", "0100");
            if (message instanceof TsoMessage.Line line) {
                inner.put("DATA", line.text());
                data.add(Map.of("TSO MESSAGE", inner));
            } else {
                inner.put("HIDDEN", "FALSE");
                data.add(Map.of("TSO PROMPT", inner));
            }
        }
        return data;
    }

    /**
     * Runs a TSO service call. An unknown or ended servlet key is answered the way z/OSMF answers it: status 200
     * with IZUG1126E in msgData (the Zowe CLI reads it so).
     */
    private <T> T answer(String key, TsoCall<T> call) throws InterruptedException {
        try {
            return call.run();
        } catch (TsoException e) {
            int status = e.kind() == TsoException.Kind.UNKNOWN_KEY ? 200
                    : e.kind() == TsoException.Kind.BAD_REQUEST ? 400 : 500;
            throw ZosmfError.tso(status, e.servletKey() != null ? e.servletKey() : key, e.messageId(), e.getMessage());
        }
    }

    @FunctionalInterface
    private interface TsoCall<T> {
        T run() throws InterruptedException;
    }

    private static String servletKey(Context ctx) {
        String key = ctx.pathParam("servletKey");
        if (!SERVLET_KEY.matcher(key).matches()) {
            throw ZosmfError.tso(400, null, "IZUG1126E", "z/OSMF cannot correlate the request for key \""
                    + key.replaceAll("[^A-Za-z0-9@#$-]", "?") + "\" with an active z/OS application session: it is"
                    + " not of the form USERID-nnn-xxxxxxxx.");
        }
        return key;
    }

    private static String requiredQuery(StartQuery query, String name) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            throw BAD_REQUEST.apply("The query parameter " + name + " is required.");
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
            // checked before the blanks are trimmed, so that a trailing tab or NUL is not quietly dropped
            throw BAD_REQUEST.apply("The query parameter " + name + " contains control or non-ASCII characters.");
        }
        return value.trim();
    }

    private static int number(StartQuery query, String name, int defaultValue, int min, int max) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        if (!value.trim().matches("\\d{1,7}") || Integer.parseInt(value.trim()) < min
                || Integer.parseInt(value.trim()) > max) {
            throw BAD_REQUEST.apply("The query parameter " + name + " must be a number from " + min + " to " + max
                    + ", got '" + value + "'.");
        }
        return Integer.parseInt(value.trim());
    }

    private static boolean flag(Context ctx, String name, boolean defaultValue) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return defaultValue;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw BAD_REQUEST.apply("The query parameter " + name + " must be true or false, got '" + value + "'.");
    }

    private SimulatedSystem system() {
        return systems.get();
    }
}
