package dev.zosmfsim;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Requests as a z/OSMF client sends them, for the simulator's tests over HTTP: Basic logon and the CSRF header. */
public final class ZosmfRequests {

    private ZosmfRequests() {
    }

    /** The Authorization header of a password logon. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A request to {@code uri} as {@code user}, with the CSRF header, the body (none when null) and its Content-Type
     * (none when null).
     */
    public static HttpRequest.Builder as(String user, String password, String method, URI uri, String type,
            String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(user, password))
                .header("X-CSRF-ZOSMF-HEADER", "true")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return request;
    }
}
