package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.BadInput.core;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The information service, which needs no logon, and the HTTP layer every service shares: requests the web server
 * refuses before any service sees them still get a z/OSMF-shaped JSON body, and nothing a client sends reaches
 * the response's headers.
 */
class InfoBadInputTest extends BadInputCatalogue {

    private static final String INFO = "/zosmf/info";
    @Override
    List<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        for (String method : List.of("PUT", "POST", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND")) {
            cases.add(core(method + " /zosmf/info", target -> target.send(target.requests.to(INFO)
                    .header("X-CSRF-ZOSMF-HEADER", "true").method(method, HttpRequest.BodyPublishers.noBody())),
                    405, "IZUG804E"));
        }
        for (String path : List.of("/zosmf/info/x", "/zosmf/info/..%2f..%2fetc%2fpasswd", "/zosmf/%2e%2e/zosmf-sim/v1/clock",
                "/zosmf//info/", "/zosmf/info;jsessionid=1", "/zosmf/INFO", "/zosmf")) {
            cases.add(core("GET " + path, target -> target.raw(RawHttp.request("GET", path, null)), 404, "IZUG803E"));
        }
        // refused by the web server before any service: still z/OSMF's JSON
        cases.add(raw("a NUL in the path", "GET /zosmf/info%00 HTTP/1.1\r\nHost: 127.0.0.1\r\n", 400));
        cases.add(raw("bad UTF-8 in the path", "GET /zosmf/info%c0%af HTTP/1.1\r\nHost: 127.0.0.1\r\n", 400));
        cases.add(raw("a NUL in a header", "GET /zosmf/info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\u0000b\r\n", 400));
        cases.add(raw("a folded header", "GET /zosmf/info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\r\n b\r\n", 400));
        cases.add(raw("no Host", "GET /zosmf/info HTTP/1.1\r\n", 400));
        cases.add(raw("a Host with a path", "GET /zosmf/info HTTP/1.1\r\nHost: evil.example/x?\r\n", 400));
        cases.add(raw("a Host with markup", "GET /zosmf/info HTTP/1.1\r\nHost: a\"b<script>\r\n", 400));
        cases.add(raw("two Hosts", "GET /zosmf/info HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n", 400));
        cases.add(raw("an absolute URI naming another host", "GET https://evil.example/zosmf/info HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n", 400));
        cases.add(raw("a request line of garbage", "HELLO\r\n", 400));
        // HTTP/0.9 (a request line without a version) is answered 505, with the same JSON body as every refusal
        cases.add(raw("a bare request line (HTTP/0.9)", "GET /zosmf/info\r\n", 505));
        cases.add(raw("a bare request line for a path nobody owns", "GET /nothing\r\n", 505));
        cases.add(raw("a bare PUT request line", "PUT /zosmf/restconsoles/consoles/defcn\r\n", 505));
        cases.add(raw("HTTP/0.9 named", "GET /zosmf/info HTTP/0.9\r\n", 505));
        cases.add(raw("HTTP/2.5", "GET /zosmf/info HTTP/2.5\r\nHost: 127.0.0.1\r\n", 505));
        cases.add(raw("a URI of 20,000 characters", "GET /zosmf/info?x=" + "a".repeat(20_000)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n", 414));
        cases.add(raw("a header of 100,000 characters", "GET /zosmf/info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "a".repeat(100_000) + "\r\n", 431));
        cases.add(raw("10,000 headers", "GET /zosmf/info HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-A: b\r\n".repeat(10_000), 431));
        cases.add(raw("Content-Length with Transfer-Encoding", "PUT /zosmf/info HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n", 400));
        cases.add(raw("a Content-Length that is not a number", "PUT /zosmf/info HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Length: abc\r\n", 400));
        cases.add(raw("two Content-Lengths", "PUT /zosmf/info HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\n"
                + "Content-Length: 2\r\n", 400));
        return cases;
    }

    @Test
    void nothingOfTheRequestReachesTheResponseHeaders() throws Exception {
        // a CR/LF encoded in the path, a query parameter and a cookie; a bare LF between headers
        for (String request : List.of(
                "GET /zosmf/info?x=%0d%0aSet-Cookie:%20injected=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                "GET /zosmf/info%0d%0aSet-Cookie:%20injected=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                "GET /zosmf/restconsoles/consoles/CO%0d%0aSet-Cookie:%20injected=1/solmsgs/C1 HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\n",
                "GET /zosmf/info HTTP/1.1\r\nHost: 127.0.0.1\nSet-Cookie: injected=1\r\n",
                "GET /zosmf/info HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: jwtToken=x%0d%0aSet-Cookie:%20injected=1\r\n")) {
            RawHttp.Response response = target.raw.send((request + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertFalse(response.timedOut(), response.describe());
            assertNull(response.header("Set-Cookie"), response.describe());
            assertFalse(response.head().toLowerCase().contains("injected"), response.describe());
        }
    }

    @Test
    void whatTheWebServerRefusesItselfSaysTheConnectionCloses() throws Exception {
        for (String request : List.of("GET /zosmf/info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\r\n b\r\n\r\n",
                "GET /zosmf/info HTTP/1.1\r\n\r\n", "GET /zosmf/info\r\n\r\n")) {
            RawHttp.Response response = target.raw.send(request.getBytes(StandardCharsets.ISO_8859_1));
            assertFalse(response.timedOut(), response.describe());
            assertTrue(response.status() >= 400, response.describe());
            assertEquals("close", response.header("Connection"), response.describe());
        }
    }

    @Test
    void theConsoleBuildsItsUrlsOnlyFromAHostHeaderThatNamesThisServer() throws Exception {
        int port = target.simulator.port();
        String own = "https://127.0.0.1:" + port;
        for (String[] hostAndBase : new String[][] {{"evil.example:1", own}, {"[::1]:443", own},
            {"evil.example", own}, {"localhost:" + port, "https://localhost:" + port},
            {"127.0.0.1:" + port, own}}) {
            RawHttp.Response response = target.raw.send(("PUT /zosmf/restconsoles/consoles/COLIN99 HTTP/1.1\r\n"
                    + "Host: " + hostAndBase[0] + "\r\nConnection: close\r\nX-CSRF-ZOSMF-HEADER: true\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 13\r\n\r\n{\"cmd\":\"D T\"}")
                    .getBytes(StandardCharsets.US_ASCII));
            assertEquals(200, response.status(), response.describe());
            String url = response.json().get("cmd-response-url").asText();
            assertEquals(hostAndBase[1] + "/zosmf/restconsoles/consoles/COLIN99/solmsgs/"
                    + response.json().get("cmd-response-key").asText(), url, "Host: " + hostAndBase[0]);
        }
    }

    /** {@code head} (request line and headers) sent raw, with Connection: close and the blank line added. */
    private static BadInput raw(String name, String head, int status) {
        return core(name, target -> target.raw((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8)),
                status, "IZUG800E");
    }
}
