package dev.zosmfsim.console.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.zosmfsim.console.ConsoleName;
import dev.zosmfsim.console.ConsoleService;
import dev.zosmfsim.console.IssueRequest;
import dev.zosmfsim.http.JsonWriter;
import dev.zosmfsim.http.LoggedOnUser;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.http.ZosmfError;
import io.javalin.http.Context;
import java.util.List;

/** The console services' handlers: issue a command, collect its solicited messages, read a detection. */
final class ConsoleRoutes {

    private final ServerContext context;

    ConsoleRoutes(ServerContext context) {
        this.context = context;
    }

    /** What an issue answers; absent fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"cmd-response-key", "cmd-response-url", "cmd-response-uri", "cmd-response",
            "sol-key-detected", "detection-key", "detection-url", "detection-uri", "status", "msg"})
    record IssueResponse(
            @JsonProperty("cmd-response-key") String key,
            @JsonProperty("cmd-response-url") String url,
            @JsonProperty("cmd-response-uri") String uri,
            @JsonProperty("cmd-response") String response,
            @JsonProperty("sol-key-detected") Boolean solKeyDetected,
            @JsonProperty("detection-key") String detectionKey,
            @JsonProperty("detection-url") String detectionUrl,
            @JsonProperty("detection-uri") String detectionUri,
            @JsonProperty("status") String status,
            @JsonProperty("msg") String msg) {
    }

    /** What a collect answers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CollectResponse(@JsonProperty("cmd-response") String response,
            @JsonProperty("sol-key-detected") Boolean solKeyDetected) {
    }

    /** Where a detection stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DetectionResponse(@JsonProperty("status") String status, @JsonProperty("msg") String msg) {
    }

    void issue(Context ctx) {
        String userid = LoggedOnUser.of(ctx);
        String console = consoleName(ctx, userid);
        RequestBodies.requireJsonContent(ctx, reason -> ZosmfError.console(400, 1, 6, reason));
        IssueRequest request = body(ctx).toRequest();
        // the 3 s window (and a detection's wait) suspend the request; no thread waits for the messages
        context.answerWhen(ctx, context.system().consoles().issueAsync(userid, console, request, ctx.ip()),
                issued -> answerIssued(ctx, request, issued));
    }

    private void answerIssued(Context ctx, IssueRequest request, ConsoleService.Issued issued) {
        String uri = consolePath(ctx) + "/solmsgs/" + issued.responseKey();
        String detectionUri = issued.detectionKey().map(key -> consolePath(ctx) + "/detections/" + key).orElse(null);
        ConsoleService.DetectionResult detection = issued.detection().orElse(null);
        context.json().write(ctx, 200, new IssueResponse(issued.responseKey(), context.baseUrl(ctx) + uri, uri,
                request.async() ? null : joinLines(issued.lines()), issued.solKeyDetected().orElse(null),
                issued.detectionKey().orElse(null), detectionUri == null ? null : context.baseUrl(ctx) + detectionUri,
                detectionUri, detection == null ? null : detection.status().wireName(),
                detection == null ? null : detection.message().orElse(null)));
    }

    void solicitedMessages(Context ctx) {
        String userid = LoggedOnUser.of(ctx);
        ConsoleService.Collected collected = context.system().consoles().collect(userid, consoleName(ctx, userid),
                ctx.pathParam("key"));
        context.json().write(ctx, 200, new CollectResponse(joinLines(collected.lines()),
                collected.solKeyDetected().orElse(null)));
    }

    void detection(Context ctx) {
        String userid = LoggedOnUser.of(ctx);
        ConsoleService.DetectionResult result = context.system().consoles().detection(userid,
                consoleName(ctx, userid), ctx.pathParam("key"));
        context.json().write(ctx, 200, new DetectionResponse(result.status().wireName(), result.message().orElse(null)));
    }

    /** The body bound to its record: not JSON is reason code 12, a field that does not fit 4. */
    private IssueCommandBody body(Context ctx) {
        JsonWriter json = context.json();
        try {
            return RequestBodies.read(ctx, json, IssueCommandBody.class,
                    reason -> ZosmfError.console(400, 1, 12, reason));
        } catch (JsonWriter.BindingProblem problem) {
            throw ConsoleModule.badFieldValue(problem.getMessage());
        }
    }

    private static String consoleName(Context ctx, String userid) {
        try {
            return ConsoleName.resolve(ctx.pathParam("name"), userid);
        } catch (ConsoleName.InvalidConsoleNameException e) {
            throw ZosmfError.console(400, 1, 14, e.getMessage());
        }
    }

    private static String consolePath(Context ctx) {
        return ConsoleModule.CONSOLES + ctx.pathParam("name");
    }

    /** z/OSMF separates the lines of a command response with carriage returns; none follows the last line. */
    private static String joinLines(List<String> lines) {
        return String.join("\r", lines);
    }
}
