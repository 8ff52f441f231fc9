package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The admin API's bad-input catalogue, sent with the admin token: every refusal is z/OSMF's core shape with the
 * simulator's own ZSIMnnnE message ids, and nothing refused changes the simulator.
 */
class AdminBadInputTest extends BadInputCatalogue {

    private static final String ADMIN = "/zosmf-sim/v1";

    @Override
    void refuse(BadInput input) throws Exception {
        String before = target.simulator.admin().exportYaml();
        long clockBefore = target.simulator.clock().now().toEpochMilli();
        target.assertRefused(input);
        assertEquals(before, target.simulator.admin().exportYaml(), "a refused request changed the simulator");
        assertEquals(clockBefore, target.simulator.clock().now().toEpochMilli(), "a refused request moved the clock");
    }

    @Override
    List<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        // bodies
        cases.add(admin("advance: malformed JSON", "POST", "/clock/advance", "{\"by\":", 400));
        cases.add(admin("advance: no by", "POST", "/clock/advance", "{}", 400));
        cases.add(admin("advance: by a number", "POST", "/clock/advance", "{\"by\":90}", 400));
        for (String by : List.of("-5s", "abc", "5 fortnights", "999999999999999999999d", "", "1s1s")) {
            cases.add(admin("advance by '" + by + "'", "POST", "/clock/advance", "{\"by\":\"" + by + "\"}", 400));
        }
        cases.add(admin("clock mode sideways", "PUT", "/clock", "{\"mode\":\"sideways\"}", 400));
        cases.add(admin("clock scaled without a scale", "PUT", "/clock", "{\"mode\":\"scaled\"}", 400));
        cases.add(admin("clock scaled by -1", "PUT", "/clock", "{\"mode\":\"scaled\",\"scale\":-1}", 400));
        cases.add(admin("clock scaled by text", "PUT", "/clock", "{\"mode\":\"scaled\",\"scale\":\"fast\"}", 400));
        cases.add(admin("clock a field it does not know", "PUT", "/clock", "{\"mode\":\"manual\",\"speed\":2}", 400));
        cases.add(admin("fault: an array", "POST", "/faults", "[]", 400));
        cases.add(admin("fault: no effect", "POST", "/faults", "{\"match\":{\"service\":\"tso\"}}", 400));
        cases.add(admin("fault: two effects", "POST", "/faults", "{\"effect\":{\"drop\":true,\"delay\":\"1s\"}}", 400));
        cases.add(admin("fault: an unknown service", "POST", "/faults",
                "{\"match\":{\"service\":\"nosuch\"},\"effect\":{\"drop\":true}}", 400));
        cases.add(admin("fault: a bad path expression", "POST", "/faults",
                "{\"match\":{\"path\":\"(\"},\"effect\":{\"drop\":true}}", 400));
        cases.add(admin("fault: a probability of 2", "POST", "/faults",
                "{\"when\":{\"probability\":2},\"effect\":{\"drop\":true}}", 400));
        cases.add(admin("fault: an error status of 200", "POST", "/faults",
                "{\"effect\":{\"error\":{\"status\":200}}}", 400));
        cases.add(admin("user: no password", "POST", "/users", "{\"userid\":\"ALICE\"}", 400));
        cases.add(admin("user: password of 9 characters", "POST", "/users",
                "{\"userid\":\"ALICE\",\"password\":\"NINECHARS\"}", 400));
        cases.add(admin("user: userid not valid", "POST", "/users", "{\"userid\":\"1ALICE\",\"password\":\"X\"}", 400));
        cases.add(admin("user: userid with CR/LF", "POST", "/users",
                "{\"userid\":\"ALICE\\r\\n\",\"password\":\"X\"}", 400));
        cases.add(admin("password: empty", "PUT", "/users/COLIN/password", "{\"password\":\"\"}", 400));
        cases.add(admin("certificate: a subject that is no DN", "POST", "/users/COLIN/certificate",
                "{\"subject\":\"not a DN\"}", 400));
        cases.add(admin("certificate: a key type that does not exist", "POST", "/users/COLIN/certificate",
                "{\"keyType\":\"DSA-512\"}", 400));
        cases.add(admin("certificate map: no filter", "POST", "/certificate-maps", "{\"user\":\"COLIN\"}", 400));
        cases.add(admin("certificate map: a bad filter", "POST", "/certificate-maps",
                "{\"user\":\"COLIN\",\"sdnFilter\":\"===\"}", 400));
        cases.add(admin("zosmf settings: port 70000", "PUT", "/zosmf/settings", "{\"port\":70000}", 400));
        cases.add(admin("zosmf settings: port text", "PUT", "/zosmf/settings", "{\"port\":\"https\"}", 400));
        cases.add(admin("operator command: none", "POST", "/operator-command", "{}", 400));
        cases.add(admin("a body as text/plain", "POST", "/operator-command", "{\"cmd\":\"D T\"}", 400, "text/plain"));
        // a form or a text body, which a page on another site may post, never acts, with a body or without
        cases.add(admin("reset as text/plain without a body", "POST", "/reset", "", 400, "text/plain"));
        cases.add(admin("revoke as a form", "POST", "/users/COLIN/revoke", "x=1", 400,
                "application/x-www-form-urlencoded"));
        cases.add(admin("a password as multipart", "PUT", "/users/COLIN/password", "{\"password\":\"NEW\"}", 400,
                "multipart/form-data; boundary=x"));
        cases.add(admin("a clock advance as application/jsonp", "POST", "/clock/advance", "{\"by\":\"5s\"}", 400,
                "application/jsonp"));
        cases.add(admin("a body of 2 MiB", "POST", "/operator-command",
                "{\"cmd\":\"" + "D".repeat(2 << 20) + "\"}", 413));
        // path parameters
        for (String userid : List.of("%2e%2e", "..%2f..%2fclock", "NOBODY", "A%00B", "AVERYLONGUSERID", "%C3%A9")) {
            cases.add(admin("revoke " + userid, "POST", "/users/" + userid + "/revoke", "", userid.contains("%00")
                    ? 400 : 404));
        }
        cases.add(admin("delete fault ../..", "DELETE", "/faults/..%2f..%2freset", null, 404));
        cases.add(admin("delete fault F999", "DELETE", "/faults/F999", null, 404));
        // query parameters
        cases.add(admin("cancel without user", "DELETE", "/sessions", null, 400));
        cases.add(admin("cancel with asid xyz", "DELETE", "/sessions?user=COLIN&asid=xyz", null, 400));
        cases.add(admin("cancel with asid 12345", "DELETE", "/sessions?user=COLIN&asid=12345", null, 400));
        cases.add(admin("delete maps without user", "DELETE", "/certificate-maps", null, 400));
        // methods and paths
        cases.add(admin("PATCH the clock", "PATCH", "/clock", "{}", 405));
        cases.add(admin("GET reset", "GET", "/reset", null, 405));
        cases.add(admin("an admin path that does not exist", "GET", "/secrets", null, 404));
        return cases;
    }

    private static BadInput admin(String name, String method, String path, String body, int status) {
        return admin(name, method, path, body, status, "application/json");
    }

    private static BadInput admin(String name, String method, String path, String body, int status,
            String contentType) {
        return new BadInput(name, target -> {
            if (path.contains("%00") || (body != null && body.length() > 1_000_000)) {
                return target.raw(RawHttp.request(method, ADMIN + path, body, "X-CSRF-ZOSMF-HEADER: true",
                        "Content-Type: " + contentType, "Authorization: Bearer " + target.simulator.adminToken()));
            }
            HttpRequest.Builder request = target.requests.admin(target.requests.to(ADMIN + path)
                    .header("Content-Type", contentType).method(method, body == null
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
            return target.sendAnonymous(request);
        }, status, ErrorShape.CORE, json -> {
            String message = json.get("message").asText();
            assertTrue(message.startsWith("ZSIM" + status + "E ") || message.matches("IZUG8\\d\\dE .*"), message);
        });
    }
}
