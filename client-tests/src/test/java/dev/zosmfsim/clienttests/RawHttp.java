package dev.zosmfsim.clienttests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    /**
     * Reads a response until the stream ends (or stays silent for the socket's timeout). The head is text; the body
     * stays bytes until its chunks, whose sizes count bytes, are joined, and only then is it decoded from UTF-8.
     */
    static Response read(InputStream in) throws IOException {
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
        byte[] bytes = received.toByteArray();
        int end = indexOf(bytes, HEAD_END, 0);
        String head = new String(bytes, 0, end < 0 ? bytes.length : end, StandardCharsets.ISO_8859_1);
        byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(bytes, end + HEAD_END.length, bytes.length);
        int status = 0;
        if (head.startsWith("HTTP/1.1 ") && head.length() >= 12) {
            status = Integer.parseInt(head.substring(9, 12));
        }
        if ("chunked".equals(String.valueOf(headerOf(head, "Transfer-Encoding")).toLowerCase(Locale.ROOT))) {
            body = unchunk(body);
        }
        return new Response(status, head, new String(body, StandardCharsets.UTF_8), timedOut);
    }

    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};
    private static final byte[] LINE_END = {'\r', '\n'};

    private static String headerOf(String head, String name) {
        return new Response(0, head, "", false).header(name);
    }

    /** The chunks' data joined; a chunk cut off by the end of the stream keeps what arrived. */
    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, LINE_END, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int from = lineEnd + LINE_END.length;
            body.write(chunked, from, Math.min(size, chunked.length - from));
            at = from + size + LINE_END.length;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] sought, int from) {
        for (int i = from; i + sought.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Writes (part of) a request body. */
    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }
}
