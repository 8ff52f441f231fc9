package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.testing.ZosmfSimulatorContainer;
import dev.zosmfsim.testing.ZosmfSimulatorContainer.UserFlag;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

// the simulator in a container; skipped (with the reason in the output) where no container engine answers
@Testcontainers(disabledWithoutDocker = true)
class ContainerSimulatorTest {

    @Container
    static final ZosmfSimulatorContainer SIMULATOR = new ZosmfSimulatorContainer(
            ZosmfSimulatorContainer.imageFromDockerfile(Path.of("../Dockerfile"))) // built once, then cached
            .withUser("ALICE", "SECRET", UserFlag.CERTIFICATE)
            .withTimeScale(60); // the simulated clock runs a minute per second

    @Test
    void aliceLogsOnWithTheCertificateCopiedOutOfTheContainer() throws Exception {
        HttpClient alice = HttpClient.newBuilder().sslContext(SIMULATOR.sslContextFor("ALICE")).build();
        HttpResponse<String> response = alice.send(HttpRequest.newBuilder(
                SIMULATOR.getBaseUri().resolve("/zosmf/restconsoles/consoles/defcn"))
                .header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("IEE136I"), response.body());
    }
}
