package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.BadInput.console;
import static dev.zosmfsim.clienttests.BadInput.core;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console services' bad-input catalogue: every entry is refused with a 4xx and the console services' body
 * ({@code reason}, {@code return-code}, {@code reason-code}), or the web server's core body for what never reaches
 * the service; never a 500, a stack trace or a hang, and the server keeps serving.
 */
class ConsoleBadInputTest extends BadInputCatalogue {

    private static final String CONSOLE = "/zosmf/restconsoles/consoles/COLIN99";
    @Override
    void prepare(BadInputTarget target) throws Exception {
        // COLIN99 exists, so that solmsgs and detections reach the console's own checks
        Requests.send(target.colin, target.requests.displayTime("COLIN99"));
    }

    @Override
    List<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        // bodies that are not a JSON object
        cases.add(console("malformed JSON", issue("{\"cmd\":\"D T\""), 400, 1, 12));
        cases.add(console("a JSON array", issue("[\"D T\"]"), 400, 1, 12));
        cases.add(console("a JSON string", issue("\"D T\""), 400, 1, 12));
        cases.add(console("JSON null", issue("null"), 400, 1, 12));
        cases.add(console("text after the object", issue("{\"cmd\":\"D T\"} {\"cmd\":\"D A\"}"), 400, 1, 12));
        cases.add(console("a field given twice", issue("{\"cmd\":\"D T\",\"cmd\":\"C U=COLIN\"}"), 400, 1, 12));
        cases.add(console("an empty body", issue(""), 400, 1, 12));
        cases.add(console("a blank body", issue(" \r\n\t "), 400, 1, 12));
        cases.add(console("nested 100,000 deep", issue("[".repeat(100_000) + "]".repeat(100_000)), 400, 1, 12));
        cases.add(console("a number of 5,000 digits", issue("{\"cmd\":\"D T\",\"detect-time\":"
                + "9".repeat(5_000) + "}"), 400, 1, 12));
        cases.add(console("bytes that are not UTF-8", target -> target.raw(bytes("PUT", CONSOLE,
                new byte[] {'{', '"', 'c', 'm', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                "Content-Type: application/json")), 400, 1, 4));
        // missing, empty, wrong-typed and extra fields
        cases.add(console("no cmd", issue("{}"), 400, 1, 13));
        cases.add(console("cmd null", issue("{\"cmd\":null}"), 400, 1, 13));
        cases.add(console("cmd empty", issue("{\"cmd\":\"\"}"), 400, 1, 13));
        cases.add(console("cmd blank", issue("{\"cmd\":\"   \"}"), 400, 1, 13));
        cases.add(console("cmd a number", issue("{\"cmd\":42}"), 400, 1, 4));
        cases.add(console("cmd an object", issue("{\"cmd\":{\"text\":\"D T\"}}"), 400, 1, 4));
        cases.add(console("cmd an array", issue("{\"cmd\":[\"D\",\"T\"]}"), 400, 1, 4));
        cases.add(console("cmd a boolean", issue("{\"cmd\":true}"), 400, 1, 4));
        cases.add(console("a field z/OSMF does not know", issue("{\"cmd\":\"D T\",\"priority\":\"high\"}"), 400, 1, 4));
        cases.add(console("async neither Y nor N", issue("{\"cmd\":\"D T\",\"async\":\"maybe\"}"), 400, 1, 4));
        cases.add(console("async a boolean", issue("{\"cmd\":\"D T\",\"async\":true}"), 400, 1, 4));
        cases.add(console("solKeyReg given twice over", issue("{\"cmd\":\"D T\",\"sol-key\":\"X\",\"solKeyReg\":\"Y\","
                + "\"sol-key-reg\":\"Y\"}"), 400, 1, 4));
        cases.add(console("detect-time 0", issue("{\"cmd\":\"D T\",\"unsol-key\":\"X\",\"detect-time\":0}"), 400, 1, 4));
        cases.add(console("detect-time negative", issue("{\"cmd\":\"D T\",\"detect-time\":\"-5\"}"), 400, 1, 4));
        cases.add(console("detect-time a fraction", issue("{\"cmd\":\"D T\",\"detect-time\":1.5}"), 400, 1, 4));
        cases.add(console("detect-time 1e300", issue("{\"cmd\":\"D T\",\"detect-time\":1e300}"), 400, 1, 4));
        cases.add(console("unsol-detect-timeout text", issue("{\"cmd\":\"D T\",\"unsol-detect-timeout\":\"soon\"}"),
                400, 1, 4));
        cases.add(console("system name too long", issue("{\"cmd\":\"D T\",\"system\":\"S0W1S0W1S\"}"), 400, 1, 4));
        cases.add(console("system name with a separator", issue("{\"cmd\":\"D T\",\"system\":\"S0W1;D\"}"), 400, 1, 4));
        cases.add(console("system empty", issue("{\"cmd\":\"D T\",\"system\":\"\"}"), 400, 1, 4));
        cases.add(console("system a number", issue("{\"cmd\":\"D T\",\"system\":2}"), 400, 1, 4));
        cases.add(console("system a list of systems", issue("{\"cmd\":\"D T\",\"system\":[\"S0W1\",\"S0W2\"]}"),
                400, 1, 4));
        cases.add(console("system *ALL", issue("{\"cmd\":\"D T\",\"system\":\"*ALL\"}"), 400, 1, 4));
        cases.add(console("auth not an authority", issue("{\"cmd\":\"D T\",\"auth\":\"GOD\"}"), 400, 1, 4));
        cases.add(console("storage 0", issue("{\"cmd\":\"D T\",\"storage\":\"0\"}"), 400, 1, 4));
        cases.add(console("storage 2001", issue("{\"cmd\":\"D T\",\"storage\":2001}"), 400, 1, 4));
        cases.add(console("auto neither YES nor NO", issue("{\"cmd\":\"D T\",\"auto\":\"Y\"}"), 400, 1, 4));
        cases.add(console("sol-key an invalid expression", issue("{\"cmd\":\"D T\",\"sol-key\":\"(IEE\","
                + "\"solKeyReg\":\"Y\"}"), 400, 1, 14));
        cases.add(console("sol-key an expression that backtracks for ever", issue("{\"cmd\":\"D T\","
                + "\"sol-key\":\"(.*){1,32000}[bc]\",\"solKeyReg\":\"Y\"}"), 400, 1, 14));
        cases.add(console("unsol-key an invalid expression", issue("{\"cmd\":\"D T\",\"unsol-key\":\"[\","
                + "\"unsolKeyReg\":\"Y\"}"), 400, 1, 14));
        // commands an operator console cannot take
        cases.add(console("a command of 127 characters", issue(cmd("D " + "T".repeat(125))), 400, 1, 17));
        cases.add(console("a command of 100,000 characters", issue(cmd("D".repeat(100_000))), 400, 1, 17));
        for (String control : List.of("\\r\\n", "\\u0000", "\\t", "\\u001b[2J", "\\u007f")) {
            cases.add(console("a control character " + control, issue(cmd("D T" + control + "C U=COLIN")), 400, 1, 4));
        }
        for (String foreign : List.of("é", "\\u00a0", "€", "\\ud83d\\ude00", "Ｄ Ｔ", "\\u202e")) {
            cases.add(console("a non-ASCII character " + foreign, issue(cmd("D T " + foreign)), 400, 1, 4));
        }
        // Content-Type
        cases.add(console("no Content-Type", target -> target.send(put(target, CONSOLE, null, "{\"cmd\":\"D T\"}")),
                400, 1, 6));
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml",
                "application/jsonx", "multipart/form-data; boundary=x", "json")) {
            cases.add(console("Content-Type " + type, target -> target.send(put(target, CONSOLE, type, "{\"cmd\":\"D T\"}")),
                    400, 1, 6));
        }
        // size
        cases.add(core("a body of 2 MiB", target -> target.raw(RawHttp.request("PUT", CONSOLE,
                "{\"cmd\":\"D T\",\"x\":\"" + "x".repeat(2 << 20) + "\"}", "X-CSRF-ZOSMF-HEADER: true",
                "Content-Type: application/json")), 413, "IZUG805E"));
        cases.add(core("a chunked body of 2 MiB", target -> target.rawChunked("PUT " + CONSOLE + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\nX-CSRF-ZOSMF-HEADER: true\r\n"
                + "Content-Type: application/json\r\n",
                "{\"cmd\":\"D T\",\"x\":\"" + "x".repeat(2 << 20) + "\"}"), 413, "IZUG805E"));
        cases.add(core("a Content-Length of 10 GB, nothing sent", target -> target.raw(("PUT " + CONSOLE
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-CSRF-ZOSMF-HEADER: true\r\n"
                + "Content-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)), 413, "IZUG805E"));
        // console names
        for (String name : List.of("A", "TOOLONGNAME", "1ABC", "CO%20LIN", "CÖLIN", "%2e%2e", "..%2f..%2fzosmf-sim",
                "a%2fb", "CO%0d%0aSet-Cookie:%20x=1")) {
            cases.add(console("console name " + name, target -> target.send(put(target, 
                    "/zosmf/restconsoles/consoles/" + name, "application/json", "{\"cmd\":\"D T\"}")), 400, 1, 14));
        }
        for (String name : List.of("%c0%ae%c0%ae", "COLIN%00", "CO%ffLIN")) {
            // not even a path: the web server refuses it before the console service sees it
            cases.add(core("console name " + name, target -> target.raw(RawHttp.request("PUT",
                    "/zosmf/restconsoles/consoles/" + name, "{\"cmd\":\"D T\"}", "X-CSRF-ZOSMF-HEADER: true",
                    "Content-Type: application/json")), 400, "IZUG800E"));
        }
        cases.add(core("a console path that climbs out", target -> target.raw(RawHttp.request("PUT",
                "/zosmf/restconsoles/consoles/../../../zosmf-sim/v1/reset", "{\"cmd\":\"D T\"}",
                "X-CSRF-ZOSMF-HEADER: true", "Content-Type: application/json")), 404, "IZUG803E"));
        // response and detection keys
        for (String key : List.of("C1", "C99999999999999999999", "%2e%2e", "..%2f..%2finfo", "C1%20OR%201=1", "D1")) {
            cases.add(console("response key " + key, get(CONSOLE + "/solmsgs/" + key), 404, 1, 7));
        }
        cases.add(console("detection key unknown", get(CONSOLE + "/detections/D1"), 404, 1, 7));
        cases.add(console("detection key with a slash", get(CONSOLE + "/detections/D1%2f..%2f"), 404, 1, 7));
        cases.add(core("a NUL in the key", target -> target.raw(RawHttp.request("GET", CONSOLE + "/solmsgs/C1%00",
                null)), 400, "IZUG800E"));
        // methods
        for (String method : List.of("GET", "POST", "DELETE", "PATCH")) {
            cases.add(core(method + " on a console", target -> target.send(target.requests.to(CONSOLE)
                    .header("X-CSRF-ZOSMF-HEADER", "true").header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}"))), 405, "IZUG804E"));
        }
        cases.add(core("PUT on a response key", target -> target.send(put(target, CONSOLE + "/solmsgs/C1", "application/json",
                "{}")), 405, "IZUG804E"));
        // the CSRF check comes first for state changes
        cases.add(BadInput.of("no X-CSRF-ZOSMF-HEADER", target -> target.send(target.requests.to(CONSOLE)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}"))),
                403, ErrorShape.FILTER));
        return cases;
    }

    /**
     * Not bad input: a well-formed system name that the sysplex does not have is answered, as z/OSMF answers it,
     * with 200 and MVS's IEE618I in the command response (what IBM's z/OSMF Ansible collection looks for).
     */
    @Test
    void aSystemTheSysplexDoesNotHaveIsAnsweredWithIee618i() throws Exception {
        HttpResponse<String> response = Requests.send(target.colin, target.requests.put(CONSOLE,
                "{\"cmd\":\"D T\",\"system\":\"NOSUCH\"}"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(" IEE618I ROUTE COMMAND REJECTED, INVALID SYSTEM NAME",
                Json.parse(response.body()).get("cmd-response").asText(), response.body());
        target.assertStillServing();
    }

    private static BadInput.Sender issue(String body) {
        return target -> target.send(put(target, CONSOLE, "application/json", body));
    }

    private static BadInput.Sender get(String path) {
        return target -> target.send(target.requests.get(path));
    }

    /** A PUT with the CSRF header; {@code contentType} null sends none. */
    static HttpRequest.Builder put(BadInputTarget target, String path, String contentType, String body) {
        HttpRequest.Builder request = target.requests.to(path).header("X-CSRF-ZOSMF-HEADER", "true")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        return contentType == null ? request : request.header("Content-Type", contentType);
    }

    /** {@code {"cmd": text}} where text is already JSON-escaped. */
    private static String cmd(String escaped) {
        return "{\"cmd\":\"" + escaped + "\"}";
    }

    private static byte[] bytes(String method, String path, byte[] body, String... headers) {
        byte[] head = RawHttp.request(method, path, null, add(headers, "X-CSRF-ZOSMF-HEADER: true",
                "Content-Length: " + body.length));
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static String[] add(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
