package dev.zosmfsim.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.ZosmfRequests;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The corpus entries and flows that only show over HTTP: what z/OSMF itself adds to the system's answers. */
class FidelityOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ZosmfSimulator simulator;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start();
        client = simulator.httpClient();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    /** Item 8: the missing X-CSRF-ZOSMF-HEADER gets z/OSMF's own IZUG846W text. */
    @Test
    void aRequestWithoutTheCsrfHeaderGetsZosmfsOwnText() throws Exception {
        CorpusEntry entry = CorpusEntry.load("izug846w");
        HttpRequest withoutCsrfHeader = HttpRequest.newBuilder(uri("/zosmf/restconsoles/consoles/defcn"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", ZosmfRequests.basic("IBMUSER", "SYS1"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}")).build();
        HttpResponse<String> response = client.send(withoutCsrfHeader, HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("IZUG846W", body.get("errorID").asText());
        assertEquals(entry.expected(), entry.actual(List.of(body.get("errorMsg").asText())), entry.source());
    }

    /** Items 1 and 2: an 8-character response key, and no carriage return after the last line. */
    @Test
    void aCommandResponseHasAnEightCharacterKeyAndNoTrailingCarriageReturn() throws Exception {
        JsonNode issued = send("IBMUSER", "SYS1", "PUT", "/zosmf/restconsoles/consoles/defcn", "{\"cmd\":\"D IPLINFO\"}");
        assertTrue(issued.get("cmd-response-key").asText().matches("C\\d{7}"), issued.toString());
        String response = issued.get("cmd-response").asText();
        assertTrue(response.startsWith(" IEE254I  "), response);
        assertFalse(response.endsWith("\r"), "no carriage return after the last line: " + response);
        assertTrue(response.contains("\r  SYSTEM IPLED AT "), response);
        JsonNode time = send("IBMUSER", "SYS1", "PUT", "/zosmf/restconsoles/consoles/defcn", "{\"cmd\":\"D T\"}");
        assertTrue(time.get("cmd-response").asText().matches(" IEE136I LOCAL: TIME=[0-9.]+ DATE=[0-9.]+  UTC: TIME=[0-9.]+"
                + " DATE=[0-9.]+"), time.toString());
    }

    /**
     * Item 7: a logon with a procedure that does not exist is read through to its end. The start answers the IKJ
     * message; a GET on its key answers the prompt the logon waits on, so the Zowe SDK's collect loop ends and the SDK
     * raises its own error.
     */
    @Test
    void aFailedLogonIsReadThroughToItsPrompt() throws Exception {
        JsonNode started = send("COLIN", "PASSWORD", "POST", "/zosmf/tsoApp/tso?acct=ACCT%23&proc=NOSUCH", null);
        String key = started.get("servletKey").asText();
        assertEquals("IKJ56482I THE PROCEDURE NAME NOSUCH HAS NOT BEEN DEFINED FOR USE",
                started.at("/tsoData/0/TSO MESSAGE/DATA").asText(), started.toString());
        assertEquals(1, started.get("tsoData").size(), "no prompt in the start's answer: " + started);
        JsonNode read = send("COLIN", "PASSWORD", "GET", "/zosmf/tsoApp/tso/" + key, null);
        assertFalse(read.has("msgData"), read.toString());
        assertTrue(read.at("/tsoData/0").has("TSO PROMPT"), read.toString());
        JsonNode ended = send("COLIN", "PASSWORD", "DELETE", "/zosmf/tsoApp/tso/" + key, null);
        assertFalse(ended.has("msgData"), ended.toString());
    }

    /** Item 12: the Zowe Java SDK's TsoReply reads a reply with a PUT that has no body. */
    @Test
    void aPutWithoutABodyReadsTheWaitingOutput() throws Exception {
        JsonNode started = send("COLIN", "PASSWORD", "POST", "/zosmf/tsoApp/tso?acct=ACCT%23&proc=IZUFPROC", null);
        String key = started.get("servletKey").asText();
        send("COLIN", "PASSWORD", "PUT", "/zosmf/tsoApp/tso/" + key + "?readReply=false",
                "{\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"TIME\"}}");
        JsonNode reply = send("COLIN", "PASSWORD", "PUT", "/zosmf/tsoApp/tso/" + key, "");
        assertFalse(reply.has("msgData"), reply.toString());
        assertTrue(reply.at("/tsoData/0/TSO MESSAGE/DATA").asText().startsWith("IKJ56650I TIME-"), reply.toString());
        send("COLIN", "PASSWORD", "DELETE", "/zosmf/tsoApp/tso/" + key + "?tsoforcecancel=true", null);
    }

    /** Item 12: a raw '#' in the request target, as a client that does not encode the account sends it. */
    @Test
    void aRawHashInTheAccountIsPartOfTheAccount() throws Exception {
        String head = "POST /zosmf/tsoApp/tso?acct=ACCT#&proc=IZUFPROC HTTP/1.1\r\nHost: 127.0.0.1:" + simulator.port()
                + "\r\nAuthorization: " + ZosmfRequests.basic("COLIN", "PASSWORD") + "\r\nX-CSRF-ZOSMF-HEADER: true\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n";
        String response = raw(head);
        assertTrue(response.startsWith("HTTP/1.1 200 "), response);
        JsonNode started = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        String key = started.get("servletKey").asText();
        List<String> table = simulator.admin().operatorCommand("F CEA,DIAG,SESSTABLE");
        assertTrue(table.contains(" ACCT=ACCT#"), "the account is ACCT#, the procedure IZUFPROC: " + table);
        assertTrue(table.stream().anyMatch(line -> line.contains("LOGONPROC=IZUFPROC")), table.toString());
        send("COLIN", "PASSWORD", "DELETE", "/zosmf/tsoApp/tso/" + key + "?tsoforcecancel=true", null);
    }

    private static String raw(String request) throws IOException {
        try (SSLSocket socket = (SSLSocket) simulator.sslContext().getSocketFactory().createSocket("127.0.0.1",
                simulator.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            return read.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static JsonNode send(String user, String password, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("X-CSRF-ZOSMF-HEADER", "true").header("Content-Type", "application/json")
                .header("Authorization", ZosmfRequests.basic(user, password))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static URI uri(String path) {
        return URI.create(simulator.baseUri() + path);
    }}
