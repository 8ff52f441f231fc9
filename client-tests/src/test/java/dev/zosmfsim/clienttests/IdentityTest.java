package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.security.CertificateMap;
import dev.zosmfsim.security.DnFilter;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import dev.zosmfsim.tls.IssuedCertificate;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.tls.TlsContexts;
import dev.zosmfsim.tls.Validity;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who gets in: client certificates refused for each reason with its reason code, a revoked user kept out of new
 * logons, tokens that cannot be forged and expire on the simulator clock, and an admin API closed to everyone
 * without the admin credential. HttpClientLogonTest covers a certificate from another CA, a revoked user's
 * certificate and password, and a token's expiry; AdminApiTest a wrong admin token and a non-SPECIAL certificate.
 */
@ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL, lifecycle = SimulatorLifecycle.PER_METHOD)
class IdentityTest {

    private final ZosmfSimulator simulator;
    private final Requests requests;

    IdentityTest(ZosmfSimulator simulator) {
        this.simulator = simulator;
        requests = new Requests(simulator);
    }

    @Test
    void anExpiredCertificateIsRefusedWithReasonCode48() throws Exception {
        Instant now = simulator.clock().now();
        HttpClient client = mappedClient("CN=EXPIRED,OU=USERS,O=ZOSMF-SIM", new Validity(now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofSeconds(1))), true);
        assertRefused(client, 48, "expired at");
    }

    @Test
    void aCertificateNotYetValidIsRefusedWithReasonCode52() throws Exception {
        Instant now = simulator.clock().now();
        HttpClient client = mappedClient("CN=EARLY,OU=USERS,O=ZOSMF-SIM", new Validity(now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(30))), true);
        assertRefused(client, 52, "is not valid before");
        simulator.clock().advance(Duration.ofHours(1));
        assertEquals(200, send(client, requests.displayTime("defcn")).statusCode(), "valid once the clock gets there");
    }

    @Test
    void aCertificateWhoseMapSaysNotrustIsRefusedWithReasonCode60() throws Exception {
        HttpClient client = mappedClient("CN=DOUBTFUL,OU=USERS,O=ZOSMF-SIM", Validity.startingAround(
                simulator.clock().now(), Duration.ofDays(30)), false);
        assertRefused(client, 60, "NOTRUST");
    }

    @Test
    void anUnmappedCertificateIsRefusedWithReasonCode56() throws Exception {
        IssuedCertificate stranger = simulator.issueClientCertificate("CN=STRANGER,OU=USERS,O=ZOSMF-SIM",
                KeyAlgorithm.EC_P256, Validity.startingAround(simulator.clock().now(), Duration.ofDays(30)));
        assertRefused(client(stranger), 56, "no RACDCERT MAP filter matches");
    }

    @Test
    void colinsCertificateStopsWorkingWhenTheClockPassesItsEnd() throws Exception {
        HttpClient colin = simulator.httpClientFor("COLIN");
        assertEquals(200, send(colin, requests.displayTime("defcn")).statusCode());
        simulator.clock().advance(Duration.ofDays(366)); // issued for a year
        assertRefused(colin, 48, "expired at");
    }

    @Test
    void aRevokedUserIsRefusedNewLogonsWhileWhatRunsGoesOn() throws Exception {
        HttpClient colin = simulator.httpClientFor("COLIN");
        String jwt = logon(colin);
        String key = Json.parse(send(colin, requests.post("/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23", ""))
                .body()).get("servletKey").asText();

        simulator.admin().revoke("COLIN");
        assertRefused(colin, 28, "is revoked");
        assertEquals(401, send(simulator.httpClient(), requests.post("/zosmf/services/authenticate", "")
                .header("Authorization", basic("COLIN", "PASSWORD"))).statusCode(), "no new token either");
        // z/OS checks a user at logon only: the token issued before and the running address space go on
        HttpClient anonymous = simulator.httpClient();
        assertEquals(200, send(anonymous, requests.displayTime("defcn").header("Cookie", "jwtToken=" + jwt))
                .statusCode());
        JsonNode ping = Json.parse(send(anonymous, requests.to("/zosmf/tsoApp/tso/ping/" + key)
                .header("Cookie", "jwtToken=" + jwt).header("X-CSRF-ZOSMF-HEADER", "true")
                .PUT(HttpRequest.BodyPublishers.noBody())).body());
        assertFalse(ping.has("msgData"), ping.toString());
    }

    @Test
    void aTokenWithAnyPartChangedIsRefused() throws Exception {
        String jwt = logon(simulator.httpClientFor("COLIN"));
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String ibmuser = encode(payload.replace("\"sub\":\"COLIN\"", "\"sub\":\"IBMUSER\""));
        String later = encode(payload.replaceAll("\"exp\":\\d+", "\"exp\":9999999999"));
        String none = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String otherKey;
        try (ZosmfSimulator other = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start()) {
            otherKey = logon(other.httpClientFor("COLIN"), new Requests(other)).split("\\.")[2];
        }
        List<String> forged = List.of(
                parts[0] + "." + ibmuser + "." + parts[2],                 // another user, the old signature
                parts[0] + "." + later + "." + parts[2],                   // a later expiry, the old signature
                none + "." + ibmuser + ".",                                 // alg none, no signature
                none + "." + parts[1] + "." + parts[2],                    // alg none, COLIN's signature
                parts[0] + "." + parts[1] + "." + encode("not the signature"),
                parts[0] + "." + parts[1] + "." + otherKey,                 // signed by another simulator's key
                parts[0] + "." + parts[1],                                  // the signature left off
                jwt + "x");
        HttpClient anonymous = simulator.httpClient();
        assertEquals(200, send(anonymous, requests.displayTime("defcn").header("Cookie", "jwtToken=" + jwt))
                .statusCode(), "the real token works");
        for (String token : forged) {
            HttpResponse<String> response = send(anonymous, requests.displayTime("defcn")
                    .header("Cookie", "jwtToken=" + token));
            assertEquals(401, response.statusCode(), token + " -> " + response.body());
            assertEquals(64, Json.parse(response.body()).get("reasonCode").asInt(), token + " -> " + response.body());
        }
    }

    @Test
    void aTokenLivesSessionExpireMinutesToTheSecondOnTheSimulatorClock() throws Exception {
        String jwt = logon(simulator.httpClientFor("COLIN"));
        HttpClient anonymous = simulator.httpClient();
        simulator.clock().advance(Duration.ofMinutes(495).minusSeconds(1));
        assertEquals(200, send(anonymous, requests.displayTime("defcn").header("Cookie", "jwtToken=" + jwt))
                .statusCode(), "one second before SESSION_EXPIRE");
        simulator.clock().advance(Duration.ofSeconds(1));
        HttpResponse<String> expired = send(anonymous, requests.displayTime("defcn").header("Cookie", "jwtToken=" + jwt));
        assertEquals(401, expired.statusCode());
        assertEquals(68, Json.parse(expired.body()).get("reasonCode").asInt(), expired.body());
    }

    @Test
    void everyAdminOperationIsRefusedWithoutTheAdminCredential() throws Exception {
        String before = simulator.admin().exportYaml();
        Instant clock = simulator.clock().now();
        List<String[]> operations = List.of(
                new String[] {"GET", "/clock"}, new String[] {"PUT", "/clock"}, new String[] {"POST", "/clock/advance"},
                new String[] {"GET", "/faults"}, new String[] {"POST", "/faults"}, new String[] {"DELETE", "/faults"},
                new String[] {"GET", "/faults/firings"}, new String[] {"DELETE", "/faults/F1"},
                new String[] {"GET", "/zosmf"}, new String[] {"PUT", "/zosmf/settings"},
                new String[] {"POST", "/zosmf/restart"}, new String[] {"POST", "/operator-command"},
                new String[] {"GET", "/users"}, new String[] {"POST", "/users"},
                new String[] {"POST", "/users/COLIN/revoke"}, new String[] {"POST", "/users/COLIN/resume"},
                new String[] {"POST", "/users/COLIN/expire-password"}, new String[] {"PUT", "/users/COLIN/password"},
                new String[] {"POST", "/users/COLIN/certificate"}, new String[] {"GET", "/certificate-maps"},
                new String[] {"POST", "/certificate-maps"}, new String[] {"DELETE", "/certificate-maps?user=COLIN"},
                new String[] {"GET", "/sessions"}, new String[] {"DELETE", "/sessions?user=COLIN"},
                new String[] {"GET", "/journal"}, new String[] {"DELETE", "/journal"},
                new String[] {"GET", "/izug-log"}, new String[] {"DELETE", "/izug-log"},
                new String[] {"POST", "/reset"}, new String[] {"GET", "/scenario"}, new String[] {"GET", "/no-such"});
        String body = "{\"by\":\"1d\",\"cmd\":\"P IZUSVR1\",\"userid\":\"MALLORY\",\"password\":\"X\",\"mode\":\"system\"}";
        for (String[] operation : operations) {
            for (String authorization : new String[] {null, basic("IBMUSER", "SYS1"), "Bearer " + "x".repeat(32),
                    "Bearer " + simulator.adminToken() + "x", "Bearer"}) {
                HttpRequest.Builder request = requests.to("/zosmf-sim/v1" + operation[1])
                        .header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                        .method(operation[0], HttpRequest.BodyPublishers.ofString(body));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpResponse<String> response = send(simulator.httpClient(), request);
                String what = operation[0] + " " + operation[1] + " with " + authorization + ": " + response.body();
                assertEquals(401, response.statusCode(), what);
                assertTrue(Json.parse(response.body()).get("message").asText().startsWith("ZSIM401E"), what);
            }
            HttpResponse<String> colin = send(simulator.httpClientFor("COLIN"), requests.to("/zosmf-sim/v1"
                    + operation[1]).header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                    .method(operation[0], HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(403, colin.statusCode(), "COLIN is not SPECIAL: " + operation[1]);
        }
        assertEquals(before, simulator.admin().exportYaml(), "a refused admin request changed the system");
        assertEquals(clock, simulator.clock().now());
        assertEquals(List.of(), simulator.admin().faults());
        assertTrue(simulator.admin().zosmfRunning());
    }

    /** Issues a certificate for {@code subject} and maps it to COLIN (TRUST or NOTRUST); a client presenting it. */
    private HttpClient mappedClient(String subject, Validity validity, boolean trust) {
        IssuedCertificate certificate = simulator.issueClientCertificate(subject, KeyAlgorithm.EC_P256, validity);
        simulator.system().racf().addCertificateMap(new CertificateMap("COLIN",
                DnFilter.exactly(certificate.certificate().getSubjectX500Principal()), null, "L" + subject.hashCode(),
                trust));
        return client(certificate);
    }

    private HttpClient client(IssuedCertificate certificate) {
        return HttpClient.newBuilder().sslContext(TlsContexts.client(simulator.caCertificate(), certificate)).build();
    }

    private void assertRefused(HttpClient client, int reasonCode, String detail) throws Exception {
        HttpResponse<String> response = send(client, requests.displayTime("defcn"));
        assertEquals(401, response.statusCode(), response.body());
        JsonNode body = Json.parse(response.body());
        assertEquals(reasonCode, body.get("reasonCode").asInt(), response.body());
        assertTrue(body.get("message").asText().contains(detail), response.body());
        assertTrue(body.get("message").asText().startsWith(reasonCode == 28 ? "IZUG412E" : "IZUG414E"), response.body());
    }

    /** POST /zosmf/services/authenticate; the jwtToken cookie. */
    private String logon(HttpClient client) throws Exception {
        return logon(client, requests);
    }

    private static String logon(HttpClient client, Requests to) throws Exception {
        HttpResponse<String> response = send(client, to.post("/zosmf/services/authenticate", ""));
        assertEquals(200, response.statusCode(), response.body());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("jwtToken="))
                .map(c -> c.substring("jwtToken=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
