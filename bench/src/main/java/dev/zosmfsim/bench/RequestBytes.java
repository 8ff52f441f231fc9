package dev.zosmfsim.bench;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the bytes of an HTTP/1.1 request as a z/OSMF client (the Zowe CLI) sends it. */
public final class RequestBytes {

    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;

    private RequestBytes(String method, String path) {
        this.method = method;
        this.path = path;
        headers.put("X-CSRF-ZOSMF-HEADER", "true");
    }

    public static RequestBytes get(String path) {
        return new RequestBytes("GET", path);
    }

    public static RequestBytes put(String path, String json) {
        return new RequestBytes("PUT", path).json(json);
    }

    public static RequestBytes post(String path, String json) {
        return new RequestBytes("POST", path).json(json);
    }

    public static RequestBytes delete(String path) {
        return new RequestBytes("DELETE", path);
    }

    /** {@code PUT /zosmf/restconsoles/consoles/{console}} with {@code {"cmd":...}}, as the Zowe CLI sends it. */
    public static RequestBytes consoleCommand(String console, String command) {
        return put("/zosmf/restconsoles/consoles/" + console, "{\"cmd\":\"" + command + "\",\"async\":\"N\"}");
    }

    public RequestBytes basic(String userid, String password) {
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (userid + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** The admin API's token. */
    public RequestBytes bearer(String token) {
        headers.put("Authorization", "Bearer " + token);
        return this;
    }

    public RequestBytes cookie(String name, String value) {
        headers.merge("Cookie", name + "=" + value, (old, added) -> old + "; " + added);
        return this;
    }

    /** Asks the server to close the connection after answering. */
    public RequestBytes closing() {
        headers.put("Connection", "close");
        return this;
    }

    private RequestBytes json(String json) {
        headers.put("Content-Type", "application/json");
        this.body = json;
        return this;
    }

    public byte[] bytes(InetSocketAddress server) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(server.getHostString()).append(':').append(server.getPort()).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null || !method.equals("GET")) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[start.length + content.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(content, 0, request, start.length, content.length);
        return request;
    }
}
