package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.BadInput.core;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The authentication services' bad-input catalogue: logon headers, token cookies and password-change bodies. */
class AuthBadInputTest extends BadInputCatalogue {

    private static final String AUTHENTICATE = "/zosmf/services/authenticate";
    @Override
    List<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        // the Authorization header of a logon
        for (String header : List.of("Basic %%%", "Basic", "Basic " + base64("IBMUSER"), "Bearer abc", "Digest x",
                "Basic " + base64("IBMUSER:SYS1") + "=====", "basic" + base64("IBMUSER:SYS1"))) {
            cases.add(logon("Authorization: " + header, header, 8));
        }
        for (String userid : List.of("\u0000\u0001", "AVERYLONGUSERID", "..", "IBM USER", "1BMUSER", "IBMÜSER",
                "IBMUSER\r\n", "")) {
            cases.add(logon("userid " + userid.replace("\r\n", "\\r\\n").replace("\u0000", "\\0").replace("\u0001",
                    "\\1"), "Basic " + base64(userid + ":SYS1"), 4));
        }
        cases.add(core("a password of 100,000 characters", target -> target.sendAnonymous(target.requests
                .to(AUTHENTICATE).header("Authorization", "Basic " + base64("IBMUSER:" + "X".repeat(100_000)))
                .header("X-CSRF-ZOSMF-HEADER", "").POST(HttpRequest.BodyPublishers.noBody())), 431, "IZUG800E"));
        cases.add(logon("a non-ASCII password", "Basic " + base64("IBMUSER:SYS1é"), 8));
        // token cookies
        for (String cookie : List.of("jwtToken=", "jwtToken=a.b.c", "jwtToken=...", "jwtToken=" + "A".repeat(4_000),
                "jwtToken=eyJhbGciOiJub25lIn0.eyJzdWIiOiJJQk1VU0VSIn0.", "LtpaToken2=", "LtpaToken2=%00%00",
                "LtpaToken2=" + "x".repeat(4_000))) {
            cases.add(new BadInput("cookie " + (cookie.length() > 40 ? cookie.substring(0, 20) + "..." : cookie),
                    target -> target.sendAnonymous(target.requests.to(AUTHENTICATE).header("Cookie", cookie)
                            .header("X-CSRF-ZOSMF-HEADER", "").POST(HttpRequest.BodyPublishers.noBody())),
                    401, ErrorShape.CORE, body -> assertEquals(64, body.get("reasonCode").asInt(), body.toString())));
        }
        // changing a password: the body
        cases.add(change("malformed JSON", "application/json", "{\"userID\":"));
        cases.add(change("an array", "application/json", "[\"COLIN\"]"));
        cases.add(change("no userID", "application/json", "{\"oldPwd\":\"PASSWORD\",\"newPwd\":\"NEW1\"}"));
        cases.add(change("no oldPwd", "application/json", "{\"userID\":\"COLIN\",\"newPwd\":\"NEW1\"}"));
        cases.add(change("no newPwd", "application/json", "{\"userID\":\"COLIN\",\"oldPwd\":\"PASSWORD\"}"));
        cases.add(change("userID a number", "application/json", "{\"userID\":7,\"oldPwd\":\"PASSWORD\",\"newPwd\":\"N\"}"));
        cases.add(change("newPwd an object", "application/json",
                "{\"userID\":\"COLIN\",\"oldPwd\":\"PASSWORD\",\"newPwd\":{}}"));
        cases.add(change("newPwd of 9 characters", "application/json",
                "{\"userID\":\"COLIN\",\"oldPwd\":\"PASSWORD\",\"newPwd\":\"NINECHARS\"}"));
        cases.add(change("newPwd empty", "application/json",
                "{\"userID\":\"COLIN\",\"oldPwd\":\"PASSWORD\",\"newPwd\":\"\"}"));
        cases.add(change("a field twice", "application/json",
                "{\"userID\":\"COLIN\",\"userID\":\"IBMUSER\",\"oldPwd\":\"PASSWORD\",\"newPwd\":\"NEW1\"}"));
        cases.add(change("form-encoded", "application/x-www-form-urlencoded", "userID=COLIN&oldPwd=PASSWORD&newPwd=N"));
        cases.add(change("no Content-Type", null, "{\"userID\":\"COLIN\",\"oldPwd\":\"PASSWORD\",\"newPwd\":\"NEW1\"}"));
        cases.add(new BadInput("a wrong old password", target -> target.sendAnonymous(ConsoleBadInputTest.put(target,
                AUTHENTICATE, "application/json", "{\"userID\":\"COLIN\",\"oldPwd\":\"WRONG\",\"newPwd\":\"NEW1\"}")),
                401, ErrorShape.CORE, body -> assertEquals(8, body.get("reasonCode").asInt(), body.toString())));
        cases.add(core("a body of 2 MiB", target -> target.raw(RawHttp.request("PUT", AUTHENTICATE,
                "{\"userID\":\"" + "X".repeat(2 << 20) + "\"}", "X-CSRF-ZOSMF-HEADER: true",
                "Content-Type: application/json")), 413, "IZUG805E"));
        // methods and the CSRF check
        cases.add(core("GET", target -> target.sendAnonymous(target.requests.get(AUTHENTICATE)
                .header("Authorization", Requests.basic("IBMUSER", "SYS1"))), 405, "IZUG804E"));
        cases.add(core("PATCH", target -> target.sendAnonymous(target.requests.to(AUTHENTICATE)
                .header("Authorization", Requests.basic("IBMUSER", "SYS1")).header("X-CSRF-ZOSMF-HEADER", "")
                .method("PATCH", HttpRequest.BodyPublishers.noBody())), 405, "IZUG804E"));
        cases.add(BadInput.of("a logon without X-CSRF-ZOSMF-HEADER", target -> target.sendAnonymous(target.requests
                .to(AUTHENTICATE).header("Authorization", Requests.basic("IBMUSER", "SYS1"))
                .POST(HttpRequest.BodyPublishers.noBody())), 403, ErrorShape.FILTER));
        return cases;
    }

    private static BadInput logon(String name, String authorization, int reasonCode) {
        return new BadInput(name, target -> {
            if (authorization.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
                return target.raw(RawHttp.request("POST", AUTHENTICATE, "", "X-CSRF-ZOSMF-HEADER: true",
                        "Authorization: " + authorization));
            }
            return target.sendAnonymous(target.requests.to(AUTHENTICATE).header("Authorization", authorization)
                    .header("X-CSRF-ZOSMF-HEADER", "").POST(HttpRequest.BodyPublishers.noBody()));
        }, 401, ErrorShape.CORE, body -> assertEquals(reasonCode, body.get("reasonCode").asInt(), body.toString()));
    }

    private static BadInput change(String name, String contentType, String body) {
        return core("password change: " + name, target -> target.sendAnonymous(ConsoleBadInputTest.put(target,
                AUTHENTICATE, contentType, body)), 400, "IZUG801E");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
