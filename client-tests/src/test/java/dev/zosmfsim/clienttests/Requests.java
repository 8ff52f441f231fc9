package dev.zosmfsim.clienttests;

import dev.zosmfsim.ZosmfSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Builds the requests the client tests send to one simulator, the way a z/OSMF client sends them. */
final class Requests {

    private final ZosmfSimulator simulator;

    Requests(ZosmfSimulator simulator) {
        this.simulator = simulator;
    }

    /** A request to {@code path} with a 20 s limit, so that no test can hang on a response. */
    HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(simulator.baseUri() + path)).timeout(Duration.ofSeconds(20));
    }

    HttpRequest.Builder get(String path) {
        return to(path).header("X-CSRF-ZOSMF-HEADER", "true").GET();
    }

    /** A PUT with a JSON body and the CSRF header, as the Zowe CLI sends it. */
    HttpRequest.Builder put(String path, String json) {
        return to(path).header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
    }

    HttpRequest.Builder post(String path, String json) {
        return to(path).header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    HttpRequest.Builder delete(String path) {
        return to(path).header("X-CSRF-ZOSMF-HEADER", "true").DELETE();
    }

    /** {@code D T} on a console. */
    HttpRequest.Builder displayTime(String console) {
        return put("/zosmf/restconsoles/consoles/" + console, "{\"cmd\":\"D T\"}");
    }

    /** Starts a TSO/E address space the way the Zowe CLI does (account ACCT#, IZUFPROC, 4096 K). */
    HttpRequest.Builder startTso() {
        return post("/zosmf/tsoApp/tso?acct=ACCT%23&proc=IZUFPROC&chset=697&cpage=1047&rows=24&cols=80&rsize=4096",
                "");
    }

    /** One TSO/E command through {@code PUT /zosmf/tsoApp/v1/tso}, stateless, as {@code zowe zos-tso issue} sends it. */
    HttpRequest.Builder tsoCommand(String command) {
        return put("/zosmf/tsoApp/v1/tso", Json.write(java.util.Map.of("tsoCmd", command, "cmdState", "stateless")));
    }

    /** An operator command from the master console, through the admin API. */
    HttpRequest.Builder operatorCommand(String command) {
        return admin(post("/zosmf-sim/v1/operator-command", Json.write(java.util.Map.of("cmd", command))));
    }

    /** An admin API request carrying the admin token. */
    HttpRequest.Builder admin(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + simulator.adminToken());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return send(client, request.build());
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
