package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.BadInput.core;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JWT builder's key endpoint, which needs no logon: other methods, paths beside it and a stopped z/OSMF get
 * z/OSMF's JSON refusals; credentials, good or bad, change nothing (the Zowe API ML probes it with empty ones).
 */
class JwkBadInputTest extends BadInputCatalogue {

    private static final String JWK = "/jwt/ibm/api/zOSMFBuilder/jwk";

    @Override
    List<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
            cases.add(core(method + " " + JWK, target -> target.sendAnonymous(target.requests.to(JWK)
                    .header("X-CSRF-ZOSMF-HEADER", "true").method(method, HttpRequest.BodyPublishers.noBody())),
                    405, "IZUG804E"));
        }
        for (String path : List.of(JWK + "/x", "/jwt/ibm/api/zOSMFBuilder", "/jwt/ibm/api/zOSMFBuilder/JWK",
                "/jwt/ibm/api/otherBuilder/jwk", "/jwt/ibm/api/zOSMFBuilder/..%2fjwk", "/jwt")) {
            cases.add(core("GET " + path, target -> target.raw(RawHttp.request("GET", path, null)), 404, "IZUG803E"));
        }
        cases.add(BadInput.of("POST without the CSRF header", target -> target.sendAnonymous(target.requests.to(JWK)
                .POST(HttpRequest.BodyPublishers.noBody())), 403, ErrorShape.FILTER));
        return cases;
    }

    @Test
    void credentialsGoodOrBadChangeNothing() throws Exception {
        for (String authorization : List.of("Basic Og==", "Basic %%%", "Bearer x")) {
            BadInputTarget.Answer answer = target.sendAnonymous(target.requests.get(JWK)
                    .header("Authorization", authorization));
            assertEquals(200, answer.status(), authorization + ": " + answer.body());
            JsonNode key = Json.parse(answer.body()).get("keys").get(0);
            assertEquals("RS256", key.get("alg").asText(), answer.body());
        }
    }

    @Test
    void aStoppedZosmfServesNoKeys() throws Exception {
        target.simulator.system().zosmf().stop();
        try {
            BadInputTarget.Answer answer = target.sendAnonymous(target.requests.get(JWK));
            assertEquals(503, answer.status(), answer.body());
            assertTrue(answer.body().contains("IZUG402E"), answer.body());
        } finally {
            target.simulator.system().zosmf().start();
        }
    }
}
