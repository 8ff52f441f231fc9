package dev.zosmfsim.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answered in z/OSMF's own JSON shape. Thrown by handlers and filters; {@link ZosmfServer} writes it.
 * Never carries a stack trace to the client.
 */
public final class ZosmfError extends RuntimeException {

    private final int status;
    private final transient Map<String, Object> body;

    public ZosmfError(int status, Map<String, Object> body) {
        super(String.valueOf(body), null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        return body;
    }

    /**
     * Error texts often quote what the client sent; control characters and line or paragraph separators in it are
     * shown as '?', so that a message stays one line a client can print or log safely.
     */
    public static String printable(String text) {
        return text == null ? null : text.replaceAll("[\\p{Cc}\\u2028\\u2029]", "?");
    }

    /** The console services' shape: {@code {"reason": ..., "return-code": n, "reason-code": n}}. */
    public static ZosmfError console(int status, int returnCode, int reasonCode, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", printable(reason));
        body.put("return-code", returnCode);
        body.put("reason-code", reasonCode);
        return new ZosmfError(status, body);
    }

    /**
     * The shape of z/OSMF's core services (authentication, unknown paths): {@code returnCode}, {@code reasonCode}
     * and a {@code message} that starts with the message id. The Zowe CLI shows {@code message} to its user.
     */
    public static ZosmfError core(int status, int returnCode, int reasonCode, String messageId, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("returnCode", returnCode);
        body.put("reasonCode", reasonCode);
        body.put("message", messageId + " " + printable(text));
        return new ZosmfError(status, body);
    }

    /**
     * The TSO/E address space services' shape: the usual response fields with the message in {@code msgData}
     * ({@code messageId}, {@code messageText}); z/OSMF's stack trace is never sent.
     */
    public static ZosmfError tso(int status, String servletKey, String messageId, String text) {
        return new ZosmfError(status, tsoBody(servletKey, messageId, text));
    }

    /** The body of {@link #tso}, for answers that carry a message with a success status. */
    public static Map<String, Object> tsoBody(String servletKey, String messageId, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (servletKey != null) {
            body.put("servletKey", servletKey);
        }
        body.put("ver", "0100");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("messageText", printable(text.startsWith(messageId) ? text : messageId + ": " + text));
        message.put("messageId", messageId);
        body.put("msgData", java.util.List.of(message));
        body.put("reused", false);
        body.put("timeout", false);
        return body;
    }

    /** The shape of z/OSMF's request filters (the CSRF check): {@code errorID} and {@code errorMsg}. */
    public static ZosmfError filter(int status, String messageId, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorID", messageId);
        body.put("errorMsg", messageId + ": " + printable(text));
        return new ZosmfError(status, body);
    }
}
