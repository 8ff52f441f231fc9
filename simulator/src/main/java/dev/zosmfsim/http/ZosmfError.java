package dev.zosmfsim.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * An error answered in the JSON shape of the service that refuses it. Thrown by handlers and filters; the server
 * writes it. Never carries a stack trace to the client.
 */
public final class ZosmfError extends RuntimeException {

    private final int status;
    private final transient Object body;

    /** An error with a body of its own (a fault rule's); the shapes below are z/OSMF's. */
    public ZosmfError(int status, Object body) {
        super(String.valueOf(body), null, false, false);
        this.status = status;
        this.body = Objects.requireNonNull(body, "body");
    }

    public int status() {
        return status;
    }

    /** The body, a record or a map that the server writes as JSON. */
    public Object body() {
        return body;
    }

    /**
     * Error texts often quote what the client sent; control characters and line or paragraph separators in it are
     * shown as '?', so that a message stays one line a client can print or log safely.
     */
    public static String printable(String text) {
        return text == null ? null : NOT_PRINTABLE.matcher(text).replaceAll("?");
    }

    /** Compiled once: every error answer passes its text through {@link #printable}, refusals under attack too. */
    private static final java.util.regex.Pattern NOT_PRINTABLE =
            java.util.regex.Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

    /** The console services' shape. */
    @JsonPropertyOrder({"reason", "return-code", "reason-code"})
    public record ConsoleBody(String reason, @JsonProperty("return-code") int returnCode,
            @JsonProperty("reason-code") int reasonCode) {
    }

    /** The shape of z/OSMF's core services: {@code message} starts with the message id; the Zowe CLI shows it. */
    @JsonPropertyOrder({"returnCode", "reasonCode", "message"})
    public record CoreBody(int returnCode, int reasonCode, String message) {
    }

    /** The TSO/E address space services' shape: the usual response fields with the message in {@code msgData}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"servletKey", "ver", "msgData", "reused", "timeout"})
    public record TsoBody(String servletKey, String ver, List<Message> msgData, boolean reused, boolean timeout) {

        @JsonPropertyOrder({"messageText", "messageId"})
        public record Message(String messageText, String messageId) {
        }
    }

    /** The shape of z/OSMF's request filters (the CSRF check). */
    @JsonPropertyOrder({"errorID", "errorMsg"})
    public record FilterBody(@JsonProperty("errorID") String errorId, String errorMsg) {
    }

    /** {@code {"reason": ..., "return-code": n, "reason-code": n}}. */
    public static ZosmfError console(int status, int returnCode, int reasonCode, String reason) {
        return new ZosmfError(status, new ConsoleBody(printable(reason), returnCode, reasonCode));
    }

    /** {@code {"returnCode": n, "reasonCode": n, "message": "IZUGnnnX text"}}. */
    public static ZosmfError core(int status, int returnCode, int reasonCode, String messageId, String text) {
        return new ZosmfError(status, new CoreBody(returnCode, reasonCode, messageId + " " + printable(text)));
    }

    /** The TSO/E shape; z/OSMF's stack trace is never sent. */
    public static ZosmfError tso(int status, String servletKey, String messageId, String text) {
        return new ZosmfError(status, tsoBody(servletKey, messageId, text));
    }

    /** The body of {@link #tso}, for answers that carry a message with a success status. */
    public static TsoBody tsoBody(String servletKey, String messageId, String text) {
        return new TsoBody(servletKey, "0100", List.of(new TsoBody.Message(
                printable(text.startsWith(messageId) ? text : messageId + ": " + text), messageId)), false, false);
    }

    /** {@code {"errorID": ..., "errorMsg": "IZUGnnnX: text"}}. */
    public static ZosmfError filter(int status, String messageId, String text) {
        return new ZosmfError(status, new FilterBody(messageId, messageId + ": " + printable(text)));
    }
}
