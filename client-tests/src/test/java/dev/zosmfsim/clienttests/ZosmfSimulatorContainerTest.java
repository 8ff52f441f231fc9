package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.testing.PemFiles;
import dev.zosmfsim.admin.AdminException;
import dev.zosmfsim.admin.AdminRecords;
import dev.zosmfsim.admin.RemoteAdmin;
import dev.zosmfsim.admin.SimulatorAdmin;
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
 * would start it. Needs a container engine: a Docker engine, or podman's Docker-compatible API, which the build serves
 * where podman is installed (see {@code container-engine.sh} and {@link PodmanService}). Where none answers, the class
 * is skipped ("Docker is not available"), and {@link DockerfileContractTest} checks what can be checked without one.
 */
@Testcontainers(disabledWithoutDocker = true)
class ZosmfSimulatorContainerTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    /** Built once per run, on the base images the build names; kept, so that the next run finds its layers cached. */
    private static final ImageFromDockerfile IMAGE = ZosmfSimulatorContainer.imageFromDockerfile(ROOT.resolve("Dockerfile"));

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
    void aScenarioFileAndAnAddedUserThenMtlsThenTheAdminApiThenACleanStop(@TempDir Path folder) throws Exception {
        Path scenario = Files.writeString(folder.resolve("carol.yaml"), "users:\n  CAROL:\n    password: CAROLPW\n");
        try (ZosmfSimulatorContainer carol = new ZosmfSimulatorContainer(IMAGE).withScenario(scenario)
                .withUser("DAVE", "DAVEPW", UserFlag.CERTIFICATE)) {
            carol.start();
            assertTrue(carol.getBaseUrl().startsWith("https://localhost:") || carol.getBaseUrl().startsWith(
                    "https://127.0.0.1:"), carol.getBaseUrl());
            HttpClient password = HttpClient.newBuilder().sslContext(carol.sslContext()).build();
            String basic = "Basic " + Base64.getEncoder().encodeToString("CAROL:CAROLPW".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, send(password, displayTime(carol).header("Authorization", basic)).statusCode());
            HttpClient dave = HttpClient.newBuilder().sslContext(carol.sslContextFor("DAVE")).build();
            assertEquals(200, send(dave, displayTime(carol)).statusCode(), "DAVE over mTLS, his files copied out");

            SimulatorAdmin admin = carol.admin();
            assertEquals(List.of("CAROL", "DAVE"), admin.users().stream().map(AdminRecords.UserState::userid)
                    .sorted().toList());
            assertTrue(admin.revoke("DAVE").revoked());
            HttpResponse<String> refused = send(dave, displayTime(carol));
            assertEquals(401, refused.statusCode(), "a revoked DAVE's certificate no longer logs on: " + refused.body());
            AdminException refusedAdmin = assertThrows(AdminException.class, () -> RemoteAdmin.connect(
                    carol.getBaseUri(), "not-the-token-of-this-simulator", carol.sslContext()).users());
            assertEquals(401, refusedAdmin.status());

            String token = carol.getAdminToken();
            carol.getDockerClient().stopContainerCmd(carol.getContainerId()).withTimeout(20).exec();
            Long exitCode = carol.getDockerClient().inspectContainerCmd(carol.getContainerId()).exec().getState()
                    .getExitCodeLong();
            String log = carol.getLogs(); // all of it, from the engine: the consumer may not have seen the last line
            assertEquals(0L, exitCode, "a clean stop on SIGTERM, not a kill after the grace period\n" + log);
            assertTrue(log.contains("zosmf-sim stopped"), log);
            assertFalse(log.contains("Exception"), log);
            assertFalse(log.contains(token), "the admin token stays out of the log\n" + log);
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
