package dev.zosmfsim.bench.peer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.bench.CeilingServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code java -jar benchmarks.jar wiremock-stub DIR}: writes {@code DIR/mappings/dt.json}, a WireMock stub that
 * answers {@code PUT /zosmf/restconsoles/consoles/defcn} with the D T body the ceiling sends (the size and shape of
 * the simulator's answer) as {@code application/json}.
 */
public final class WireMockStub {

    private WireMockStub() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: wiremock-stub DIR");
            System.exit(2);
        }
        Path mappings = Path.of(args[0], "mappings");
        Files.createDirectories(mappings);
        Map<String, Object> stub = Map.of(
                "request", Map.of("method", "PUT", "url", "/zosmf/restconsoles/consoles/defcn"),
                "response", Map.of("status", 200, "headers", Map.of("Content-Type", "application/json"),
                        "body", new String(CeilingServer.body(), StandardCharsets.UTF_8)));
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(mappings.resolve("dt.json").toFile(), stub);
    }
}
