package dev.zosmfsim.tso.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.http.LoggedOnUser;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.http.ZosmfError;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tso.TsoMessage;
import dev.zosmfsim.tso.TsoService;
import dev.zosmfsim.tso.TsoStartRequest;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The handlers of z/OSMF's TSO/E address space services: start, send, receive, ping, end, and the one-shot
 * {@code v1/tso}. Thin: the TSO service over the CEA table does the work; its errors are answered by
 * {@link TsoModule}'s exception handler.
 */
final class TsoRoutes {

    /** {@code USERID-asid-letters}, optionally with a system name: what z/OSMF's servlet keys look like. */
    private static final Pattern SERVLET_KEY = Pattern.compile("[A-Z@#$][A-Z0-9@#$]{0,7}(-[A-Z0-9@#$]{1,8})?-\\d{1,5}-[a-z]{8}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z@#$][A-Za-z0-9@#$]{0,7}");
    private static final Set<String> ISSUE_FIELDS = Set.of("tsoCmd", "cmdState", "maxWaitTime", "servletKey", "keyword",
            "system");
    private static final Function<String, ZosmfError> BAD_REQUEST = TsoModule::badRequestError;

    private final ServerContext context;

    TsoRoutes(ServerContext context) {
        this.context = context;
    }

    void start(Context ctx) throws InterruptedException {
        String proc = requiredQuery(ctx, "proc");
        if (!NAME.matcher(proc).matches()) {
            throw BAD_REQUEST.apply("The proc parameter must be a logon procedure name of 1-8 characters, got '"
                    + proc + "'.");
        }
        String account = requiredQuery(ctx, "acct");
        if (account.isEmpty() || account.length() > 40 || !account.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw BAD_REQUEST.apply("The acct parameter must be an account number of 1-40 characters without blanks.");
        }
        TsoStartRequest request = new TsoStartRequest(proc.toUpperCase(java.util.Locale.ROOT), account,
                number(ctx, "rsize", 4096, 2_096_128), number(ctx, "cpage", 1047, 65_535),
                number(ctx, "chset", 697, 65_535), number(ctx, "rows", 24, 9_999), number(ctx, "cols", 80, 9_999));
        TsoService.Started started = system().tso().start(LoggedOnUser.of(ctx), request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("servletKey", started.servletKey());
        body.put("queueID", started.session() == null ? "0" : started.session().queueId());
        body.put("sessionID", started.session() == null ? "0x0" : started.session().sessionId());
        body.put("ver", "0100");
        body.put("tsoData", tsoData(started.messages()));
        body.put("reused", started.reused());
        body.put("timeout", false);
        context.json().write(ctx, 200, body);
    }

    void send(Context ctx) throws InterruptedException {
        String key = servletKey(ctx);
        boolean readReply = flag(ctx, "readReply", true);
        JsonNode body = RequestBodies.object(ctx, context.json(), BAD_REQUEST);
        JsonNode data = body.path("TSO RESPONSE").path("DATA");
        if (!data.isTextual()) {
            throw BAD_REQUEST.apply("The body must be {\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"<command>\"}}.");
        }
        String text = data.asText();
        if (text.length() > 4096 || text.chars().anyMatch(c -> c < 0x20)) {
            throw BAD_REQUEST.apply("The data must be at most 4096 characters without control characters.");
        }
        TsoService.Received received = system().tso().send(LoggedOnUser.of(ctx), key, text, readReply);
        context.json().write(ctx, 200, receivedBody(received));
    }

    void receive(Context ctx) throws InterruptedException {
        String key = servletKey(ctx);
        TsoService.Received received = system().tso().receive(LoggedOnUser.of(ctx), key);
        context.json().write(ctx, 200, receivedBody(received));
    }

    void ping(Context ctx) throws InterruptedException {
        String key = servletKey(ctx);
        system().tso().ping(LoggedOnUser.of(ctx), key);
        context.json().write(ctx, 200, plainBody(key));
    }

    void end(Context ctx) throws InterruptedException {
        String key = servletKey(ctx);
        boolean force = flag(ctx, "tsoforcecancel", false);
        system().tso().end(LoggedOnUser.of(ctx), key, force);
        context.json().write(ctx, 200, plainBody(key));
    }

    void issue(Context ctx) throws InterruptedException {
        if (!ctx.pathParam("version").equals("v1")) {
            throw ZosmfError.tso(404, null, "IZUG1104E", "The version '" + ctx.pathParam("version")
                    + "' of the TSO/E command service is not known; the only version is v1.");
        }
        JsonNode body = RequestBodies.object(ctx, context.json(), BAD_REQUEST);
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
        TsoService.Issued issued = system().tso().issue(LoggedOnUser.of(ctx), command, stateful, key, keyword);
        Map<String, Object> response = new LinkedHashMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        issued.lines().forEach(line -> lines.add(Map.of("message", line)));
        response.put("cmdResponse", lines);
        response.put("tsoPromptReceived", issued.promptReceived() ? "Y" : "N");
        if (issued.servletKey() != null) {
            response.put("servletKey", issued.servletKey());
        }
        issued.keywordDetected().ifPresent(detected -> response.put("keywordDetected", detected ? "Y" : "N"));
        context.json().write(ctx, 200, response);
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

    private static String servletKey(Context ctx) {
        String key = ctx.pathParam("servletKey");
        if (!SERVLET_KEY.matcher(key).matches()) {
            throw ZosmfError.tso(400, null, "IZUG1126E", "z/OSMF cannot correlate the request for key \""
                    + key.replaceAll("[^A-Za-z0-9@#$-]", "?") + "\" with an active z/OS application session: it is"
                    + " not of the form USERID-nnn-xxxxxxxx.");
        }
        return key;
    }

    /** A required query parameter, checked before its blanks are trimmed (a trailing tab or NUL is not dropped). */
    private static String requiredQuery(Context ctx, String name) {
        return ctx.queryParamAsClass(name, String.class)
                .check(value -> value != null && !value.isBlank(), "is required")
                .check(value -> value == null || value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E),
                        "contains control or non-ASCII characters")
                .get().trim();
    }

    /** A whole number from 0 to {@code max} (ASCII digits only), or {@code defaultValue} when absent or blank. */
    private static int number(Context ctx, String name, int defaultValue, int max) {
        if (ctx.queryParam(name) == null) {
            return defaultValue;
        }
        String value = ctx.queryParamAsClass(name, String.class)
                .check(text -> text.isBlank() || text.trim().matches("\\d{1,7}") && Integer.parseInt(text.trim()) <= max,
                        "must be a number from 0 to " + max)
                .get();
        return value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
    }

    private static boolean flag(Context ctx, String name, boolean defaultValue) {
        if (ctx.queryParam(name) == null) {
            return defaultValue;
        }
        String value = ctx.queryParamAsClass(name, String.class)
                .check(text -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"),
                        "must be true or false")
                .get();
        return Boolean.parseBoolean(value);
    }

    private SimulatedSystem system() {
        return context.system();
    }
}
