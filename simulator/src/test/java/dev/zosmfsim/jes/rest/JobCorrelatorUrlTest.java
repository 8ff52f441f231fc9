package dev.zosmfsim.jes.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.ZosmfRequests;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A job named by its correlator: the URL forms of IBM's jobs interface, and the url fields z/OSMF writes. */
class JobCorrelatorUrlTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOBS = "/zosmf/restjobs/jobs";
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

    private static HttpResponse<String> send(String user, String password, String method, String target, String type,
            String body) throws Exception {
        String uri = target.startsWith("https:") ? target : "https://127.0.0.1:" + simulator.port() + target;
        return client.send(ZosmfRequests.as(user, password, method, URI.create(uri), type, body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode submit(String user, String password, String jcl) throws Exception {
        HttpResponse<String> submitted = send(user, password, "PUT", JOBS, "text/plain", jcl);
        assertEquals(201, submitted.statusCode(), submitted.body());
        return JSON.readTree(submitted.body());
    }

    @Test
    void aJobDocumentsUrlsNameItByItsCorrelatorAndTheyAnswer() throws Exception {
        JsonNode job = submit("COLIN", "PASSWORD", "//COLINU JOB\n//S1 EXEC PGM=IEFBR14\n");
        String correlator = job.get("job-correlator").asText();
        assertTrue(correlator.matches("J\\d{7}S0W1\\.{4}[0-9A-F]{8}\\.{7}:"), correlator);
        String url = job.get("url").asText();
        assertEquals("https://127.0.0.1:" + simulator.port() + JOBS + "/" + correlator.replace(":", "%3A"), url);
        assertEquals(url + "/files", job.get("files-url").asText());

        HttpResponse<String> status = send("COLIN", "PASSWORD", "GET", url, null, null);
        assertEquals(200, status.statusCode(), status.body());
        assertEquals("CC 0000", JSON.readTree(status.body()).get("retcode").asText());
        HttpResponse<String> files = send("COLIN", "PASSWORD", "GET", job.get("files-url").asText(), null, null);
        assertEquals(200, files.statusCode(), files.body());
        JsonNode log = JSON.readTree(files.body()).get(0);
        assertEquals("JESMSGLG", log.get("ddname").asText());
        assertEquals(url + "/files/2/records", log.get("records-url").asText());
        HttpResponse<String> records = send("COLIN", "PASSWORD", "GET", log.get("records-url").asText(), null, null);
        assertEquals(200, records.statusCode(), records.body());
        assertTrue(records.body().contains("$HASP395 COLINU   ENDED"), records.body());
        HttpResponse<String> jcl = send("COLIN", "PASSWORD", "GET", url + "/files/JCL/records", null, null);
        assertEquals("//COLINU JOB\n//S1 EXEC PGM=IEFBR14\n", jcl.body());
        // the correlator's colon may also come unencoded, or as IBM's pages write it, a semicolon
        assertEquals(200, send("COLIN", "PASSWORD", "GET", JOBS + "/" + correlator, null, null).statusCode());
        assertEquals(200, send("COLIN", "PASSWORD", "GET", JOBS + "/" + correlator.replace(":", "%3B"), null, null)
                .statusCode());
    }

    @Test
    void cancelAndPurgeByCorrelator() throws Exception {
        JsonNode held = submit("COLIN", "PASSWORD", "//COLINV JOB TYPRUN=HOLD\n//S1 EXEC PGM=IEFBR14\n");
        String url = held.get("url").asText();
        HttpResponse<String> cancelled = send("COLIN", "PASSWORD", "PUT", url, "application/json",
                "{\"request\":\"cancel\",\"version\":\"2.0\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals(0, JSON.readTree(cancelled.body()).get("status").asInt());
        assertEquals("CANCELED", JSON.readTree(send("COLIN", "PASSWORD", "GET", url, null, null).body())
                .get("retcode").asText());
        assertEquals(202, send("COLIN", "PASSWORD", "DELETE", url, null, null).statusCode());
        HttpResponse<String> gone = send("COLIN", "PASSWORD", "GET", url, null, null);
        assertEquals(400, gone.statusCode(), gone.body());
        JsonNode error = JSON.readTree(gone.body());
        assertEquals(10, error.get("reason").asInt());
        assertEquals("No job found for reference: '" + held.get("job-correlator").asText() + "'",
                error.get("message").asText());
    }

    @Test
    void anotherUsersJobByCorrelatorIsNotThereForTheCaller() throws Exception {
        JsonNode ibmusers = submit("IBMUSER", "SYS1", "//IBMUSERU JOB\n//S1 EXEC PGM=IEFBR14\n");
        HttpResponse<String> refused = send("COLIN", "PASSWORD", "GET", ibmusers.get("url").asText(), null, null);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(10, JSON.readTree(refused.body()).get("reason").asInt());
        HttpResponse<String> files = send("COLIN", "PASSWORD", "GET", ibmusers.get("files-url").asText(), null,
                null);
        assertEquals(10, JSON.readTree(files.body()).get("reason").asInt(), files.body());
    }
}
