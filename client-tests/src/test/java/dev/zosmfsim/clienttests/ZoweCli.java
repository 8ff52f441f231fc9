package dev.zosmfsim.clienttests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs the real Zowe CLI pinned in client-tests/package.json against a simulator, in a throwaway ZOWE_CLI_HOME,
 * trusting the simulator's CA through NODE_EXTRA_CA_CERTS (never --ru false).
 */
final class ZoweCli {

    private final Path executable;
    private final Path home;
    private final CredentialFolder files;
    private final ZosmfSimulator simulator;

    ZoweCli(ZosmfSimulator simulator, CredentialFolder files, Path home) {
        String configured = System.getProperty("zowe.cli", "node_modules/.bin/zowe");
        this.executable = Path.of(configured).toAbsolutePath();
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("the Zowe CLI is not installed at " + executable
                    + ": run 'npm ci' in client-tests (mvn does it through install-zowe-cli.sh)");
        }
        this.simulator = simulator;
        this.files = files;
        this.home = home;
    }

    /** The CLI for {@code simulator}, its credentials written to and its home made in {@code folder}. */
    static ZoweCli in(ZosmfSimulator simulator, Path folder) throws IOException {
        return new ZoweCli(simulator, new CredentialFolder(simulator, folder),
                Files.createDirectories(folder.resolve("zowe-home")));
    }

    /** {@link #json} for a command that must succeed: the response, or a failure that shows it. */
    JsonNode ok(List<String> connection, String... args) throws IOException, InterruptedException {
        JsonNode response = json(connection, args);
        if (!response.path("success").asBoolean()) {
            throw new AssertionError("zowe " + String.join(" ", args) + " failed: " + response);
        }
        return response;
    }

    /** Connection options for a password logon. */
    List<String> password(String user, String password) {
        return List.of("--host", "127.0.0.1", "--port", String.valueOf(simulator.port()), "--user", user,
                "--password", password);
    }

    /** Connection options for a certificate logon. */
    List<String> certificate(Path[] certAndKey) {
        return List.of("--host", "127.0.0.1", "--port", String.valueOf(simulator.port()), "--cert-file",
                certAndKey[0].toString(), "--cert-key-file", certAndKey[1].toString());
    }

    /** Runs {@code zowe <args> <connection> --rfj} and returns the parsed JSON response. */
    JsonNode json(List<String> connection, String... args) throws IOException, InterruptedException {
        List<String> withJson = new ArrayList<>(Arrays.asList(args));
        withJson.add("--rfj");
        Processes.Result result = run(connection, withJson.toArray(String[]::new));
        try {
            return Json.parse(result.stdout());
        } catch (RuntimeException e) {
            throw new AssertionError("zowe printed no JSON response: " + result.describe(), e);
        }
    }

    /** Runs {@code zowe <args> <connection> --rfj} with {@code input} on its standard input; the parsed response. */
    JsonNode jsonWithInput(List<String> connection, String input, String... args)
            throws IOException, InterruptedException {
        List<String> withJson = new ArrayList<>(Arrays.asList(args));
        withJson.add("--rfj");
        Processes.Result result = runWithInput(connection, input, withJson.toArray(String[]::new));
        try {
            return Json.parse(result.stdout());
        } catch (RuntimeException e) {
            throw new AssertionError("zowe printed no JSON response: " + result.describe(), e);
        }
    }

    /** Runs {@code zowe <args> <connection>} with {@code input} on its standard input. */
    Processes.Result runWithInput(List<String> connection, String input, String... args)
            throws IOException, InterruptedException {
        return run(connection, input.getBytes(java.nio.charset.StandardCharsets.UTF_8), args);
    }

    /** Runs {@code zowe <args> <connection>} as a user types it: what it prints and its exit code. */
    Processes.Result run(List<String> connection, String... args) throws IOException, InterruptedException {
        return run(connection, new byte[0], args);
    }

    private Processes.Result run(List<String> connection, byte[] input, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(Arrays.asList(args));
        command.addAll(connection);
        return Processes.run(command, Map.of(
                "ZOWE_CLI_HOME", home.toString(),
                "NODE_EXTRA_CA_CERTS", files.ca.toString(),
                "FORCE_COLOR", "0"), home, Duration.ofSeconds(90), input);
    }
}
