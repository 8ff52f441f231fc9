package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.tls.CertificateAuthority;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.tls.Validity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** curl with --cert/--key/--cacert, as the field notes drive z/OSMF. */
class CurlTest {

    private static ZosmfSimulator simulator;
    private static CredentialFolder files;
    private static Path[] colin;

    @BeforeAll
    static void start(@TempDir Path folder) throws Exception {
        assumeTrue(Processes.onPath("curl"), "curl is not installed on this machine");
        simulator = ZosmfSimulator.builder().scenario("default").start();
        files = new CredentialFolder(simulator, folder);
        colin = files.write("colin", simulator.userCertificate("COLIN").orElseThrow());
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void certificateLogonIssuesACommand() throws Exception {
        Processes.Result result = curl(List.of("--cert", colin[0].toString(), "--key", colin[1].toString()),
                "/zosmf/restconsoles/consoles/COLIN99");
        assertEquals(0, result.exitCode(), result.describe());
        assertTrue(result.stdout().endsWith("\n200"), result.describe());
        JsonNode body = Json.parse(body(result));
        assertTrue(body.get("cmd-response").asText().contains("IEE136I"), result.stdout());
    }

    @Test
    void passwordLogonIssuesACommand() throws Exception {
        Processes.Result result = curl(List.of("--user", "IBMUSER:SYS1"), "/zosmf/restconsoles/consoles/defcn");
        assertTrue(result.stdout().endsWith("\n200"), result.describe());
    }

    @Test
    void aCertificateFromAnotherCaIsRefusedWithABody() throws Exception {
        CertificateAuthority other = CertificateAuthority.create("CN=Someone Else's CA", KeyAlgorithm.EC_P256,
                Validity.startingAround(simulator.clock().now(), Duration.ofDays(10)));
        Path[] stranger = files.write("stranger", other.issueClient("CN=COLIN,OU=USERS,O=ZOSMF-SIM",
                KeyAlgorithm.EC_P256, Validity.startingAround(simulator.clock().now(), Duration.ofDays(1))));
        Processes.Result result = curl(List.of("--cert", stranger[0].toString(), "--key", stranger[1].toString()),
                "/zosmf/restconsoles/consoles/defcn");
        assertTrue(result.stdout().endsWith("\n401"), result.describe());
        assertEquals(44, Json.parse(body(result)).get("reasonCode").asInt());
    }

    @Test
    void tlsOlderThan12IsNotSpoken() throws Exception {
        Processes.Result result = Processes.run(List.of("curl", "-sS", "--cacert", files.ca.toString(),
                "--tls-max", "1.1", "--tlsv1.0", simulator.baseUri() + "/zosmf/info"), Map.of(), null, Duration.ofSeconds(30));
        assertTrue(result.exitCode() != 0, "a TLS 1.1 handshake must fail: " + result.describe());
    }

    private Processes.Result curl(List<String> credentials, String path) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--max-time", "20", "--cacert",
                files.ca.toString(), "-X", "PUT", "-H", "Content-Type: application/json", "-H",
                "X-CSRF-ZOSMF-HEADER: true", "-d", "{\"cmd\":\"d t\",\"sol-key\":\"IEE136I\"}", "-w", "\\n%{http_code}"));
        command.addAll(credentials);
        command.add(simulator.baseUri() + path);
        return Processes.run(command, Map.of(), null, Duration.ofSeconds(30));
    }

    private static String body(Processes.Result result) {
        return result.stdout().substring(0, result.stdout().lastIndexOf('\n'));
    }
}
