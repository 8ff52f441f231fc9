package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.BadInput.console;
import static dev.zosmfsim.clienttests.BadInput.core;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hardcopy log's bad-input catalogue ({@code GET /zosmf/restconsoles/v1/log}): every parameter that does not
 * fit is refused with a 400 in the console services' body, return code 1 and reason code 22 (24 for a system name),
 * never a 500, a stack trace or a hang; the web server refuses what never reaches the service in its own body.
 */
class ConsoleLogBadInputTest extends BadInputCatalogue {

    private static final String LOG = "/zosmf/restconsoles/v1/log";

    @Override
    void prepare(BadInputTarget target) throws Exception {
        // something in the log, so that the reads below have entries to get wrong
        Requests.send(target.colin, target.requests.displayTime("COLIN99"));
    }

    @Override
    List<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        for (String range : List.of("", "10", "m", "0m", "000s", "1000s", "10d", "-1m", "+1m", "1.5h", "10 m", "10mm",
                "９m", "1m,2m", "x".repeat(1_000))) {
            cases.add(refused("timeRange " + shown(range), "timeRange=" + encode(range), 22));
        }
        for (String direction : List.of("", "up", "forwards", "back", "-1", "backward ", "BACKWARD\u0000")) {
            cases.add(refused("direction " + shown(direction), "direction=" + encode(direction), 22));
        }
        for (String hardcopy : List.of("", "joblog", "operlog,syslog", "OPERLOG;", "ｓｙｓｌｏｇ")) {
            cases.add(refused("hardcopy " + shown(hardcopy), "hardcopy=" + encode(hardcopy), 22));
        }
        for (String time : List.of("", "yesterday", "now", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
                "2026-06-28T25:00:00Z", "2026-06-28", "15:34:43", "1969-12-31T23:59:59Z", "10000-01-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z", "-2026-06-28T00:00:00Z", "2026-06-28T15:34:43+25:00",
                "2026-06-28T15:34:43.1234567891Z", "2026-06-28T15:34:43Z[Nowhere/Atall]", "1782660883250",
                "2026-06-28T15:34:43Z" + "0".repeat(1_000))) {
            cases.add(refused("time " + shown(time), "time=" + encode(time), 22));
        }
        for (String timestamp : List.of("", "-1", "abc", "1e3", "1.5", "0x10", "1234567890123456",
                "9".repeat(5_000), " 1")) {
            cases.add(refused("timestamp " + shown(timestamp), "timestamp=" + encode(timestamp), 22));
        }
        cases.add(refused("time and timestamp", "time=2026-06-28T15:34:43Z&timestamp=1782660883250", 22));
        for (String name : List.of("time", "timestamp", "timeRange", "direction", "hardcopy")) {
            String value = switch (name) {
                case "time" -> "2026-06-28T15:34:43Z";
                case "timestamp" -> "1782660883250";
                case "timeRange" -> "10m";
                case "direction" -> "forward";
                default -> "syslog";
            };
            cases.add(refused(name + " given twice", name + "=" + value + "&" + name + "=" + value, 22));
        }
        cases.add(refused("sysName ''", "sysName=", 22));
        for (String system : List.of("TOOLONGNAME", "S0;W1", "S0W1%", "SYSB", " S0W1", "Ｓ０Ｗ１")) {
            cases.add(refused("sysName " + shown(system), "sysName=" + encode(system), 24));
        }
        cases.add(refused("an encoded NUL in a value", "timeRange=1%00m", 22));
        // never reaches the service
        cases.add(core("a query of 100,000 characters", target -> target.send(target.requests.get(LOG + "?timeRange="
                + "x".repeat(100_000))), 414, "IZUG800E"));
        cases.add(core("a raw NUL in the query", target -> target.raw(("GET " + LOG + "?timeRange=1\u0000m HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)), 400,
                "IZUG800E"));
        for (String path : List.of(LOG + "/x", "/zosmf/restconsoles/v1/LOG", "/zosmf/restconsoles/v2/log",
                "/zosmf/restconsoles/v1/log/..%2f..%2fconsoles%2fdefcn")) {
            cases.add(core("GET " + path, target -> target.send(target.requests.get(path)), 404, "IZUG803E"));
        }
        for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
            cases.add(core(method + " on the log", target -> target.send(target.requests.to(LOG)
                    .header("X-CSRF-ZOSMF-HEADER", "true").header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}"))), 405, "IZUG804E"));
        }
        cases.add(BadInput.of("no logon", target -> target.sendAnonymous(target.requests.get(LOG)), 401,
                ErrorShape.CORE));
        return cases;
    }

    private static BadInput refused(String name, String query, int reasonCode) {
        return console(name, target -> target.send(target.requests.get(LOG + "?" + query)), 400, 1, reasonCode);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A value as a test name shows it: short, and its control characters visible. */
    private static String shown(String value) {
        String escaped = value.replace("\u0000", "\\0");
        return "'" + (escaped.length() > 40 ? escaped.substring(0, 20) + "... (" + value.length() + " characters)"
                : escaped) + "'";
    }
}
