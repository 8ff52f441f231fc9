package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;

/**
 * A jwtToken from {@code POST /zosmf/services/authenticate}, checked as a token consumer such as the Zowe API ML
 * checks it: with a standard JOSE library (Nimbus JOSE + JWT), against the key set that
 * {@code GET /jwt/ibm/api/zOSMFBuilder/jwk} serves, read with no credentials.
 */
class JwtKeyEndpointTest {

    private static final String JWK = "/jwt/ibm/api/zOSMFBuilder/jwk";

    @Test
    void aJwtTokenVerifiesAgainstTheKeySetTheSimulatorServes() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().clock(SimClock.manual()).start();
                ZosmfSimulator other = ZosmfSimulator.builder().clock(SimClock.manual()).start()) {
            String token = logOn(simulator);
            JWKSet keys = keySet(simulator);
            assertEquals(1, keys.getKeys().size(), keys.toString());
            RSAKey key = keys.getKeys().get(0).toRSAKey();
            assertEquals(KeyUse.SIGNATURE, key.getKeyUse());
            assertEquals(JWSAlgorithm.RS256, key.getAlgorithm());
            assertEquals(key.computeThumbprint().toString(), key.getKeyID(), "the key id is the RFC 7638 thumbprint");
            assertFalse(key.isPrivate(), "only the public half is served");

            SignedJWT jwt = SignedJWT.parse(token);
            assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
            assertEquals(key.getKeyID(), jwt.getHeader().getKeyID());
            assertTrue(jwt.verify(new RSASSAVerifier(key)));

            // what a consumer runs: pick the key by the header's kid, check the signature, the expiry and the claims
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                    new ImmutableJWKSet<>(keys)));
            JWTClaimsSet claims = processor.process(token, null);
            assertEquals("zOSMF", claims.getIssuer());
            assertEquals("IBMUSER", claims.getSubject());
            assertEquals("SAFRealm", claims.getStringClaim("realm"));
            assertTrue(claims.getExpirationTime().after(Date.from(simulator.clock().now())));

            String[] parts = token.split("\\.");
            String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    new String(Base64.getUrlDecoder().decode(parts[1])).replace("IBMUSER", "COLIN").getBytes())
                    + "." + parts[2];
            assertThrows(BadJOSEException.class, () -> processor.process(forged, null), "a changed claim");

            JWKSet otherKeys = keySet(other);
            assertFalse(SignedJWT.parse(token).verify(new RSASSAVerifier(otherKeys.getKeys().get(0).toRSAKey())),
                    "two simulators in one JVM share no key");
            assertEquals(keys.getKeys().get(0).getKeyID(), keySet(simulator).getKeys().get(0).getKeyID(),
                    "the key stays the same while the simulator runs");
        }
    }

    @Test
    void aV2R4WithoutPh12143ServesNoKeys() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().scenario(new ScenarioLoader().parse(
                "extends: default\nzosmf:\n  apars: [PH35244]\n", "no-jwt.yaml")).clock(SimClock.manual()).start()) {
            HttpResponse<String> keys = simulator.httpClient().send(new Requests(simulator).to(JWK).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, keys.statusCode(), keys.body());
            HttpResponse<String> logon = simulator.httpClient().send(new Requests(simulator).to(
                    "/zosmf/services/authenticate").header("Authorization", Requests.basic("IBMUSER", "SYS1"))
                    .header("X-CSRF-ZOSMF-HEADER", "").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, logon.statusCode(), logon.body());
        }
    }

    private static String logOn(ZosmfSimulator simulator) throws Exception {
        HttpResponse<String> logon = simulator.httpClient().send(new Requests(simulator)
                .to("/zosmf/services/authenticate").header("Authorization", Requests.basic("IBMUSER", "SYS1"))
                .header("X-CSRF-ZOSMF-HEADER", "").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, logon.statusCode(), logon.body());
        return logon.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("jwtToken="))
                .map(value -> value.substring("jwtToken=".length(), value.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no jwtToken cookie: " + logon.headers().map()));
    }

    /** The key set as a consumer reads it: anonymously, no Authorization header, no CSRF header. */
    private static JWKSet keySet(ZosmfSimulator simulator) throws Exception {
        HttpClient anonymous = simulator.httpClient();
        HttpResponse<String> response = anonymous.send(new Requests(simulator).to(JWK).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JWKSet.parse(response.body());
    }
}
