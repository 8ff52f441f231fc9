package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The admin API over HTTPS: who may use it, and that each operation changes what z/OSMF clients see. */
@ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL, lifecycle = SimulatorLifecycle.PER_METHOD)
class AdminApiTest {

    private final ZosmfSimulator simulator;
    private final Requests requests;
    private final HttpClient anonymous;

    AdminApiTest(ZosmfSimulator simulator) {
        this.simulator = simulator;
        requests = new Requests(simulator);
        anonymous = simulator.httpClient();
    }


    @Test
    void withoutTheTokenOrASpecialCertificateTheAdminApiIsRefused() throws Exception {
        HttpResponse<String> none = send(anonymous, requests.get("/zosmf-sim/v1/clock"));
        assertEquals(401, none.statusCode());
        assertTrue(Json.parse(none.body()).get("message").asText().startsWith("ZSIM401E"), none.body());
        assertEquals(401, send(anonymous, requests.get("/zosmf-sim/v1/clock")
                .header("Authorization", "Bearer not-the-token-at-all")).statusCode());
        assertEquals(401, send(anonymous, requests.get("/zosmf-sim/v1/clock")
                .header("Authorization", basic("IBMUSER", "SYS1"))).statusCode(), "a password is not enough");
        HttpResponse<String> colin = send(simulator.httpClientFor("COLIN"), requests.get("/zosmf-sim/v1/clock"));
        assertEquals(403, colin.statusCode(), "COLIN is not SPECIAL");
        assertTrue(colin.body().contains("SPECIAL"), colin.body());
    }

    @Test
    void aSpecialUsersCertificateOpensTheAdminApi() throws Exception {
        simulator.admin().issueCertificate("IBMUSER", null);
        HttpResponse<String> clock = send(simulator.httpClientFor("IBMUSER"), requests.get("/zosmf-sim/v1/clock"));
        assertEquals(200, clock.statusCode(), clock.body());
        assertEquals("manual", Json.parse(clock.body()).get("mode").asText());
    }

    @Test
    void aCertificateAuthenticatedChangeMustCarryTheCsrfHeaderTheTokenNeedsNone() throws Exception {
        simulator.admin().issueCertificate("IBMUSER", null);
        HttpClient ibmuser = simulator.httpClientFor("IBMUSER");
        Instant before = simulator.clock().now();
        // what a page on another site can make a browser send: the certificate goes with it, the header does not
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            String path = method.equals("POST") ? "/zosmf-sim/v1/clock/advance" : method.equals("PUT")
                    ? "/zosmf-sim/v1/clock" : "/zosmf-sim/v1/journal";
            String body = method.equals("POST") ? "{\"by\":\"90s\"}" : method.equals("PUT")
                    ? "{\"mode\":\"scaled\",\"scale\":60}" : null;
            HttpResponse<String> refused = send(ibmuser, requests.to(path).header("Content-Type", "application/json")
                    .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(403, refused.statusCode(), method + " " + refused.body());
            JsonNode json = Json.parse(refused.body());
            assertEquals(8, json.get("returnCode").asInt());
            assertEquals(5, json.get("reasonCode").asInt());
            assertTrue(json.get("message").asText().startsWith("ZSIM403E ")
                    && json.get("message").asText().contains("X-CSRF-ZOSMF-HEADER"), refused.body());
        }
        assertEquals(before, simulator.clock().now(), "a refused request moved the clock");
        assertEquals(SimClock.Mode.MANUAL, simulator.clock().mode(), "a refused PUT switched the clock");
        // a read needs no header; a change with the header goes through; the token needs none
        assertEquals(200, send(ibmuser, requests.to("/zosmf-sim/v1/clock").GET()).statusCode());
        HttpResponse<String> withHeader = send(ibmuser, requests.post("/zosmf-sim/v1/clock/advance", "{\"by\":\"90s\"}"));
        assertEquals(200, withHeader.statusCode(), withHeader.body());
        HttpResponse<String> byToken = send(anonymous, requests.admin(requests.to("/zosmf-sim/v1/clock/advance")
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"by\":\"10s\"}"))));
        assertEquals(200, byToken.statusCode(), byToken.body());
        assertEquals(before.plusSeconds(100), simulator.clock().now());
    }

    @Test
    void theClockIsReadAdvancedAndSwitched() throws Exception {
        Instant before = simulator.clock().now();
        JsonNode advanced = Json.parse(send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/clock/advance",
                "{\"by\":\"90s\"}"))).body());
        assertEquals(before.plusSeconds(90).toString(), advanced.get("now").asText());
        JsonNode scaled = Json.parse(send(anonymous, requests.admin(requests.put("/zosmf-sim/v1/clock",
                "{\"mode\":\"scaled\",\"scale\":60}"))).body());
        assertEquals("scaled", scaled.get("mode").asText());
        assertEquals(60.0, scaled.get("scale").asDouble());
        HttpResponse<String> wrong = send(anonymous, requests.admin(requests.put("/zosmf-sim/v1/clock",
                "{\"mode\":\"sideways\"}")));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("expected system, manual or scaled"), wrong.body());
    }

    @Test
    void faultsAreAddedListedAndRemoved() throws Exception {
        HttpResponse<String> added = send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/faults",
                "{\"name\":\"info-down\",\"match\":{\"service\":\"info\"},\"when\":{\"first\":1},"
                        + "\"effect\":{\"unavailable\":true}}")));
        assertEquals(201, added.statusCode(), added.body());
        String id = Json.parse(added.body()).get("id").asText();
        assertEquals(503, send(anonymous, requests.get("/zosmf/info")).statusCode());
        JsonNode listed = Json.parse(send(anonymous, requests.admin(requests.get("/zosmf-sim/v1/faults"))).body());
        assertEquals(1, listed.at("/rules/0/fired").asInt());
        assertEquals("info", listed.at("/rules/0/rule/match/service").asText());
        JsonNode firings = Json.parse(send(anonymous, requests.admin(requests.get("/zosmf-sim/v1/faults/firings")))
                .body());
        assertEquals("/zosmf/info", firings.at("/firings/0/path").asText());
        assertEquals(204, send(anonymous, requests.admin(requests.delete("/zosmf-sim/v1/faults/" + id))).statusCode());
        assertEquals(404, send(anonymous, requests.admin(requests.delete("/zosmf-sim/v1/faults/" + id))).statusCode());
    }

    @Test
    void aBadFaultRuleIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> bad = send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/faults",
                "{\"effect\":{\"trickle\":{\"bytes\":0,\"every\":\"1s\"}}}")));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("body.effect.trickle: expected bytes of 1 or more, got 0"), bad.body());
        HttpResponse<String> two = send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/faults",
                "{\"effect\":{\"drop\":true,\"delay\":\"1s\"}}")));
        assertEquals(400, two.statusCode());
        assertTrue(two.body().contains("expected exactly one of"), two.body());
    }

    @Test
    void revokeAndResumeChangeWhoLogsOn() throws Exception {
        assertEquals(200, send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/users/COLIN/revoke", "")))
                .statusCode());
        assertEquals(401, send(simulator.httpClientFor("COLIN"), requests.displayTime("defcn")).statusCode());
        send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/users/COLIN/resume", "")));
        assertEquals(200, send(simulator.httpClientFor("COLIN"), requests.displayTime("defcn")).statusCode());
        assertEquals(404, send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/users/NOBODY/revoke", "")))
                .statusCode());
    }

    @Test
    void anIssuedCertificateLogsOnAtOnce() throws Exception {
        send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/users",
                "{\"userid\":\"ALICE\",\"password\":\"SECRET\"}")));
        HttpResponse<String> issued = send(anonymous, requests.admin(requests.post(
                "/zosmf-sim/v1/users/ALICE/certificate", "{\"subject\":\"CN=ALICE,O=EXAMPLE\"}")));
        assertEquals(201, issued.statusCode(), issued.body());
        JsonNode pems = Json.parse(issued.body());
        assertEquals("CN=ALICE,O=EXAMPLE", pems.get("subject").asText());
        HttpClient alice = HttpClient.newBuilder().sslContext(Pems.sslContext(pems.get("caCertificatePem").asText(),
                pems.get("certificatePem").asText(), pems.get("privateKeyPem").asText())).build();
        HttpResponse<String> command = send(alice, requests.displayTime("defcn"));
        assertEquals(200, command.statusCode(), command.body());
        assertEquals("ALICE", simulator.journal().entries().get(simulator.journal().entries().size() - 1).userid());
    }

    @Test
    void aCertificateRequestWithAFieldThatIsNotABooleanOrNotKnownIsRefused() throws Exception {
        HttpResponse<String> notBoolean = send(anonymous, requests.admin(requests.post(
                "/zosmf-sim/v1/users/COLIN/certificate", "{\"map\":\"sometimes\"}")));
        assertEquals(400, notBoolean.statusCode(), notBoolean.body());
        assertTrue(notBoolean.body().contains("map"), notBoolean.body());
        assertEquals(400, send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/users/COLIN/certificate",
                "{\"colour\":\"blue\"}"))).statusCode());
    }

    @Test
    void sessionsAreListedAndCancelled() throws Exception {
        send(simulator.httpClientFor("COLIN"), requests.displayTime("COLIN99"));
        JsonNode sessions = Json.parse(send(anonymous, requests.admin(requests.get("/zosmf-sim/v1/sessions"))).body());
        assertEquals("COLIN", sessions.at("/sessions/0/userid").asText());
        assertEquals("COLIN99", sessions.at("/sessions/0/console").asText());
        JsonNode cancelled = Json.parse(send(anonymous, requests.admin(requests.delete(
                "/zosmf-sim/v1/sessions?user=COLIN"))).body());
        assertEquals(" IEE301I COLIN     CANCEL COMMAND ACCEPTED", cancelled.at("/messages/0").asText());
        assertEquals(0, simulator.admin().sessions().size());
    }

    @Test
    void aHostnameChangeTakesEffectAtTheRestart() throws Exception {
        send(anonymous, requests.admin(requests.put("/zosmf-sim/v1/zosmf/settings", "{\"hostname\":\"10.1.1.2\"}")));
        assertEquals("s0w1.zosmf-sim.test", Json.parse(send(anonymous, requests.get("/zosmf/info")).body())
                .get("zosmf_hostname").asText(), "not before z/OSMF restarts");
        HttpResponse<String> restart = send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/zosmf/restart", "")));
        assertTrue(restart.body().contains("IZUSVR1"), restart.body());
        assertEquals("10.1.1.2", Json.parse(send(anonymous, requests.get("/zosmf/info")).body())
                .get("zosmf_hostname").asText());
    }

    @Test
    void resetPutsTheScenarioBackAndExportDescribesTheState() throws Exception {
        simulator.admin().revoke("COLIN");
        String exported = send(anonymous, requests.admin(requests.get("/zosmf-sim/v1/scenario"))).body();
        assertTrue(new ScenarioLoader().parse(exported, "exported.yaml").users().get("COLIN").revoked());
        assertEquals(204, send(anonymous, requests.admin(requests.post("/zosmf-sim/v1/reset", ""))).statusCode());
        assertFalse(simulator.system().racf().user("COLIN").orElseThrow().revoked());
        assertEquals(200, send(simulator.httpClientFor("COLIN"), requests.displayTime("defcn")).statusCode(),
                "the certificates issued at start still log on after a reset");
    }

    @Test
    void theJournalAndTheZosmfLogAreReadAndCleared() throws Exception {
        send(anonymous, requests.get("/zosmf/info"));
        JsonNode journal = Json.parse(send(anonymous, requests.admin(requests.get("/zosmf-sim/v1/journal"))).body());
        assertEquals("/zosmf/info", journal.at("/entries/0/path").asText());
        send(anonymous, requests.admin(requests.delete("/zosmf-sim/v1/journal")));
        JsonNode cleared = Json.parse(send(anonymous, requests.admin(requests.get("/zosmf-sim/v1/journal"))).body());
        assertEquals(1, cleared.get("entries").size(), "only the read of the journal itself is left");
        HttpResponse<String> log = send(anonymous, requests.admin(requests.get("/zosmf-sim/v1/izug-log")));
        assertEquals(200, log.statusCode());
        assertTrue(log.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    /** PEM texts as the admin API returns them, turned into a client TLS context. */
    static final class Pems {
        static javax.net.ssl.SSLContext sslContext(String caPem, String certificatePem, String keyPem) throws Exception {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            X509Certificate ca = (X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(caPem.getBytes(StandardCharsets.US_ASCII)));
            X509Certificate certificate = (X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)));
            byte[] der = Base64.getMimeDecoder().decode(keyPem.replaceAll("-----[A-Z ]+-----", ""));
            java.security.PrivateKey key = KeyFactory.getInstance(certificate.getPublicKey().getAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("me", key, "x".toCharArray(), new java.security.cert.Certificate[] {certificate});
            store.setCertificateEntry("ca", ca);
            javax.net.ssl.KeyManagerFactory keys = javax.net.ssl.KeyManagerFactory.getInstance("PKIX");
            keys.init(store, "x".toCharArray());
            javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
            java.security.KeyStore trusted = java.security.KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("ca", ca);
            trust.init(trusted);
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        }
    }

}
