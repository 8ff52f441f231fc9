package dev.zosmfsim.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.admin.AdminRecords.CertificateRequest;
import dev.zosmfsim.admin.AdminRecords.ClockState;
import dev.zosmfsim.admin.AdminRecords.FaultListing;
import dev.zosmfsim.admin.AdminRecords.Firing;
import dev.zosmfsim.admin.AdminRecords.IssuedPems;
import dev.zosmfsim.admin.AdminRecords.JournalEntry;
import dev.zosmfsim.admin.AdminRecords.NewUser;
import dev.zosmfsim.admin.AdminRecords.SessionState;
import dev.zosmfsim.admin.AdminRecords.UserState;
import dev.zosmfsim.admin.AdminRecords.ZosmfChange;
import dev.zosmfsim.admin.AdminRecords.ZosmfState;
import dev.zosmfsim.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * {@link SimulatorAdmin} over the admin API ({@code /zosmf-sim/v1}) of a simulator that runs elsewhere: the command
 * line's process, a container. It answers as the in-process admin does; a refusal is the same
 * {@link AdminException}, with the status and reason code the API answered.
 *
 * <pre>{@code
 * SimulatorAdmin admin = RemoteAdmin.connect(URI.create("https://127.0.0.1:10443"), token, sslContext);
 * admin.revoke("COLIN");
 * }</pre>
 */
public final class RemoteAdmin implements SimulatorAdmin {

    private static final String PREFIX = "/zosmf-sim/v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUri;
    private final String token;
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RemoteAdmin(URI baseUri, String token, SSLContext sslContext) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.token = Objects.requireNonNull(token, "token");
        this.client = HttpClient.newBuilder().sslContext(Objects.requireNonNull(sslContext, "sslContext"))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * A client of the simulator at {@code baseUri} ({@code https://host:port}), with its admin token;
     * {@code sslContext} must trust the simulator's CA.
     */
    public static RemoteAdmin connect(URI baseUri, String adminToken, SSLContext sslContext) {
        return new RemoteAdmin(baseUri, adminToken, sslContext);
    }

    @Override
    public ClockState clockState() {
        return call("GET", "/clock", null, ClockState.class);
    }

    @Override
    public ClockState setClockMode(String mode, Double scale) {
        return call("PUT", "/clock", new AdminRecords.ClockSetting(mode, scale), ClockState.class);
    }

    @Override
    public ClockState advanceClock(Duration by) {
        return call("POST", "/clock/advance", new AdminRecords.Advance(by.toMillis() + "ms"), ClockState.class);
    }

    @Override
    public String addFault(Scenario.FaultSpec rule) {
        return call("POST", "/faults", rule, AdminRecords.FaultId.class).id();
    }

    @Override
    public List<FaultListing> faults() {
        return call("GET", "/faults", null, AdminRecords.FaultList.class).rules();
    }

    @Override
    public boolean removeFault(String id) {
        try {
            call("DELETE", "/faults/" + encode(id), null, Void.class);
            return true;
        } catch (AdminException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void clearFaults() {
        call("DELETE", "/faults", null, Void.class);
    }

    @Override
    public List<Firing> faultFirings() {
        return call("GET", "/faults/firings", null, AdminRecords.Firings.class).firings();
    }

    @Override
    public ZosmfState zosmf() {
        return call("GET", "/zosmf", null, ZosmfState.class);
    }

    @Override
    public ZosmfState configureZosmf(ZosmfChange change) {
        return call("PUT", "/zosmf/settings", change, ZosmfState.class);
    }

    @Override
    public List<String> restartZosmf() {
        return call("POST", "/zosmf/restart", null, AdminRecords.Messages.class).messages();
    }

    @Override
    public List<String> operatorCommand(String command) {
        return call("POST", "/operator-command", new AdminRecords.OperatorCommand(command),
                AdminRecords.Messages.class).messages();
    }

    @Override
    public List<UserState> users() {
        return call("GET", "/users", null, AdminRecords.Users.class).users();
    }

    @Override
    public UserState addUser(NewUser user) {
        return call("POST", "/users", user, UserState.class);
    }

    @Override
    public UserState revoke(String userid) {
        return call("POST", "/users/" + encode(userid) + "/revoke", null, UserState.class);
    }

    @Override
    public UserState resume(String userid) {
        return call("POST", "/users/" + encode(userid) + "/resume", null, UserState.class);
    }

    @Override
    public UserState expirePassword(String userid) {
        return call("POST", "/users/" + encode(userid) + "/expire-password", null, UserState.class);
    }

    @Override
    public UserState setPassword(String userid, String password, boolean expired) {
        return call("PUT", "/users/" + encode(userid) + "/password", new AdminRecords.PasswordChange(password,
                expired), UserState.class);
    }

    @Override
    public UserState setOperParm(String userid, List<String> auth) {
        return auth == null || auth.isEmpty()
                ? call("DELETE", "/users/" + encode(userid) + "/operparm", null, UserState.class)
                : call("PUT", "/users/" + encode(userid) + "/operparm", new AdminRecords.OperParmChange(auth),
                        UserState.class);
    }

    @Override
    public IssuedPems issueCertificate(String userid, CertificateRequest request) {
        return call("POST", "/users/" + encode(userid) + "/certificate", request, IssuedPems.class);
    }

    @Override
    public List<Scenario.CertificateMapSpec> certificateMaps() {
        return call("GET", "/certificate-maps", null, AdminRecords.CertificateMaps.class).maps();
    }

    @Override
    public Scenario.CertificateMapSpec addCertificateMap(Scenario.CertificateMapSpec map) {
        return call("POST", "/certificate-maps", map, Scenario.CertificateMapSpec.class);
    }

    @Override
    public int deleteCertificateMaps(String userid, String label) {
        return call("DELETE", "/certificate-maps?user=" + encode(userid) + (label == null ? "" : "&label="
                + encode(label)), null, AdminRecords.Deleted.class).deleted();
    }

    @Override
    public List<SessionState> sessions() {
        return call("GET", "/sessions", null, AdminRecords.Sessions.class).sessions();
    }

    @Override
    public List<String> cancel(String userid, Integer asid) {
        return call("DELETE", "/sessions?user=" + encode(userid) + (asid == null ? ""
                : "&asid=" + String.format("%04X", asid)), null, AdminRecords.Messages.class).messages();
    }

    @Override
    public List<JournalEntry> journal() {
        return call("GET", "/journal", null, AdminRecords.Journal.class).entries();
    }

    @Override
    public void clearJournal() {
        call("DELETE", "/journal", null, Void.class);
    }

    @Override
    public List<String> izugLog() {
        String text = call("GET", "/izug-log", null, String.class);
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length
                - (text.endsWith("\n") ? 1 : 0));
    }

    @Override
    public void clearIzugLog() {
        call("DELETE", "/izug-log", null, Void.class);
    }

    @Override
    public void reset() {
        call("POST", "/reset", null, Void.class);
    }

    @Override
    public String exportYaml() {
        return call("GET", "/scenario", null, String.class);
    }

    private <T> T call(String method, String path, Object body, Class<T> answer) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(PREFIX + path)).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw refusal(response);
            }
            if (answer == Void.class) {
                return null;
            }
            if (answer == String.class) {
                return answer.cast(response.body());
            }
            return json.readValue(response.body(), answer);
        } catch (IOException e) {
            throw new UncheckedIOException("the simulator at " + baseUri + " did not answer " + method + " " + path,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the simulator at " + baseUri, e);
        }
    }

    /** The admin API's refusal ({@code returnCode}, {@code reasonCode}, {@code message}) as an AdminException. */
    private AdminException refusal(HttpResponse<String> response) {
        try {
            JsonNode body = json.readTree(response.body());
            String message = body.path("message").asText(response.body());
            return new AdminException(response.statusCode(), body.path("reasonCode").asInt(0),
                    message.replaceFirst("^ZSIM\\d{3}E ", ""));
        } catch (IOException e) {
            return new AdminException(response.statusCode(), 0, response.body());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
