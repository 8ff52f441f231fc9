package dev.zosmfsim.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.ZosmfSimulator;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Which answers come gzipped: a JSON answer of 1,500 bytes or more to a client that accepts gzip, as Javalin decides
 * (the server names its own content types to make that decision cheap, not to change it); small answers and clients
 * that do not ask get the JSON as it is.
 */
class AnswerCompressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGON = "Basic "
            + Base64.getEncoder().encodeToString("IBMUSER:SYS1".getBytes(StandardCharsets.UTF_8));

    @Test
    void aLargeJsonAnswerIsGzippedForAClientThatAcceptsItAndPlainOtherwise() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().start()) {
            HttpClient client = simulator.httpClient();
            HttpResponse<byte[]> zipped = client.send(jobs(simulator).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, zipped.statusCode());
            assertEquals(Optional.of("gzip"), zipped.headers().firstValue("Content-Encoding"));
            byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
            assertTrue(unzipped.length >= 1_500, "the list is large enough to be compressed: " + unzipped.length);
            JsonNode list = JSON.readTree(unzipped);
            assertTrue(list.isArray() && list.size() > 0, new String(unzipped, StandardCharsets.UTF_8));

            HttpResponse<byte[]> plain = client.send(jobs(simulator).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"));
            assertEquals(JSON.readTree(unzipped), JSON.readTree(plain.body()));
        }
    }

    @Test
    void aSmallConsoleAnswerIsNotCompressedEvenWhenTheClientAcceptsGzip() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().start()) {
            HttpResponse<String> answer = simulator.httpClient().send(HttpRequest.newBuilder(
                    simulator.baseUri().resolve("/zosmf/restconsoles/consoles/defcn")).timeout(Duration.ofSeconds(20))
                    .header("Authorization", LOGON).header("X-CSRF-ZOSMF-HEADER", "")
                    .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(Optional.empty(), answer.headers().firstValue("Content-Encoding"));
            assertEquals(Optional.of("application/json"), answer.headers().firstValue("Content-Type"));
            assertTrue(answer.body().contains("IEE136I"), answer.body());
        }
    }

    private static HttpRequest.Builder jobs(ZosmfSimulator simulator) {
        return HttpRequest.newBuilder(simulator.baseUri().resolve("/zosmf/restjobs/jobs?owner=*"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", LOGON).GET();
    }
}
