package dev.zosmfsim.zosmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.ZosmfRequests;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioException;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the release and the applied APARs switch, over HTTP: the authentication services and the JWK endpoint come
 * with PH12143, the one-shot TSO/E command service with PH35244; where they are absent they answer 404 whatever
 * the credentials, and /zosmf/info hands out the LTPA token instead.
 */
class LevelSwitchesOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD_LOGON = ZosmfRequests.basic("IBMUSER", "SYS1");

    @Test
    void aV2R4WithoutItsAparsHasNoAuthenticationServiceNoKeyEndpointAndNoOneShotTso() throws Exception {
        try (ZosmfSimulator simulator = start("system:\n  zosmfVersion: \"2.4\"\nzosmf:\n  apars: []\n")) {
            HttpClient client = simulator.httpClient();
            // the API ML's probe: empty Basic credentials, 404 means "no login endpoint" (401 would mean one)
            assertEquals(404, send(client, simulator, "POST", "/zosmf/services/authenticate", ZosmfRequests.basic("", "")).statusCode());
            assertEquals(404, send(client, simulator, "POST", "/zosmf/services/authenticate", PASSWORD_LOGON)
                    .statusCode());
            assertEquals(404, send(client, simulator, "GET", "/jwt/ibm/api/zOSMFBuilder/jwk", null).statusCode());
            HttpResponse<String> oneShot = send(client, simulator, "PUT", "/zosmf/tsoApp/v1/tso", PASSWORD_LOGON,
                    "{\"tsoCmd\":\"TIME\"}");
            assertEquals(404, oneShot.statusCode());
            assertEquals("IZUG803E", JSON.readTree(oneShot.body()).path("message").asText().substring(0, 8),
                    oneShot.body());

            HttpResponse<String> info = send(client, simulator, "GET", "/zosmf/info", PASSWORD_LOGON);
            assertEquals(200, info.statusCode());
            String ltpa = cookie(info, "LtpaToken2").orElseThrow(() -> new AssertionError(info.headers().map()));
            assertTrue(cookie(info, "jwtToken").isEmpty());
            HttpResponse<String> withLtpa = client.send(request(simulator, "POST",
                    "/zosmf/tsoApp/tso?acct=ACCT%23&proc=IZUFPROC").header("Cookie", "LtpaToken2=" + ltpa).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, withLtpa.statusCode(), withLtpa.body());
            assertTrue(withLtpa.body().contains("IKJ56455I IBMUSER LOGON IN PROGRESS"), withLtpa.body());

            assertTrue(cookie(send(client, simulator, "GET", "/zosmf/info", ZosmfRequests.basic("IBMUSER", "WRONG")), "LtpaToken2")
                    .isEmpty(), "credentials that do not verify get no token");
            assertEquals(List.of(), simulator.admin().exportScenario().zosmf().apars(), "the export keeps the list");
        }
    }

    @Test
    void aJwtTokenIsSignedRs256WithTheKeyTheJwkEndpointServes() throws Exception {
        try (ZosmfSimulator simulator = start("zosmf:\n  safRealm: PLEXREALM\n");
                ZosmfSimulator other = start("")) {
            HttpClient client = simulator.httpClient();
            HttpResponse<String> logon = send(client, simulator, "POST", "/zosmf/services/authenticate", PASSWORD_LOGON);
            assertEquals(200, logon.statusCode(), logon.body());
            String jwt = cookie(logon, "jwtToken").orElseThrow();
            String[] parts = jwt.split("\\.");
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            assertEquals("RS256", header.get("alg").asText());
            assertEquals("JWT", header.get("typ").asText());
            assertEquals("zOSMF", claims.get("iss").asText());
            assertEquals("IBMUSER", claims.get("sub").asText());
            assertEquals("PLEXREALM", claims.get("realm").asText());
            assertEquals(495 * 60, claims.get("exp").asLong() - claims.get("iat").asLong());

            HttpResponse<String> keys = send(client, simulator, "GET", "/jwt/ibm/api/zOSMFBuilder/jwk", null);
            assertEquals(200, keys.statusCode());
            JsonNode key = JSON.readTree(keys.body()).get("keys").get(0);
            assertEquals(List.of("kty", "e", "use", "kid", "alg", "n"), names(key));
            assertEquals("RSA", key.get("kty").asText());
            assertEquals("sig", key.get("use").asText());
            assertEquals(header.get("kid").asText(), key.get("kid").asText());
            assertEquals(2048, modulus(key).bitLength());
            assertTrue(verifies(key, parts), "the served key verifies the token");

            JsonNode otherKey = JSON.readTree(send(other.httpClient(), other, "GET", "/jwt/ibm/api/zOSMFBuilder/jwk",
                    null).body()).get("keys").get(0);
            assertNotEquals(key.get("n").asText(), otherKey.get("n").asText(), "two simulators share no key");
            assertFalse(verifies(otherKey, parts));
            HttpResponse<String> elsewhere = other.httpClient().send(request(other, "GET", "/zosmf/restconsoles/"
                    + "consoles/defcn/solmsgs/C0000001").header("Cookie", "jwtToken=" + jwt).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, elsewhere.statusCode(), "another z/OSMF's token is refused");
        }
    }

    @Test
    void withTheJwtSupportSwitchedOffALogonGetsAnLtpaTokenAlone() throws Exception {
        try (ZosmfSimulator simulator = start("zosmf:\n  jwt: false\n")) {
            HttpClient client = simulator.httpClient();
            HttpResponse<String> logon = send(client, simulator, "POST", "/zosmf/services/authenticate", PASSWORD_LOGON);
            assertEquals(200, logon.statusCode(), logon.body());
            assertTrue(cookie(logon, "LtpaToken2").isPresent(), logon.headers().map().toString());
            assertTrue(cookie(logon, "jwtToken").isEmpty(), logon.headers().map().toString());
            assertEquals(404, send(client, simulator, "GET", "/jwt/ibm/api/zOSMFBuilder/jwk", null).statusCode());
            assertEquals(false, simulator.admin().exportScenario().zosmf().jwt(), "the export keeps the switch");
        }
        ScenarioException refused = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(
                "system:\n  zosmfVersion: \"2.2\"\nzosmf:\n  jwt: true\n", "v22.yaml"));
        assertEquals("zosmf.jwt", refused.field());
        assertTrue(refused.getMessage().contains("z/OSMF 2.2 has no JWT support to switch on: it comes with PH12143"
                + " on HSMA230 and HSMA240 and is in the base from HSMA250"), refused.getMessage());
    }

    @Test
    void zosV31ReportsItsOwnNumbersAndTakesNoApar() {
        try (ZosmfSimulator simulator = start("system:\n  zosmfVersion: V3R1\n")) {
            ZosmfInfo info = ZosmfInfo.of(simulator.system().identity(), simulator.system().zosmfSettings(), "h");
            assertEquals("05.29.00", info.zosVersion());
            assertEquals("29.0", info.zosmfFullVersion());
            assertEquals("HSMA310", info.plugins().get(0).pluginVersion());
            assertTrue(simulator.system().zosmfMaintenance().provides(ZosmfFunction.TSO_COMMAND));
        }
        ScenarioException refused = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(
                "system:\n  zosVersion: \"05.29.00\"\nzosmf:\n  apars:\n    - PH35244\n", "v31.yaml"));
        assertEquals("zosmf.apars[0]", refused.field());
        assertEquals(5, refused.line());
        assertTrue(refused.getMessage().contains("z/OSMF 3.1 (HSMA310) has the TSO/E command service"),
                refused.getMessage());
    }

    private static ZosmfSimulator start(String yaml) {
        return ZosmfSimulator.builder().scenario(new ScenarioLoader().parse("extends: default\n" + yaml, "levels.yaml"))
                .clock(SimClock.manual()).start();
    }

    private static HttpRequest.Builder request(ZosmfSimulator simulator, String method, String path) {
        return HttpRequest.newBuilder(simulator.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(20)).header("X-CSRF-ZOSMF-HEADER", "")
                .method(method, HttpRequest.BodyPublishers.noBody());
    }

    private static HttpResponse<String> send(HttpClient client, ZosmfSimulator simulator, String method, String path,
            String authorization) throws Exception {
        return send(client, simulator, method, path, authorization, null);
    }

    private static HttpResponse<String> send(HttpClient client, ZosmfSimulator simulator, String method, String path,
            String authorization, String body) throws Exception {
        HttpRequest.Builder builder = request(simulator, method, path);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (body != null) {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name + "="))
                .map(value -> value.substring(name.length() + 1, value.indexOf(';'))).findFirst();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static BigInteger modulus(JsonNode key) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(key.get("n").asText()));
    }

    private static boolean verifies(JsonNode key, String[] jwt) throws Exception {
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus(key),
                new BigInteger(1, Base64.getUrlDecoder().decode(key.get("e").asText()))));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(jwt[2]));
    }}
