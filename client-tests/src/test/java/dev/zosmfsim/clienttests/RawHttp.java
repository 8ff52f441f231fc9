package dev.zosmfsim.clienttests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Sends bytes no well-behaved client would send (broken request lines, illegal header characters, bodies shorter or
 * longer than announced) over a TLS socket, and reads what comes back until the server closes the connection.
 */
final class RawHttp {

    /** How long a read may wait: a server that neither answers nor closes within it counts as hanging. */
    static final int READ_TIMEOUT_MILLIS = 10_000;

    /** What came back: the status line's code (0 if none came), the head and the body as text. */
    record Response(int status, String head, String body, boolean timedOut) {

        JsonNode json() {
            return Json.parse(body);
        }

        /** A header's value, or null; names compare without regard to case. */
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        String describe() {
            return (timedOut ? "(no answer within " + READ_TIMEOUT_MILLIS + " ms) " : "") + head + "\n\n" + body;
        }
    }

    private final ZosmfSimulator simulator;
    private final SSLContext context;

    /** Talks to {@code simulator} with {@code context} (a certificate logon, or none). */
    RawHttp(ZosmfSimulator simulator, SSLContext context) {
        this.simulator = simulator;
        this.context = context;
    }

    /** A request line, the given header lines, Host and Connection: close, and the body (UTF-8) if any. */
    static byte[] request(String method, String target, String body, String... headers) {
        StringBuilder text = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n");
        for (String header : headers) {
            text.append(header).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            text.append("Content-Length: ").append(content.length).append("\r\n");
        }
        text.append("\r\n");
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        return all;
    }

    Response send(byte[] request) throws IOException {
        return send(request, out -> { });
    }

    /** Sends {@code head}, then lets {@code body} write what it will (it may be cut off when the server closes). */
    Response send(byte[] head, BodyWriter body) throws IOException {
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                body.write(out);
                out.flush();
            } catch (IOException e) {
                // the server refused the rest of the request and closed: what it answered is still to be read
            }
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean timedOut = false;
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            timedOut = true;
        } catch (IOException e) {
            // a reset after the answer: keep what arrived
        }
        String text = received.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = 0;
        if (head.startsWith("HTTP/1.1 ") && head.length() >= 12) {
            status = Integer.parseInt(head.substring(9, 12));
        }
        if ("chunked".equals(String.valueOf(headerOf(head, "Transfer-Encoding")).toLowerCase(Locale.ROOT))) {
            body = unchunk(body);
        }
        return new Response(status, head, body, timedOut);
    }

    private static String headerOf(String head, String name) {
        return new Response(0, head, "", false).header(name);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    /** Writes (part of) a request body. */
    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }
}
