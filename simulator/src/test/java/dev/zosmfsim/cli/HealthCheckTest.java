package dev.zosmfsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthCheckTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void healthyWhileTheSimulatorAnswersAndUnhealthyOnceItStopped(@TempDir Path folder) throws Exception {
        Map<String, String> environment;
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().start()) {
            Files.writeString(folder.resolve("ca.pem"), simulator.caCertificatePem());
            environment = Map.of("ZOSMF_SIM_PORT", Integer.toString(simulator.port()), "ZOSMF_SIM_OUT",
                    folder.toString());

            assertEquals(0, HealthCheck.run(new String[0], environment, out), output.toString());
            assertEquals("healthy: https://127.0.0.1:" + simulator.port() + "/zosmf/info answered 200\n",
                    output.toString());
            assertEquals(0, HealthCheck.run(new String[] {simulator.baseUri() + "/zosmf/info",
                    folder.resolve("ca.pem").toString()}, Map.of(), out));
        }
        output.reset();
        assertEquals(1, HealthCheck.run(new String[0], environment, out));
        assertTrue(output.toString().startsWith("unhealthy: "), output.toString());
    }

    @Test
    void aServerSignedByAnotherCaIsUnhealthy(@TempDir Path folder) throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().start();
                ZosmfSimulator other = ZosmfSimulator.builder().start()) {
            Files.writeString(folder.resolve("ca.pem"), other.caCertificatePem());
            assertEquals(1, HealthCheck.run(new String[] {simulator.baseUri() + "/zosmf/info",
                    folder.resolve("ca.pem").toString()}, Map.of(), out));
        }
    }

    @Test
    void aMissingCaFileIsUnhealthy(@TempDir Path folder) {
        assertEquals(1, HealthCheck.run(new String[] {"https://127.0.0.1:1/zosmf/info",
                folder.resolve("missing.pem").toString()}, Map.of(), out));
        assertTrue(output.toString().contains("missing.pem"), output.toString());
    }
}
