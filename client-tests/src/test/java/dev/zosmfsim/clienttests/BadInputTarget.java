package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One simulator that a bad-input catalogue is sent to (default scenario, manual clock), with the ways to reach it:
 * COLIN's certificate logon through Java's HttpClient, raw bytes over TLS, and the admin token.
 */
final class BadInputTarget implements AutoCloseable {

    /** What a user would see of a stack trace or of the simulator's insides, in any body. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [a-z]+\\.[\\w.$]+\\(|java\\.lang\\.|Exception:|dev\\.zosmfsim\\.|com\\.fasterxml\\.");

    /** Status and body of an answer, however it was obtained. */
    record Answer(int status, String contentType, String body) {
        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }

        static Answer of(RawHttp.Response response) {
            String type = response.header("Content-Type");
            return new Answer(response.status(), type == null ? "" : type, response.body());
        }
    }

    final ZosmfSimulator simulator;
    final Requests requests;
    final HttpClient colin;
    final HttpClient anonymous;
    final RawHttp raw;
    final RawHttp rawAnonymous;
    private int tried;

    BadInputTarget() {
        simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start();
        requests = new Requests(simulator);
        colin = simulator.httpClientFor("COLIN");
        anonymous = simulator.httpClient();
        raw = new RawHttp(simulator, simulator.sslContextFor("COLIN"));
        rawAnonymous = new RawHttp(simulator, simulator.sslContext());
    }

    Answer send(HttpRequest.Builder request) throws Exception {
        return Answer.of(Requests.send(colin, request));
    }

    Answer sendAnonymous(HttpRequest.Builder request) throws Exception {
        return Answer.of(Requests.send(anonymous, request));
    }

    Answer raw(byte[] request) throws Exception {
        return Answer.of(raw.send(request));
    }

    /**
     * Sends a request head (request line and headers, without the blank line) and then {@code body} in chunks of
     * 64 KiB, as a client that announces no length does.
     */
    Answer rawChunked(String head, String body) throws Exception {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        return Answer.of(raw.send((head + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                out -> {
                    for (int at = 0; at < content.length; at += 65_536) {
                        int size = Math.min(65_536, content.length - at);
                        out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(content, at, size);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }));
    }

    /**
     * Sends the bad input and checks the refusal: its status, a JSON body in the expected z/OSMF shape, no stack
     * trace; then that the server still answers {@code GET /zosmf/info}.
     */
    void assertRefused(BadInput input) throws Exception {
        tried++;
        Answer answer = input.sender().send(this);
        String seen = input.name() + ": " + answer.status() + " " + answer.body();
        assertEquals(input.status(), answer.status(), seen);
        assertTrue(answer.contentType().startsWith("application/json"), "not JSON: " + seen);
        assertFalse(STACK_TRACE.matcher(answer.body()).find(), "a stack trace: " + seen);
        JsonNode body = Json.parse(answer.body());
        assertEquals(input.shape(), ErrorShape.of(body), "not in the " + input.shape() + " shape: " + seen);
        input.details().accept(body);
        assertStillServing();
    }

    /** The server keeps serving: {@code GET /zosmf/info} answers 200 with its JSON. */
    void assertStillServing() throws Exception {
        HttpResponse<String> info = Requests.send(anonymous, requests.get("/zosmf/info"));
        assertEquals(200, info.statusCode(), info.body());
        assertNotNull(Json.parse(info.body()).get("zosmf_version"));
    }

    /** How many bad inputs were sent. */
    int tried() {
        return tried;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
