package dev.zosmfsim.clienttests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Serves podman's Docker-compatible API on a socket of the build's own for as long as the tests run, so that
 * Testcontainers finds an engine where there is podman but no Docker. The build names the socket in
 * {@code ZOSMF_SIM_PODMAN_SOCKET} and sets {@code DOCKER_HOST} to it; {@code container-engine.sh} has prepared podman
 * and written {@code ready} beside the socket. Without that file nothing is started, and the container tests skip
 * ("Docker is not available"). Registered through {@code META-INF/services}.
 */
public final class PodmanService implements LauncherSessionListener {

    private static final Duration START_LIMIT = Duration.ofSeconds(30);

    private Process service;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String socket = System.getenv("ZOSMF_SIM_PODMAN_SOCKET");
        if (socket == null || socket.isBlank()) {
            return;
        }
        Path socketFile = Path.of(socket);
        Path state = socketFile.getParent();
        if (!Files.isRegularFile(state.resolve("ready"))) {
            System.out.println("[podman] not prepared (see container-engine.sh's line above): container tests skip");
            return;
        }
        try {
            Files.deleteIfExists(socketFile);
            ProcessBuilder builder = new ProcessBuilder("podman", "system", "service", "--time=0",
                    "unix://" + socketFile).redirectErrorStream(true)
                    .redirectOutput(state.resolve("podman-service.log").toFile());
            builder.environment().put("CONTAINERS_CONF", state.resolve("containers.conf").toString());
            service = builder.start();
            Instant deadline = Instant.now().plus(START_LIMIT);
            while (!Files.exists(socketFile) && service.isAlive() && Instant.now().isBefore(deadline)) {
                service.waitFor(50, TimeUnit.MILLISECONDS);
            }
            if (!Files.exists(socketFile)) {
                System.out.println("[podman] the API service did not come up: see " + state.resolve("podman-service.log"));
            }
        } catch (IOException e) {
            System.out.println("[podman] cannot start the API service: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (service == null) {
            return;
        }
        service.destroy();
        try {
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        } catch (InterruptedException e) {
            service.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
