package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.testing.PemFiles;
import dev.zosmfsim.testing.ZosmfSimulatorContainer;
import dev.zosmfsim.testing.ZosmfSimulatorContainer.UserFlag;
import dev.zosmfsim.tls.Pem;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The image the repository's Dockerfile builds, started through {@link ZosmfSimulatorContainer} as a user's test
 * would start it. Needs a Docker engine: where none answers, the class is skipped ("Docker is not available"), and
 * {@link DockerfileContractTest} checks what can be checked without one.
 */
@Testcontainers(disabledWithoutDocker = true)
class ZosmfSimulatorContainerTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    /** Built once per run; kept under this name so that the next run's build finds its layers cached. */
    private static final ImageFromDockerfile IMAGE = new ImageFromDockerfile("zosmf-sim:test", false)
            .withDockerfile(ROOT.resolve("Dockerfile"));

    @Container
    private static final ZosmfSimulatorContainer SIMULATOR = new ZosmfSimulatorContainer(IMAGE)
            .withUser("ALICE", "SECRET", UserFlag.CERTIFICATE)
            .withUser("BOB", "PASSW0RD", UserFlag.SPECIAL)
            .withTimeScale(60);

    @Test
    void servesTheInfoServiceToAClientTrustingTheCopiedCa() throws Exception {
        HttpResponse<String> response = send(HttpClient.newBuilder().sslContext(SIMULATOR.sslContext()).build(),
                HttpRequest.newBuilder(SIMULATOR.getBaseUri().resolve("/zosmf/info")).GET());

        assertEquals(200, response.statusCode(), response.body());
        JsonNode info = Json.parse(response.body());
        assertEquals("s0w1.zosmf-sim.test", info.get("zosmf_hostname").asText(), response.body());
        assertEquals("10443", info.get("zosmf_port").asText(), "the port inside the container");
    }

    @Test
    void aUserAddedWithACertificateLogsOnWithIt() throws Exception {
        HttpClient alice = HttpClient.newBuilder().sslContext(SIMULATOR.sslContextFor("ALICE")).build();
        HttpResponse<String> response = send(alice, displayTime());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(Json.parse(response.body()).get("cmd-response").asText().contains("IEE136I"), response.body());
    }

    @Test
    void aUserAddedWithAPasswordLogsOnWithIt() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(SIMULATOR.sslContext()).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString("BOB:PASSW0RD".getBytes(StandardCharsets.UTF_8));

        assertEquals(200, send(client, displayTime().header("Authorization", basic)).statusCode());
    }

    @Test
    void copiesTheCaAndAUsersCertificateAndKeyForClientsOutsideTheJvm(@TempDir Path folder) throws Exception {
        PemFiles alice = SIMULATOR.copyPemFiles("ALICE", folder);

        assertEquals("CN=ALICE,OU=USERS,O=ZOSMF-SIM",
                Pem.readCertificate(Files.readString(alice.certificate())).getSubjectX500Principal().getName());
        Pem.readPrivateKey(Files.readString(alice.privateKey()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(alice.privateKey())));
        if (Processes.onPath("curl")) {
            Processes.Result curl = Processes.run(List.of("curl", "-sS", "--cacert", alice.ca().toString(),
                    "--cert", alice.certificate().toString(), "--key", alice.privateKey().toString(),
                    "-X", "PUT", "-H", "Content-Type: application/json", "-H", "X-CSRF-ZOSMF-HEADER: true",
                    "-d", "{\"cmd\":\"D T\"}", SIMULATOR.getBaseUrl() + "/zosmf/restconsoles/consoles/defcn"),
                    java.util.Map.of(), null, Duration.ofSeconds(30));
            assertTrue(curl.stdout().contains("IEE136I"), curl.describe());
        }
    }

    @Test
    void theHealthCheckOfTheDockerfilePassesInside() throws Exception {
        List<String> command = Dockerfile.read(ROOT.resolve("Dockerfile")).healthCheck().orElseThrow().command();
        ExecResult result = SIMULATOR.execInContainer(command.toArray(String[]::new));

        assertEquals(0, result.getExitCode(), result.getStdout() + result.getStderr());
    }

    @Test
    void runsAsAUserWithoutPrivileges() throws Exception {
        assertEquals("10001", SIMULATOR.execInContainer("id", "-u").getStdout().strip());
    }

    @Test
    void takesAScenarioFileAndStopsCleanlyOnSigterm(@TempDir Path folder) throws Exception {
        Path scenario = Files.writeString(folder.resolve("carol.yaml"), "users:\n  CAROL:\n    password: CAROLPW\n");
        List<String> logs = new ArrayList<>();
        try (ZosmfSimulatorContainer carol = new ZosmfSimulatorContainer(IMAGE).withScenario(scenario)
                .withLogConsumer(frame -> logs.add(frame.getUtf8String()))) {
            carol.start();
            HttpClient client = HttpClient.newBuilder().sslContext(carol.sslContext()).build();
            String basic = "Basic " + Base64.getEncoder().encodeToString("CAROL:CAROLPW".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, send(client, displayTime(carol).header("Authorization", basic)).statusCode());

            carol.getDockerClient().stopContainerCmd(carol.getContainerId()).withTimeout(20).exec();
            Long exitCode = carol.getDockerClient().inspectContainerCmd(carol.getContainerId()).exec().getState()
                    .getExitCodeLong();
            assertEquals(143L, exitCode, "stopped by SIGTERM, not killed after the grace period\n" + logs);
            assertFalse(String.join("", logs).contains("Exception"), String.join("", logs));
        }
    }

    private static HttpRequest.Builder displayTime() {
        return displayTime(SIMULATOR);
    }

    private static HttpRequest.Builder displayTime(ZosmfSimulatorContainer container) {
        return HttpRequest.newBuilder(container.getBaseUri().resolve("/zosmf/restconsoles/consoles/defcn"))
                .header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}"));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
