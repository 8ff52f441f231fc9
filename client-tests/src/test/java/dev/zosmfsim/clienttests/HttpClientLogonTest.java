package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import dev.zosmfsim.tls.CertificateAuthority;
import dev.zosmfsim.tls.IssuedCertificate;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.tls.TlsContexts;
import dev.zosmfsim.tls.Validity;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** Java's own HttpClient over mutual TLS: both logon kinds, and every refusal a user would see. */
@ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL, lifecycle = SimulatorLifecycle.PER_METHOD)
class HttpClientLogonTest {

    private final ZosmfSimulator simulator;
    private final Requests requests;

    HttpClientLogonTest(ZosmfSimulator simulator) {
        this.simulator = simulator;
        requests = new Requests(simulator);
    }


    @Test
    void infoNeedsNoLogon() throws Exception {
        HttpResponse<String> response = send(simulator.httpClient(), requests.get("/zosmf/info"));
        assertEquals(200, response.statusCode());
        JsonNode info = Json.parse(response.body());
        assertEquals("04.27.00", info.get("zos_version").asText());
        assertEquals(String.valueOf(simulator.port()), info.get("zosmf_port").asText());
        assertEquals("SAFRealm", info.get("zosmf_saf_realm").asText());
        assertTrue(info.get("plugins").isArray());
    }

    @Test
    void aPasswordLogonIssuesDisplayTime() throws Exception {
        HttpResponse<String> response = send(simulator.httpClient(), requests.displayTime("defcn")
                .header("Authorization", basic("IBMUSER", "SYS1")));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = Json.parse(response.body());
        assertTrue(body.get("cmd-response").asText().contains("IEE136I LOCAL: TIME="), response.body());
        String key = body.get("cmd-response-key").asText();
        assertEquals("/zosmf/restconsoles/consoles/defcn/solmsgs/" + key, body.get("cmd-response-uri").asText());
        assertTrue(body.get("cmd-response-url").asText().endsWith(body.get("cmd-response-uri").asText()));
    }

    @Test
    void aCertificateLogonNeedsNoPassword() throws Exception {
        HttpResponse<String> response = send(simulator.httpClientFor("COLIN"),
                requests.displayTime("defcn"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("COLIN", lastJournalUser());
    }

    @Test
    void aChunkedBodyIsReadLikeAnyOther() throws Exception {
        byte[] body = "{\"cmd\":\"D T\",\"async\":\"N\"}".getBytes(StandardCharsets.UTF_8);
        HttpRequest request = requests.to("/zosmf/restconsoles/consoles/COLIN99")
                .header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response = send(simulator.httpClientFor("COLIN"), request);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("IEE136I"));
    }

    @Test
    void aWrongPasswordIsRefusedWithReasonCode8() throws Exception {
        JsonNode body = refused(simulator.httpClient(), basic("IBMUSER", "WRONG"));
        assertEquals(8, body.get("returnCode").asInt());
        assertEquals(8, body.get("reasonCode").asInt());
        assertEquals("IZUG410E the password given for user IBMUSER is not correct", body.get("message").asText());
    }

    @Test
    void anUnknownUserIsRefusedWithReasonCode4() throws Exception {
        assertEquals(4, refused(simulator.httpClient(), basic("NOBODY", "X")).get("reasonCode").asInt());
    }

    @Test
    void aRevokedUserIsRefusedWithEitherCredential() throws Exception {
        simulator.system().racf().setRevoked("COLIN", true);
        JsonNode byPassword = refused(simulator.httpClient(), basic("COLIN", "PASSWORD"));
        assertEquals(28, byPassword.get("reasonCode").asInt());
        assertEquals("IZUG412E user COLIN is revoked", byPassword.get("message").asText());
        JsonNode byCertificate = refused(simulator.httpClientFor("COLIN"), null);
        assertEquals(28, byCertificate.get("reasonCode").asInt());
    }

    @Test
    void anExpiredPasswordIsRefusedButTheCertificateStillLogsOn() throws Exception {
        simulator.system().racf().setPassword("COLIN", "PASSWORD", true);
        JsonNode body = refused(simulator.httpClient(), basic("COLIN", "PASSWORD"));
        assertEquals(12, body.get("reasonCode").asInt());
        assertTrue(body.get("message").asText().contains("has expired"), body.toString());
        assertEquals(200, send(simulator.httpClientFor("COLIN"), requests.displayTime("defcn")
                ).statusCode());
    }

    @Test
    void aCertificateFromAnotherCaIsRefused() throws Exception {
        // an impostor CA with the simulator CA's very name, so that the client offers its certificate
        String caName = simulator.caCertificate().getSubjectX500Principal().getName();
        CertificateAuthority impostor = CertificateAuthority.create(caName, KeyAlgorithm.EC_P256,
                Validity.startingAround(simulator.clock().now(), Duration.ofDays(10)));
        IssuedCertificate forged = impostor.issueClient("CN=COLIN,OU=USERS,O=ZOSMF-SIM", KeyAlgorithm.EC_P256,
                Validity.startingAround(simulator.clock().now(), Duration.ofDays(1)));
        SSLContext context = TlsContexts.client(simulator.caCertificate(), forged);
        JsonNode body = refused(HttpClient.newBuilder().sslContext(context).build(), null);
        assertEquals(44, body.get("reasonCode").asInt());
        assertTrue(body.get("message").asText().contains("was not issued by this system's certificate authority"));
    }

    @Test
    void noCredentialsAtAllIsRefused() throws Exception {
        assertEquals(40, refused(simulator.httpClient(), null).get("reasonCode").asInt());
    }

    @Test
    void aStateChangingRequestWithoutTheCsrfHeaderIsRefused() throws Exception {
        HttpRequest request = requests.to("/zosmf/restconsoles/consoles/defcn")
                .header("Authorization", basic("IBMUSER", "SYS1")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}")).build();
        HttpResponse<String> response = send(simulator.httpClient(), request);
        assertEquals(403, response.statusCode());
        JsonNode body = Json.parse(response.body());
        assertEquals("IZUG846W", body.get("errorID").asText());
        // z/OSMF's text word for word (zowe/api-layer issue 4478); the target is the Host the request named
        assertEquals("IZUG846W: An HTTP request for a z/OSMF REST service was received from a remote site. The request"
                + " was rejected, however, because the remote site \"\" is not permitted to z/OSMF server \"IZUSVR\" on"
                + " target system \"" + request.uri().getRawAuthority() + "\" .", body.get("errorMsg").asText());
    }

    @Test
    void tokensFromAuthenticateStandInForTheLogonUntilLogout() throws Exception {
        HttpClient client = simulator.httpClient();
        HttpResponse<String> logon = send(client, requests.to("/zosmf/services/authenticate")
                .header("Authorization", basic("COLIN", "PASSWORD")).header("X-CSRF-ZOSMF-HEADER", "")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, logon.statusCode(), logon.body());
        List<String> cookies = logon.headers().allValues("Set-Cookie");
        String jwt = cookie(cookies, "jwtToken");
        String ltpa = cookie(cookies, "LtpaToken2");
        assertTrue(cookies.stream().allMatch(c -> c.contains("Secure") && c.contains("HttpOnly")), cookies.toString());

        assertEquals(200, send(client, requests.displayTime("defcn")
                .header("Cookie", "jwtToken=" + jwt)).statusCode());
        assertEquals(200, send(client, requests.displayTime("defcn")
                .header("Cookie", "LtpaToken2=" + ltpa)).statusCode());

        HttpResponse<String> logoff = send(client, requests.to("/zosmf/services/authenticate")
                .header("Cookie", "jwtToken=" + jwt).header("X-CSRF-ZOSMF-HEADER", "true").DELETE());
        assertEquals(204, logoff.statusCode());
        HttpResponse<String> after = send(client, requests.displayTime("defcn")
                .header("Cookie", "LtpaToken2=" + ltpa));
        assertEquals(401, after.statusCode());
        assertEquals(64, Json.parse(after.body()).get("reasonCode").asInt());
    }

    @Test
    void tokensExpireOnTheSimulatorClock() throws Exception {
        HttpClient client = simulator.httpClient();
        HttpResponse<String> logon = send(client, requests.to("/zosmf/services/authenticate")
                .header("Authorization", basic("IBMUSER", "SYS1")).header("X-CSRF-ZOSMF-HEADER", "")
                .POST(HttpRequest.BodyPublishers.noBody()));
        String jwt = cookie(logon.headers().allValues("Set-Cookie"), "jwtToken");
        simulator.clock().advance(Duration.ofMinutes(495));
        HttpResponse<String> expired = send(client, requests.displayTime("defcn")
                .header("Cookie", "jwtToken=" + jwt));
        assertEquals(401, expired.statusCode());
        assertEquals(68, Json.parse(expired.body()).get("reasonCode").asInt());
    }

    @Test
    void anExpiredPasswordIsChangedWithPutAndThenLogsOn() throws Exception {
        simulator.system().racf().setPassword("COLIN", "PASSWORD", true);
        HttpClient client = simulator.httpClient();
        HttpResponse<String> change = send(client, requests.to("/zosmf/services/authenticate")
                .header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"userID\":\"COLIN\",\"oldPwd\":\"PASSWORD\",\"newPwd\":\"NEWPW1\"}"))
                );
        assertEquals(200, change.statusCode(), change.body());
        assertEquals(0, Json.parse(change.body()).get("returnCode").asInt());
        assertEquals(200, send(client, requests.displayTime("defcn")
                .header("Authorization", basic("COLIN", "NEWPW1"))).statusCode());
        assertFalse(simulator.system().racf().user("COLIN").orElseThrow().passwordExpired());
    }

    @Test
    void anUnknownPathGetsAZosmfShapedNotFound() throws Exception {
        HttpResponse<String> response = send(simulator.httpClient(), requests.get("/zosmf/no/such/service")
                .header("Authorization", basic("IBMUSER", "SYS1")));
        assertEquals(404, response.statusCode());
        assertTrue(Json.parse(response.body()).get("message").asText().startsWith("IZUG803E"), response.body());
    }

    private JsonNode refused(HttpClient client, String authorization) throws Exception {
        HttpRequest.Builder request = requests.displayTime("defcn");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = send(client, request);
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return Json.parse(response.body());
    }

    private String lastJournalUser() {
        List<dev.zosmfsim.journal.RequestJournal.Entry> entries = simulator.journal().entries();
        return entries.get(entries.size() - 1).userid();
    }

    private static String cookie(List<String> setCookies, String name) {
        return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .map(c -> c.substring(name.length() + 1, c.indexOf(';')))
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + setCookies));
    }
}
