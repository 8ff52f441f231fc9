package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.BadInput.core;
import static dev.zosmfsim.clienttests.BadInput.tso;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TSO/E address space services' bad-input catalogue. A malformed servlet key gets 400; a well-formed key that
 * names no session of the caller (unknown, ended, another user's) gets what z/OSMF answers and the Zowe CLI relies
 * on: HTTP 200 with IZUG1126E in msgData.
 */
class TsoBadInputTest extends BadInputCatalogue {

    private static final String START = "/zosmf/tsoApp/tso";
    private static final String ISSUE = "/zosmf/tsoApp/v1/tso";
    /** COLIN's live session, IBMUSER's live session, and a session COLIN ended. */
    private String colinKey;
    private String ibmuserKey;
    private String endedKey;

    @Override
    void prepare(BadInputTarget target) throws Exception {
        colinKey = startSession(target, target.colin, null);
        ibmuserKey = startSession(target, target.anonymous, Requests.basic("IBMUSER", "SYS1"));
        endedKey = startSession(target, target.colin, null);
        Requests.send(target.colin, target.requests.delete(START + "/" + endedKey));
    }

    @Test
    void nothingRefusedHereEndedOrChangedALiveSession() throws Exception {
        for (String key : List.of(colinKey, ibmuserKey)) {
            JsonNode ping = Json.parse(Requests.send(key.startsWith("COLIN") ? target.colin : target.anonymous,
                    withUser(key, target.requests.to(START + "/ping/" + key).header("X-CSRF-ZOSMF-HEADER", "true")
                            .PUT(HttpRequest.BodyPublishers.noBody()))).body());
            assertEquals(key, ping.get("servletKey").asText(), ping.toString());
            assertEquals(false, ping.has("msgData"), ping.toString());
        }
    }

    @Override
    List<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        // starting an address space: query parameters
        cases.add(tso("start without proc", start("acct=ACCT%23"), 400, "IZUG1103E"));
        cases.add(tso("start without acct", start("proc=IZUFPROC"), 400, "IZUG1103E"));
        cases.add(tso("start with an empty proc", start("proc=&acct=ACCT%23"), 400, "IZUG1103E"));
        for (String proc : List.of("IZU%20PROC", "TOOLONGPROC", "1PROC", "IZU%0d%0aPROC", "..%2fPROC", "%C3%A9")) {
            cases.add(tso("start with proc " + proc, start("proc=" + proc + "&acct=ACCT%23"), 400, "IZUG1103E"));
        }
        for (String account : List.of("AC%20CT", "A".repeat(41), "%C3%A9", "ACCT%09", "ACCT%00")) {
            cases.add(tso("start with acct " + account, start("proc=IZUFPROC&acct=" + account), 400, "IZUG1103E"));
        }
        for (String number : List.of("rsize=abc", "rsize=-1", "rsize=99999999999", "rsize=1e3", "rows=0x10",
                "cols=10000", "cpage=65536", "chset=1.5", "rows=%EF%BC%91")) {
            cases.add(tso("start with " + number, start("proc=IZUFPROC&acct=ACCT%23&" + number), 400, "IZUG1103E"));
        }
        // servlet keys: malformed ones are refused outright
        for (String key : List.of("x", "%2e%2e", "..%2f..%2finfo", "COLIN-78-AAAAAAAA", "colin-78-aaaaaaaa",
                "COLIN-78-aaaa%2faaab", "COLIN-78-aaaaaaab%0d%0aSet-Cookie:%20a=b", "COLIN--aaaaaaaa",
                "COLIN-78-aaaaaaaaa", "C".repeat(3_000) + "-78-aaaaaaaa", "COLIN-78-aaaaaaa%C3%A9")) {
            cases.add(tso("receive with key " + shorten(key), receive(key), 400, "IZUG1126E"));
            cases.add(tso("ping with key " + shorten(key), ping(key), 400, "IZUG1126E"));
            cases.add(tso("end with key " + shorten(key), end(key, ""), 400, "IZUG1126E"));
            cases.add(tso("send with key " + shorten(key), send(key, "", sendBody("TIME")), 400, "IZUG1126E"));
        }
        // well-formed keys that name no session of the caller: 200 with IZUG1126E, as z/OSMF answers
        for (String which : List.of("unknown", "ended", "IBMUSER's")) {
            cases.add(unknownKey("receive with the " + which + " key", which, TsoBadInputTest::receive));
            cases.add(unknownKey("ping with the " + which + " key", which, TsoBadInputTest::ping));
            cases.add(unknownKey("end with the " + which + " key", which, key -> end(key, "")));
            cases.add(unknownKey("send with the " + which + " key", which, key -> send(key, "", sendBody("TIME"))));
        }
        // sending: the body
        String bodyProblem = "IZUG1103E";
        cases.add(tso("send malformed JSON", live(key -> send(key, "", "{\"TSO RESPONSE\":")), 400, bodyProblem));
        cases.add(tso("send an array", live(key -> send(key, "", "[\"TIME\"]")), 400, bodyProblem));
        cases.add(tso("send no TSO RESPONSE", live(key -> send(key, "", "{\"DATA\":\"TIME\"}")), 400, bodyProblem));
        cases.add(tso("send DATA a number", live(key -> send(key, "", "{\"TSO RESPONSE\":{\"VERSION\":\"0100\","
                + "\"DATA\":42}}")), 400, bodyProblem));
        cases.add(tso("send DATA null", live(key -> send(key, "", "{\"TSO RESPONSE\":{\"DATA\":null}}")), 400,
                bodyProblem));
        cases.add(tso("send DATA with a line break", live(key -> send(key, "", sendBody("TIME\\r\\nLOGOFF"))), 400,
                bodyProblem));
        cases.add(tso("send DATA with a NUL", live(key -> send(key, "", sendBody("TIME\\u0000"))), 400, bodyProblem));
        cases.add(tso("send DATA of 4,097 characters", live(key -> send(key, "", sendBody("X".repeat(4_097)))), 400,
                bodyProblem));
        cases.add(tso("send text after the JSON", live(key -> send(key, "", sendBody("TIME") + "x")), 400,
                bodyProblem));
        cases.add(tso("send a field twice", live(key -> send(key, "", "{\"TSO RESPONSE\":{\"DATA\":\"TIME\","
                + "\"DATA\":\"LOGOFF\"}}")), 400, bodyProblem));
        cases.add(tso("send as text/plain", live(key -> target -> target.send(target.requests.to(START + "/" + key)
                .header("X-CSRF-ZOSMF-HEADER", "true").header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("TIME")))), 400, bodyProblem));
        cases.add(core("send 2 MiB", live(key -> target -> target.raw(RawHttp.request("PUT", START + "/" + key,
                sendBody("X".repeat(2 << 20)), "X-CSRF-ZOSMF-HEADER: true", "Content-Type: application/json"))), 413,
                "IZUG805E"));
        cases.add(tso("send with readReply=maybe", live(key -> send(key, "?readReply=maybe", sendBody("TIME"))), 400,
                bodyProblem));
        cases.add(tso("end with tsoforcecancel=yes", live(key -> end(key, "?tsoforcecancel=yes")), 400, bodyProblem));
        // the one-shot command service
        cases.add(tso("v1 without tsoCmd", issue("{\"cmdState\":\"stateless\"}"), 400, bodyProblem));
        cases.add(tso("v1 tsoCmd null", issue("{\"tsoCmd\":null}"), 400, bodyProblem));
        cases.add(tso("v1 tsoCmd a number", issue("{\"tsoCmd\":42}"), 400, bodyProblem));
        cases.add(tso("v1 tsoCmd blank", issue("{\"tsoCmd\":\"  \"}"), 400, bodyProblem));
        cases.add(tso("v1 tsoCmd with a control character", issue("{\"tsoCmd\":\"TIME\\u001b\"}"), 400, bodyProblem));
        cases.add(tso("v1 tsoCmd of 4,097 characters", issue("{\"tsoCmd\":\"" + "X".repeat(4_097) + "\"}"), 400,
                bodyProblem));
        cases.add(tso("v1 cmdState sometimes", issue("{\"tsoCmd\":\"TIME\",\"cmdState\":\"sometimes\"}"), 400,
                bodyProblem));
        for (String wait : List.of("0", "301", "\"abc\"", "1.5", "-1", "1e9", "true")) {
            cases.add(tso("v1 maxWaitTime " + wait, issue("{\"tsoCmd\":\"TIME\",\"maxWaitTime\":" + wait + "}"), 400,
                    bodyProblem));
        }
        cases.add(tso("v1 another system", issue("{\"tsoCmd\":\"TIME\",\"system\":\"S0W2\"}"), 400, bodyProblem));
        cases.add(tso("v1 keyword a number", issue("{\"tsoCmd\":\"TIME\",\"keyword\":7}"), 400, bodyProblem));
        cases.add(tso("v1 a field it does not know", issue("{\"tsoCmd\":\"TIME\",\"user\":\"IBMUSER\"}"), 400,
                bodyProblem));
        cases.add(tso("v1 a malformed servletKey", issue("{\"tsoCmd\":\"TIME\",\"servletKey\":\"../../x\"}"), 400,
                "IZUG1126E"));
        cases.add(new BadInput("v1 a well-formed unknown servletKey", issue("{\"tsoCmd\":\"TIME\","
                + "\"servletKey\":\"COLIN-78-zzzzzzzz\"}"), 200, ErrorShape.TSO, body -> assertEquals(
                "IZUG1126E", body.at("/msgData/0/messageId").asText(), body.toString())));
        cases.add(tso("v1 as text/plain", target -> target.send(ConsoleBadInputTest.put(target, ISSUE, "text/plain",
                "{\"tsoCmd\":\"TIME\"}")), 400, bodyProblem));
        cases.add(tso("v1 without a Content-Type", target -> target.send(ConsoleBadInputTest.put(target, ISSUE, null,
                "{\"tsoCmd\":\"TIME\"}")), 400, bodyProblem));
        cases.add(tso("v2 of the command service", target -> target.send(ConsoleBadInputTest.put(target,
                "/zosmf/tsoApp/v2/tso", "application/json", "{\"tsoCmd\":\"TIME\"}")), 404, "IZUG1104E"));
        // methods
        cases.add(core("GET on the start service", target -> target.send(target.requests.get(START)), 405, "IZUG804E"));
        cases.add(core("PATCH on a session", live(key -> target -> target.send(target.requests.to(START + "/" + key)
                .header("X-CSRF-ZOSMF-HEADER", "true").method("PATCH", HttpRequest.BodyPublishers.noBody()))), 405,
                "IZUG804E"));
        cases.add(core("POST on a session", live(key -> target -> target.send(target.requests.to(START + "/" + key)
                .header("X-CSRF-ZOSMF-HEADER", "true").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()))), 405, "IZUG804E"));
        cases.add(core("GET on ping", live(key -> target -> target.send(target.requests.get(START + "/ping/" + key))), 405,
                "IZUG804E"));
        cases.add(core("GET on the command service", target -> target.send(target.requests.get(ISSUE)), 405,
                "IZUG804E"));
        return cases;
    }

    /** A request that needs COLIN's live key, known only once the class started. */
    private BadInput.Sender live(java.util.function.Function<String, BadInput.Sender> request) {
        return target -> request.apply(colinKey).send(target);
    }

    private BadInput unknownKey(String name, String which,
            java.util.function.Function<String, BadInput.Sender> request) {
        return new BadInput(name, target -> {
            String key = which.equals("unknown") ? "COLIN-78-zzzzzzzz" : which.equals("ended") ? endedKey : ibmuserKey;
            return request.apply(key).send(target);
        }, 200, ErrorShape.TSO, body -> {
            assertEquals("IZUG1126E", body.at("/msgData/0/messageId").asText(), body.toString());
            assertEquals(true, body.at("/msgData/0/messageText").asText().contains("cannot correlate"), body.toString());
        });
    }

    private static BadInput.Sender start(String query) {
        return target -> target.send(target.requests.to(START + "?" + query).header("X-CSRF-ZOSMF-HEADER", "true")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static BadInput.Sender receive(String key) {
        return target -> target.send(target.requests.get(START + "/" + key));
    }

    private static BadInput.Sender ping(String key) {
        return target -> target.send(target.requests.to(START + "/ping/" + key).header("X-CSRF-ZOSMF-HEADER", "true")
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private static BadInput.Sender end(String key, String query) {
        return target -> target.send(target.requests.delete(START + "/" + key + query));
    }

    private static BadInput.Sender send(String key, String query, String body) {
        return target -> target.send(ConsoleBadInputTest.put(target, START + "/" + key + query, "application/json",
                body));
    }

    private static BadInput.Sender issue(String body) {
        return target -> target.send(ConsoleBadInputTest.put(target, ISSUE, "application/json", body));
    }

    /** The body of a send, {@code data} already JSON-escaped. */
    private static String sendBody(String data) {
        return "{\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"" + data + "\"}}";
    }

    private static String shorten(String key) {
        return key.length() > 40 ? key.substring(0, 12) + "...(" + key.length() + " characters)" : key;
    }

    /** Starts a session with the Zowe CLI's parameters; {@code authorization} null logs on by the client's certificate. */
    private static String startSession(BadInputTarget target, java.net.http.HttpClient client, String authorization)
            throws Exception {
        HttpRequest.Builder request = target.requests.to(START + "?proc=IZUFPROC&acct=ACCT%23&rsize=4096")
                .header("X-CSRF-ZOSMF-HEADER", "true").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody());
        JsonNode started = Json.parse(Requests.send(client, withAuthorization(request, authorization)).body());
        return started.get("servletKey").asText();
    }

    private static HttpRequest.Builder withUser(String key, HttpRequest.Builder request) {
        return key.startsWith("IBMUSER") ? withAuthorization(request, Requests.basic("IBMUSER", "SYS1")) : request;
    }

    private static HttpRequest.Builder withAuthorization(HttpRequest.Builder request, String authorization) {
        return authorization == null ? request : request.header("Authorization", authorization);
    }
}
