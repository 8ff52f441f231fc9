package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property-based fuzzing of every endpoint that reads a request body, against one running simulator. For every
 * generated body: the answer is 2xx or 4xx, never 5xx; a 4xx carries a JSON body in the error shape of the service
 * the endpoint belongs to (console, TSO, core services, the admin API); and {@code GET /zosmf/info} still answers 200
 * afterwards. A body too large for the web server is refused by the web server itself, in its own shape, whichever
 * service it was for.
 *
 * <p>The seed is fixed ({@value #DEFAULT_SEED}), so CI runs the same bodies every time; {@code -Dzosmfsim.fuzz.seed}
 * and {@code -Dzosmfsim.fuzz.tries} explore further. A failure names the seed, the try and the body. The clock runs
 * a thousand times faster than real time, so that requests that wait on it (a synchronous detection, a TSO read)
 * come back in milliseconds.
 *
 * <p>The generators are this project's own ({@link JsonFuzz}) rather than jqwik's: jqwik 1.10 asks not to be used by
 * AI coding agents (this project is written by some) and runs on JUnit Platform 1, not the 6 this build uses.
 */
class RequestBodyFuzzTest {

    static final long DEFAULT_SEED = 20_261_126L;
    static final long SEED = Long.getLong("zosmfsim.fuzz.seed", DEFAULT_SEED);
    static final int TRIES = Integer.getInteger("zosmfsim.fuzz.tries", 150);

    private static ZosmfSimulator simulator;
    private static Requests requests;
    private static HttpClient colin;
    private static HttpClient anonymous;
    private static RawHttp colinRaw;
    private static RawHttp anonymousRaw;

    private static final String CONSOLE = "/zosmf/restconsoles/consoles/COLIN99";
    private static final String TSO_V1 = "/zosmf/tsoApp/v1/tso";
    private static final String AUTHENTICATE = "/zosmf/services/authenticate";
    private static final String ADMIN = "/zosmf-sim/v1";

    @BeforeAll
    static void start() {
        simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.scaled(1_000)).start();
        requests = new Requests(simulator);
        colin = simulator.httpClientFor("COLIN");
        anonymous = simulator.httpClient();
        colinRaw = new RawHttp(simulator, simulator.sslContextFor("COLIN"));
        anonymousRaw = new RawHttp(simulator, simulator.sslContext());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void consoleCommands() throws Exception {
        fuzz("console", JsonFuzz.object("{\"cmd\":\"D T\",\"sol-key\":\"IEE136I\",\"async\":\"N\",\"system\":\"S0W1\","
                + "\"unsol-key\":\"IEF\",\"detect-time\":\"2\",\"unsol-detect-sync\":\"N\",\"auth\":\"INFO\"}"),
                ErrorShape.CONSOLE, body -> colin(requests.put(CONSOLE, body)));
        refusedByTheWebServer(colinRaw, "PUT", CONSOLE);
    }

    @Test
    void tsoSends() throws Exception {
        fuzz("tso send", JsonFuzz.object("{\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"TIME\"}}"),
                ErrorShape.TSO, body -> colin(requests.put("/zosmf/tsoApp/tso/" + colinSession(), body)));
        refusedByTheWebServer(colinRaw, "PUT", "/zosmf/tsoApp/tso/" + colinSession());
    }

    @Test
    void tsoOneShotCommands() throws Exception {
        fuzz("tso v1", JsonFuzz.object("{\"tsoCmd\":\"TIME\",\"cmdState\":\"stateless\",\"maxWaitTime\":30,"
                + "\"keyword\":\"READY\"}"), ErrorShape.TSO, body -> colin(requests.put(TSO_V1, body)));
        refusedByTheWebServer(colinRaw, "PUT", TSO_V1);
    }

    @Test
    void passwordChanges() throws Exception {
        fuzz("password change", JsonFuzz.object("{\"userID\":\"COLIN\",\"oldPwd\":\"WRONG\",\"newPwd\":\"NEWPW1\"}"),
                ErrorShape.CORE, body -> anonymous(requests.put(AUTHENTICATE, body)));
        refusedByTheWebServer(anonymousRaw, "PUT", AUTHENTICATE);
    }

    @Test
    void adminOperations() throws Exception {
        fuzz("admin users", JsonFuzz.object("{\"userid\":\"ALICE\",\"password\":\"SECRET\",\"special\":false}"),
                ErrorShape.ADMIN, body -> anonymous(requests.admin(requests.post(ADMIN + "/users", body))));
        fuzz("admin certificate maps", JsonFuzz.object("{\"user\":\"COLIN\",\"sdnFilter\":\"CN=X.O=Y\","
                + "\"label\":\"L\",\"trust\":true}"), ErrorShape.ADMIN,
                body -> anonymous(requests.admin(requests.post(ADMIN + "/certificate-maps", body))));
        fuzz("admin faults", JsonFuzz.object("{\"name\":\"n\",\"match\":{\"service\":\"tso\",\"userid\":\"NOBODY\"},"
                + "\"when\":{\"first\":1},\"effect\":{\"delay\":\"1s\"}}"), ErrorShape.ADMIN, body -> {
                    HttpResponse<String> response = anonymous(requests.admin(requests.post(ADMIN + "/faults", body)));
                    simulator.admin().clearFaults(); // a rule that fired on /zosmf/info would hide the next answer
                    return response;
                });
        fuzz("admin clock", JsonFuzz.object("{\"by\":\"1s\"}"), ErrorShape.ADMIN,
                body -> anonymous(requests.admin(requests.post(ADMIN + "/clock/advance", body))));
        for (String resource : new String[] {"/users", "/certificate-maps", "/faults", "/clock/advance"}) {
            refusedByTheWebServer(anonymousRaw, "POST", ADMIN + resource,
                    "Authorization: Bearer " + simulator.adminToken());
        }
    }

    /**
     * Sends {@link #TRIES} bodies made from {@code valid} and checks the property for each: a 4xx is in {@code shape},
     * the error shape of the endpoint's service.
     */
    private static void fuzz(String endpoint, ObjectNode valid, ErrorShape shape, Sender send) throws Exception {
        long seed = SEED ^ endpoint.hashCode();
        JsonFuzz fuzz = new JsonFuzz(seed);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            String body = fuzz.body(valid);
            String where = endpoint + ", seed " + SEED + ", try " + attempt + ", body "
                    + (body.length() > 300 ? body.substring(0, 300) + "...(" + body.length() + " characters)" : body);
            HttpResponse<String> response;
            try {
                response = send.send(body);
            } catch (java.io.IOException e) {
                fail("no answer: " + where, e);
                return;
            }
            int status = response.statusCode();
            assertTrue(status >= 200 && status < 500, "status " + status + " " + response.body() + " for " + where);
            if (status >= 400) {
                JsonNode answer = Json.parse(response.body());
                assertTrue(answer != null && answer.isObject() && shape.matches(answer),
                        "not the " + shape + " error shape: " + response.body() + " for " + where);
            }
            HttpResponse<String> info = Requests.send(anonymous, requests.get("/zosmf/info"));
            assertEquals(200, info.statusCode(), "info after " + where);
        }
    }

    /**
     * A JSON body of 2 MiB, twice what the web server reads, is refused by the web server before the service sees it:
     * 413, in the web server's shape (IZUG805E).
     */
    private static void refusedByTheWebServer(RawHttp raw, String method, String path, String... headers)
            throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "X-CSRF-ZOSMF-HEADER: true";
        all[1] = "Content-Type: application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        RawHttp.Response response = raw.send(RawHttp.request(method, path, "{\"x\":\"" + "x".repeat(2 << 20) + "\"}",
                all));
        String where = method + " " + path + " with 2 MiB: " + response.describe();
        assertEquals(413, response.status(), where);
        assertTrue(ErrorShape.WEB_SERVER.matches(response.json()), where);
        assertTrue(response.json().get("message").asText().startsWith("IZUG805E "), where);
        assertEquals(200, Requests.send(anonymous, requests.get("/zosmf/info")).statusCode(), "info after " + where);
    }

    private static String colinSessionKey;

    /** COLIN's TSO session, started again when it idled out (the clock runs fast). */
    private static String colinSession() throws Exception {
        if (colinSessionKey == null || simulator.system().tso().sessions().stream()
                .noneMatch(session -> session.servletKey().equals(colinSessionKey))) {
            HttpResponse<String> started = colin(requests.post("/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23", ""));
            colinSessionKey = Json.parse(started.body()).get("servletKey").asText();
        }
        return colinSessionKey;
    }

    private static HttpResponse<String> colin(HttpRequest.Builder request) throws Exception {
        return Requests.send(colin, request);
    }

    private static HttpResponse<String> anonymous(HttpRequest.Builder request) throws Exception {
        return Requests.send(anonymous, request);
    }

    @FunctionalInterface
    private interface Sender {
        HttpResponse<String> send(String body) throws Exception;
    }

}
