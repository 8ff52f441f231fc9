package dev.zosmfsim.tso.rest;

import dev.zosmfsim.http.LoggedOnUser;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.http.ZosmfError;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tso.TsoService;
import dev.zosmfsim.tso.TsoStartRequest;
import io.javalin.http.Context;
import io.javalin.validation.Validation;
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
    private static final Function<String, ZosmfError> BAD_REQUEST = TsoModule::badRequestError;

    private final ServerContext context;
    /** Javalin's validators, for the query parameters read from the request as the client wrote it. */
    private final Validation validation = new Validation();

    TsoRoutes(ServerContext context) {
        this.context = context;
    }

    void start(Context ctx) throws InterruptedException {
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
                number(query, "rsize", 4096, 2_096_128), number(query, "cpage", 1047, 65_535),
                number(query, "chset", 697, 65_535), number(query, "rows", 24, 9_999),
                number(query, "cols", 80, 9_999));
        TsoService.Started started = system().tso().start(LoggedOnUser.of(ctx), request);
        context.json().write(ctx, 200, new TsoBodies.Started(started.servletKey(),
                started.session() == null ? "0" : started.session().queueId(),
                started.session() == null ? "0x0" : started.session().sessionId(), TsoBodies.VERSION,
                TsoBodies.TsoData.of(started.messages()), started.reused(), false));
    }

    void send(Context ctx) throws InterruptedException {
        if (RequestBodies.text(ctx).isBlank()) {
            // a PUT without a body reads the waiting output, as the Zowe Java SDK's TsoReply relies on
            receive(ctx);
            return;
        }
        String key = servletKey(ctx);
        boolean readReply = flag(StartQuery.plain(ctx), "readReply", true);
        TsoBodies.SendBody body = read(ctx, TsoBodies.SendBody.class);
        String text = body.response() == null ? null : body.response().data();
        if (text == null) {
            throw BAD_REQUEST.apply("The body must be {\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"<command>\"}}.");
        }
        if (text.length() > 4096 || text.chars().anyMatch(c -> c < 0x20)) {
            throw BAD_REQUEST.apply("The data must be at most 4096 characters without control characters.");
        }
        context.answerWhen(ctx, system().tso().sendAsync(LoggedOnUser.of(ctx), key, text, readReply),
                received -> context.json().write(ctx, 200, receivedBody(received)));
    }

    void receive(Context ctx) throws InterruptedException {
        String key = servletKey(ctx);
        // a long poll: the request is suspended until output arrives or the receive wait passes, holding no thread
        context.answerWhen(ctx, system().tso().receiveAsync(LoggedOnUser.of(ctx), key),
                received -> context.json().write(ctx, 200, receivedBody(received)));
    }

    void ping(Context ctx) throws InterruptedException {
        String key = servletKey(ctx);
        system().tso().ping(LoggedOnUser.of(ctx), key);
        context.json().write(ctx, 200, TsoBodies.Plain.of(key));
    }

    void end(Context ctx) throws InterruptedException {
        String key = servletKey(ctx);
        boolean force = flag(StartQuery.plain(ctx), "tsoforcecancel", false);
        system().tso().end(LoggedOnUser.of(ctx), key, force);
        context.json().write(ctx, 200, TsoBodies.Plain.of(key));
    }

    void issue(Context ctx) throws InterruptedException {
        if (!ctx.pathParam("version").equals("v1")) {
            throw ZosmfError.tso(404, null, "IZUG1104E", "The version '" + ctx.pathParam("version")
                    + "' of the TSO/E command service is not known; the only version is v1.");
        }
        TsoBodies.IssueBody body = read(ctx, TsoBodies.IssueBody.class);
        String command = body.tsoCmd();
        if (command == null) {
            throw BAD_REQUEST.apply("the field 'tsoCmd' is required");
        }
        if (command.isBlank() || command.length() > 4096 || command.chars().anyMatch(c -> c < 0x20)) {
            throw BAD_REQUEST.apply("tsoCmd must be a command of 1-4096 characters without control characters.");
        }
        String state = body.cmdState();
        if (state != null && !state.equals("stateless") && !state.equals("stateful")) {
            throw BAD_REQUEST.apply("cmdState must be stateless or stateful, got '" + state + "'.");
        }
        String target = body.system();
        if (target != null && !target.equalsIgnoreCase(system().identity().sysname())) {
            throw BAD_REQUEST.apply("The system " + target + " is not in this sysplex; the only system is "
                    + system().identity().sysname() + ".");
        }
        String key = body.servletKey();
        if (key != null && !SERVLET_KEY.matcher(key).matches()) {
            throw ZosmfError.tso(400, key, "IZUG1126E", "z/OSMF cannot correlate the request for key \"" + key
                    + "\" with an active z/OS application session.");
        }
        boolean stateful = "stateful".equals(state) || key != null;
        TsoService.Issued issued = system().tso().issue(LoggedOnUser.of(ctx), command, stateful, key,
                body.keyword());
        context.json().write(ctx, 200, new TsoBodies.Issued(
                issued.lines().stream().map(TsoBodies.Issued.Line::new).toList(),
                issued.promptReceived() ? "Y" : "N", issued.servletKey(),
                issued.keywordDetected().map(detected -> detected ? "Y" : "N").orElse(null)));
    }

    private static TsoBodies.Received receivedBody(TsoService.Received received) {
        return new TsoBodies.Received(received.servletKey(), TsoBodies.VERSION,
                TsoBodies.TsoData.of(received.messages()), false, received.timedOut());
    }

    /** The body bound to its record; what is not JSON, or does not fit, is IZUG1103E. */
    private <T> T read(Context ctx, Class<T> type) {
        return RequestBodies.read(ctx, context.json(), type, BAD_REQUEST);
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
    private String requiredQuery(StartQuery query, String name) {
        return validation.validator(name, String.class, query.get(name))
                .check(value -> value != null && !value.isBlank(), "is required")
                .check(value -> value == null || value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E),
                        "contains control or non-ASCII characters")
                .get().trim();
    }

    /** A whole number from 0 to {@code max} (ASCII digits only), or {@code defaultValue} when absent or blank. */
    private int number(StartQuery query, String name, int defaultValue, int max) {
        if (query.get(name) == null) {
            return defaultValue;
        }
        String value = validation.validator(name, String.class, query.get(name))
                .check(text -> text.isBlank() || text.trim().matches("\\d{1,7}") && Integer.parseInt(text.trim()) <= max,
                        "must be a number from 0 to " + max)
                .get();
        return value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
    }

    private boolean flag(StartQuery query, String name, boolean defaultValue) {
        if (query.get(name) == null) {
            return defaultValue;
        }
        String value = validation.validator(name, String.class, query.get(name))
                .check(text -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"),
                        "must be true or false")
                .get();
        return Boolean.parseBoolean(value);
    }

    private SimulatedSystem system() {
        return context.system();
    }
}
