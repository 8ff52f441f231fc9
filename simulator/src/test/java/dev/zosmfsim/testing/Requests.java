package dev.zosmfsim.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The two requests the extension's tests send: the unauthenticated info service and a console command. */
final class Requests {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Requests() {
    }

    /** {@code GET /zosmf/info}, which needs no logon; returns the status. */
    static int info(HttpClient client, URI baseUri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(baseUri.resolve("/zosmf/info")).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** {@code D T} on the default console, which needs a logon; returns the status. */
    static int displayTime(HttpClient client, URI baseUri) throws IOException, InterruptedException {
        return client.send(displayTimeRequest(baseUri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static HttpRequest.Builder displayTimeRequest(URI baseUri) {
        return HttpRequest.newBuilder(baseUri.resolve("/zosmf/restconsoles/consoles/defcn")).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}"));
    }
}
