package dev.zosmfsim.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A response as {@link HttpsConnection} read it: the status, the headers (names in lower case) and the body. */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A header's value, or null; several Set-Cookie headers come joined by newlines. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public static HttpResponse read(InputStream in) throws IOException {
        String statusLine = HttpsConnection.readLine(in);
        if (statusLine == null) {
            throw new EOFException("the server closed the connection instead of answering");
        }
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new HashMap<>();
        for (String line = HttpsConnection.readLine(in); line != null && !line.isEmpty();
                line = HttpsConnection.readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                headers.merge(name, value, (old, added) -> name.equals("set-cookie") ? old + "\n" + added : added);
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked(in);
        } else if (headers.containsKey("content-length")) {
            body = readExactly(in, Integer.parseInt(headers.get("content-length")));
        } else if (status == 204 || status == 304) {
            body = new byte[0];
        } else {
            body = in.readAllBytes();
        }
        return new HttpResponse(status, headers, body);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        while (true) {
            String sizeLine = HttpsConnection.readLine(in);
            if (sizeLine == null) {
                throw new EOFException("the connection ended inside a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                for (String trailer = HttpsConnection.readLine(in); trailer != null && !trailer.isEmpty();
                        trailer = HttpsConnection.readLine(in)) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            body.write(readExactly(in, size));
            HttpsConnection.readLine(in);
        }
    }

    private static byte[] readExactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("the body ended after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }
}
