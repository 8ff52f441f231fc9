package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.testing.ZosmfSimulatorContainer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the image promises, checked without Docker: this reads the repository's Dockerfile, runs its ENTRYPOINT with
 * its environment on the built jar as a local process (image paths mapped to the jar, the repository's files and a
 * temporary folder for the volume), waits for the line the container's wait strategy waits for, runs the HEALTHCHECK
 * command against it, and stops it with SIGTERM as {@code docker stop} would.
 */
class DockerfileContractTest {

    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(20);
    private static final Pattern READY = Pattern.compile("(?s)" + ZosmfSimulatorContainer.READY_LOG_REGEX);

    private final Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

    @Test
    void theImageIsSmallRunsWithoutPrivilegesAndDeclaresPortVolumeAndHealthCheck() throws IOException {
        Dockerfile dockerfile = Dockerfile.read(root.resolve("Dockerfile"));
        Map<String, String> environment = dockerfile.environment();

        assertTrue(dockerfile.stageCount() >= 2, "a build stage and a runtime stage");
        assertEquals("${BUILD_IMAGE}", dockerfile.baseImage(0), "the build's base image is a build argument");
        assertTrue(dockerfile.defaultBaseImage(0).startsWith("maven:3.9-eclipse-temurin-17"),
                "the public Maven image by default: " + dockerfile.defaultBaseImage(0));
        int last = dockerfile.stageCount() - 1;
        String runtime = dockerfile.rootImage(last);
        assertTrue(runtime.matches("eclipse-temurin:17[\\w.]*-jre"), "a JRE, no JDK or Maven: " + runtime);
        assertTrue(dockerfile.arguments().containsKey("RUNTIME_IMAGE"), "the runtime's base image is a build argument");
        for (Dockerfile.Instruction run : dockerfile.finalStage()) {
            if (run.keyword().equals("RUN")) {
                assertFalse(run.arguments().matches("(?s).*\\b(apt-get|apk|mvn|gradle|curl|wget)\\b.*"),
                        "nothing is installed into the runtime image: " + run);
            }
        }
        List<Dockerfile.Copy> fromOtherStages = dockerfile.copies().stream().filter(c -> c.fromStage() != null).toList();
        assertEquals(1, fromOtherStages.size(), "only the jar comes from another stage");
        assertEquals(dockerfile.stageName(0).orElseThrow(), fromOtherStages.get(0).fromStage(),
                "by default the jar is built from the sources, in the build stage");
        int prebuilt = dockerfile.stage("prebuilt");
        assertEquals(dockerfile.rootImage(last), dockerfile.rootImage(prebuilt), "--target prebuilt: the same runtime");
        List<Dockerfile.Copy> prebuiltJar = Dockerfile.copies(dockerfile.stageInstructions(prebuilt)).stream()
                .filter(c -> c.fromStage() != null).toList();
        assertEquals(1, prebuiltJar.size(), "--target prebuilt: only the jar differs");
        assertTrue(Dockerfile.copies(dockerfile.stageInstructions(dockerfile.stage(prebuiltJar.get(0).fromStage())))
                .stream().anyMatch(c -> c.sources().contains("simulator/target/zosmf-sim-*-all.ja[r]")),
                "--target prebuilt: the jar mvn package made");
        for (Dockerfile.Instruction run : dockerfile.stageInstructions(0)) {
            if (run.keyword().equals("RUN")) {
                assertFalse(run.arguments().contains(" -pl "), "the whole reactor needs every module's POM: " + run);
            }
        }
        assertTrue(dockerfile.stageInstructions(0).stream().anyMatch(i -> i.keyword().equals("RUN")
                && i.arguments().contains("mvn -B -q -N install")), "the parent POM alone, whatever modules it lists");

        String user = dockerfile.last("USER").orElseThrow().arguments();
        assertTrue(user.matches("[1-9]\\d*(:\\d+)?"), "a numeric user other than root: " + user);
        assertEquals(List.of(environment.get("ZOSMF_SIM_PORT")), dockerfile.wordsOf("EXPOSE"));
        assertEquals(List.of(environment.get("ZOSMF_SIM_OUT")), dockerfile.wordsOf("VOLUME"));
        assertEquals("0.0.0.0", environment.get("ZOSMF_SIM_BIND"), "reachable through the container's network");
        assertEquals(String.valueOf(ZosmfSimulatorContainer.HTTPS_PORT), environment.get("ZOSMF_SIM_PORT"));
        assertEquals(ZosmfSimulatorContainer.CREDENTIALS_FOLDER, environment.get("ZOSMF_SIM_OUT"));

        Dockerfile.HealthCheck health = dockerfile.healthCheck().orElseThrow();
        assertTrue(health.options().keySet().containsAll(List.of("interval", "timeout", "start-period", "retries")),
                health.options().toString());
        assertEquals("dev.zosmfsim.cli.HealthCheck", health.command().get(health.command().size() - 1));
        assertFalse(dockerfile.execForm("ENTRYPOINT").isEmpty(), "ENTRYPOINT in exec form, so signals reach it");

        List<String> ignored = Files.readAllLines(root.resolve(".dockerignore"));
        assertTrue(ignored.contains("**/target") && ignored.contains("**/node_modules"), ignored.toString());
        assertTrue(ignored.contains("!simulator/target/zosmf-sim-*-all.jar"), "the prebuilt jar gets through");
    }

    @Test
    void theEntryPointServesPassesItsHealthCheckAndStopsOnSigterm(@TempDir Path folder) throws Exception {
        Dockerfile dockerfile = Dockerfile.read(root.resolve("Dockerfile"));
        LocalImage image = new LocalImage(dockerfile, folder.resolve("volume"));
        int port = freePort();
        Map<String, String> environment = image.environment(Map.of("ZOSMF_SIM_PORT", Integer.toString(port)));

        Process process = image.start(environment, List.of());
        try {
            ProcessOutput output = new ProcessOutput(process);
            String ready = output.awaitLine(line -> READY.matcher(line + "\n").matches(), START_LIMIT);
            assertEquals("zosmf-sim ready on https://127.0.0.1:" + port, ready);
            assertEquals(0, process.descendants().count(), "the entry point replaced itself with the JVM (exec)");
            assertTrue(process.info().command().orElse("").endsWith("java"), process.info().toString());
            for (String file : List.of("ca.pem", "colin.pem", "colin.key.pem", "zowe.config.json")) {
                assertTrue(Files.isRegularFile(folder.resolve("volume").resolve(file)), file + "\n" + output.text());
            }

            Processes.Result healthy = Processes.run(image.healthCheck(), environment, null, Duration.ofSeconds(30));
            assertEquals(0, healthy.exitCode(), healthy.describe());
            assertTrue(healthy.stdout().startsWith("healthy: "), healthy.describe());

            Signals.send("TERM", process); // as docker stop sends it; destroy() would close the pipe
            assertTrue(process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS), "did not stop on SIGTERM");
            assertEquals(0, process.exitValue(), "a clean stop on SIGTERM\n" + output.text());
            assertTrue(output.text().contains("zosmf-sim stopped (SIGTERM)"), output.text());
            assertFalse(output.text().contains("Exception"), output.text());

            Processes.Result unhealthy = Processes.run(image.healthCheck(), environment, null, Duration.ofSeconds(30));
            assertEquals(1, unhealthy.exitCode(), "a stopped simulator is unhealthy\n" + unhealthy.describe());
        } finally {
            stopEverything(process);
        }
    }

    @Test
    void environmentVariablesBecomeOptionsAndArgumentsWinOverThem(@TempDir Path folder) throws Exception {
        Dockerfile dockerfile = Dockerfile.read(root.resolve("Dockerfile"));
        LocalImage image = new LocalImage(dockerfile, folder.resolve("volume"));
        int port = freePort();
        Map<String, String> environment = image.environment(Map.of(
                "ZOSMF_SIM_PORT", "1", // the argument below wins
                "ZOSMF_SIM_SCENARIO", "no-such-scenario", // and so does this one
                "ZOSMF_SIM_USERS", "ALICE:SECRET:cert BOB:PASSW0RD:special",
                "ZOSMF_SIM_TIME_SCALE", "60",
                "ZOSMF_SIM_HOSTNAMES", "zosmf.example.test"));

        Process process = image.start(environment, List.of("--port", Integer.toString(port), "--scenario", "default"));
        try {
            ProcessOutput output = new ProcessOutput(process);
            assertEquals("zosmf-sim ready on https://127.0.0.1:" + port,
                    output.awaitLine(line -> READY.matcher(line + "\n").matches(), START_LIMIT));
            output.awaitLine(line -> line.startsWith("stop with"), START_LIMIT);
            String summary = output.text();
            assertTrue(summary.contains("\nclock scaled, 60.0 times real time"), summary);
            assertTrue(summary.contains("\n  ALICE  password SECRET, client certificate alice.pem"), summary);
            assertTrue(summary.contains("\n  BOB  password PASSW0RD, SPECIAL\n"), summary);
            assertTrue(Files.isRegularFile(folder.resolve("volume/alice.key.pem")), summary);
        } finally {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            boolean stopped = process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
            children.forEach(ProcessHandle::destroyForcibly);
            assertTrue(stopped, "did not stop on SIGTERM");
        }
    }

    /** Leaves nothing running, even if the entry point failed to replace itself with the JVM. */
    private static void stopEverything(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * The image's file system and settings mapped onto this machine: the jar the build stage makes is the built jar,
     * files copied from the build context are the repository's, the volume is a temporary folder, {@code java} is the
     * JVM running this test, and the simulator listens on 127.0.0.1 only.
     */
    private final class LocalImage {
        private final Dockerfile dockerfile;
        private final Map<String, Path> paths = new LinkedHashMap<>();

        LocalImage(Dockerfile dockerfile, Path volume) throws IOException {
            this.dockerfile = dockerfile;
            for (Dockerfile.Copy copy : dockerfile.copies()) {
                assertEquals(1, copy.sources().size(), copy.toString());
                paths.put(copy.destination(), copy.fromStage() != null ? Path.of(CommandLineTest.jar())
                        : root.resolve(copy.sources().get(0)));
            }
            paths.put(dockerfile.wordsOf("VOLUME").get(0), Files.createDirectories(volume));
        }

        /** The image's environment with its paths mapped, the bind address made local, and {@code overrides}. */
        Map<String, String> environment(Map<String, String> overrides) {
            Map<String, String> environment = new LinkedHashMap<>();
            dockerfile.environment().forEach((name, value) -> environment.put(name, map(value)));
            assertEquals("0.0.0.0", environment.put("ZOSMF_SIM_BIND", "127.0.0.1"));
            environment.putAll(overrides);
            String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
            environment.put("PATH", javaBin + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", ""));
            return environment;
        }

        Process start(Map<String, String> environment, List<String> arguments) throws IOException {
            List<String> command = new ArrayList<>();
            dockerfile.execForm("ENTRYPOINT").forEach(word -> command.add(map(word)));
            dockerfile.execForm("CMD").forEach(word -> command.add(map(word)));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("ZOSMF_SIM_") || name.equals("JAVA_OPTS"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            return process;
        }

        /** The HEALTHCHECK command, its {@code java} being this test's JVM. */
        List<String> healthCheck() {
            List<String> command = new ArrayList<>();
            for (String word : dockerfile.healthCheck().orElseThrow().command()) {
                command.add(command.isEmpty() && word.equals("java")
                        ? Path.of(System.getProperty("java.home"), "bin", "java").toString() : map(word));
            }
            return command;
        }

        private String map(String value) {
            for (Map.Entry<String, Path> path : paths.entrySet()) {
                if (value.equals(path.getKey()) || value.startsWith(path.getKey() + "/")) {
                    return path.getValue() + value.substring(path.getKey().length());
                }
            }
            return value;
        }
    }
}
