package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zosmfsim.tls.TlsContexts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line where others could interfere, or the user gets something wrong: the output folder (planted links,
 * a folder others can write to or that is someone else's, the umask), secrets kept out of the output and the
 * process list, one line and one exit code per kind of failure, and a clean stop that exits 0.
 */
class CommandLineSafetyTest {

    private static final Pattern READY = Pattern.compile("zosmf-sim ready on https://127\\.0\\.0\\.1:(\\d+)");
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @Test
    void aBadOutputFolderIsOneLineNamingItAndExitCode1(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        Path open = Files.createDirectory(folder.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put(file.toString(), "not a folder");
        expected.put("/dev/null", "not a folder");
        expected.put(file.resolve("below").toString(), "cannot make the folder (" + file.resolve("below")
                + ": Not a directory)");
        expected.put(open.toString(), "others can write to it (mode rwxrwxrwx), so they could plant files");
        if (ROOT) {
            Path theirs = Files.createDirectory(folder.resolve("theirs"));
            Files.setAttribute(theirs, "unix:uid", 4321);
            expected.put(theirs.toString(), "belongs to uid 4321, not to this user");
        } else {
            Path readOnly = Files.createDirectory(folder.resolve("read-only"));
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
            expected.put(readOnly.toString(), "not writable by this user");
        }
        for (Map.Entry<String, String> bad : expected.entrySet()) {
            Processes.Result result = run(List.of("--port", "0", "--out", bad.getKey()), Map.of());
            assertEquals(1, result.exitCode(), result.describe());
            assertEquals("", result.stdout(), result.describe());
            List<String> lines = result.stderr().lines().toList();
            assertEquals(1, lines.size(), "one line:\n" + result.stderr());
            assertTrue(lines.get(0).startsWith("zosmf-sim: --out " + bad.getKey() + ": " + bad.getValue()),
                    lines.get(0));
        }
    }

    @Test
    void aPortInUseOrAnAddressOfNoSuchHostIsOneLineAndExitCode1(@TempDir Path folder) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Processes.Result inUse = run(List.of("--port", Integer.toString(port), "--out", folder.resolve("a")
                    .toString()), Map.of());
            assertEquals(1, inUse.exitCode(), inUse.describe());
            assertEquals("zosmf-sim: cannot listen on 127.0.0.1 port " + port
                    + ": the port is in use (--port 0 picks a free one)\n", inUse.stderr());
        }
        Processes.Result foreign = run(List.of("--port", "0", "--bind", "203.0.113.9", "--out",
                folder.resolve("b").toString()), Map.of());
        assertEquals(1, foreign.exitCode(), foreign.describe());
        assertEquals("zosmf-sim: cannot listen on 203.0.113.9: not an address of this machine\n", foreign.stderr());
        Processes.Result unknown = run(List.of("--port", "0", "--bind", "no-such-host.invalid", "--out",
                folder.resolve("c").toString()), Map.of());
        assertEquals(1, unknown.exitCode(), unknown.describe());
        assertEquals("zosmf-sim: cannot listen on no-such-host.invalid: no such host or address\n", unknown.stderr());
    }

    @Test
    void usageErrorsAreExitCode2WhateverTheBadValue() throws Exception {
        for (String port : List.of("abc", "99999", "-1")) {
            Processes.Result result = run(List.of("--port", port), Map.of());
            assertEquals(2, result.exitCode(), result.describe());
            assertTrue(result.stderr().startsWith("Invalid value for option '--port'"), result.describe());
            assertFalse(result.stderr().contains("Exception"), result.describe());
        }
        Processes.Result badUsers = run(List.of("--port", "0"), Map.of("ZOSMF_SIM_USERS", "ALICE:TOOLONGPW"));
        assertEquals(2, badUsers.exitCode(), badUsers.describe());
        assertTrue(badUsers.stderr().contains("ZOSMF_SIM_USERS: the password of ALICE must be 1-8 characters"),
                badUsers.describe());
    }

    @Test
    void linksPlantedInTheFolderAreReplacedNeverWrittenThrough(@TempDir Path folder) throws Exception {
        Path out = Files.createDirectory(folder.resolve("out"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        List<Path> victims = new ArrayList<>();
        for (String name : List.of("zowe.config.json", "ca.pem", "colin.pem", "colin.key.pem", "admin-token")) {
            Path victim = Files.writeString(folder.resolve("victim-" + name), "precious\n");
            victims.add(victim);
            Files.createSymbolicLink(out.resolve(name), victim);
        }
        try (Running simulator = Running.start(List.of("--out", out.toString()), Map.of())) {
            for (Path victim : victims) {
                assertEquals("precious\n", Files.readString(victim), victim + " was written through a link");
                Path written = out.resolve(victim.getFileName().toString().substring("victim-".length()));
                assertTrue(Files.isRegularFile(written, LinkOption.NOFOLLOW_LINKS), written + " is still a link");
            }
            assertTrue(Files.readString(out.resolve("ca.pem")).startsWith("-----BEGIN CERTIFICATE-----"));
        }
    }

    @Test
    void withUmask000TheFolderIsStillTheOwnersAndTheSecretsOwnerOnly(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("new/out");
        try (Running simulator = Running.startWithUmask000(List.of("--out", out.toString()))) {
            assertEquals("rwx------", mode(out));
            assertEquals("rw-r--r--", mode(out.resolve("ca.pem")));
            assertEquals("rw-r--r--", mode(out.resolve("colin.pem")));
            for (String secret : List.of("colin.key.pem", "colin.p12", "zowe.config.json", "admin-token")) {
                assertEquals("rw-------", mode(out.resolve(secret)), secret);
            }
        }
    }

    @Test
    void secretsComeFromFilesAndTheEnvironmentAndTheTokenIsNeverPrinted(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("out");
        Path users = Files.writeString(folder.resolve("users.txt"), "# who may log on\nALICE:ALICEPW\n\nBOB:BOBPW:special\n");
        String token = "token-from-the-environment-0123";
        try (Running simulator = Running.start(List.of("--out", out.toString(), "--user-file", users.toString(),
                "--zowe-password", "BOB"), Map.of("ZOSMF_SIM_ADMIN_TOKEN", token, "ZOSMF_SIM_USERS", "CAROL:CAROLPW"))) {
            for (String userAndPassword : List.of("ALICE:ALICEPW", "BOB:BOBPW", "CAROL:CAROLPW")) {
                assertEquals(200, simulator.displayTime(userAndPassword), userAndPassword + " logs on");
            }
            assertEquals(200, simulator.get("/zosmf-sim/v1/users", "Bearer " + token).statusCode());
            assertEquals(token + "\n", Files.readString(out.resolve("admin-token")));
            assertFalse(simulator.output.text().contains(token), "the token stays out of the output\n"
                    + simulator.output.text());
            assertTrue(simulator.output.text().contains("Bearer <the token in " + out.resolve("admin-token") + ">"),
                    simulator.output.text());
            String config = Files.readString(out.resolve("zowe.config.json"));
            assertTrue(config.contains("zosmf_bob_password") && config.contains("BOBPW"), "asked for\n" + config);
            assertFalse(config.contains("SYS1"), "IBMUSER's was not asked for\n" + config);
        }
        Path tokenFile = Files.writeString(folder.resolve("token"), "token-from-a-file-456789\n");
        try (Running simulator = Running.start(List.of("--out", folder.resolve("out2").toString(),
                "--admin-token-file", tokenFile.toString()), Map.of())) {
            assertEquals(200, simulator.get("/zosmf-sim/v1/users", "Bearer token-from-a-file-456789").statusCode());
        }
    }

    @Test
    void sigtermAndSigintStopItCleanlyWithALineAndExitCode0(@TempDir Path folder) throws Exception {
        assertStopsCleanlyOn("TERM", folder);
        assumeTrue(Signals.interruptible(), "SIGINT is ignored in this build's processes (started in the background?)"
                + " and coreutils' env --default-signal is not there to restore it");
        assertStopsCleanlyOn("INT", folder);
    }

    /** Starts the simulator, sends it SIG{@code signal}: it stops, exits 0 and says so in its last line. */
    private static void assertStopsCleanlyOn(String signal, Path folder) throws Exception {
        // closing a simulator that has stopped does nothing; one that did not stop is not left running
        try (Running simulator = Running.start(List.of("--out", folder.resolve("out").toString()), Map.of())) {
            Signals.send(signal, simulator.process);
            assertTrue(simulator.process.waitFor(20, TimeUnit.SECONDS), "did not stop on SIG" + signal);
            assertEquals(0, simulator.process.exitValue(), simulator.output.text());
            assertTrue(simulator.output.text().strip().endsWith("\nzosmf-sim stopped (SIG" + signal + ")"),
                    simulator.output.text());
        }
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
    }

    private static Processes.Result run(List<String> arguments, Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>(List.of(CommandLineTest.java(), "-jar", CommandLineTest.jar()));
        command.addAll(arguments);
        return Processes.run(command, environment, null, LIMIT);
    }

    /** The simulator as its own process, started and ready; closing it stops it with SIGTERM. */
    private static final class Running implements AutoCloseable {
        final Process process;
        final ProcessOutput output;
        final URI baseUri;
        final HttpClient client;

        private Running(Process process, Path out) throws Exception {
            this.process = process;
            this.output = new ProcessOutput(process);
            Matcher ready = READY.matcher(output.awaitLine(line -> READY.matcher(line).matches(), LIMIT));
            assertTrue(ready.matches());
            output.awaitLine(line -> line.startsWith("stop with"), LIMIT);
            baseUri = URI.create("https://127.0.0.1:" + ready.group(1));
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(out.resolve("ca.pem"))));
            client = HttpClient.newBuilder().sslContext(TlsContexts.client(ca, null)).build();
        }

        static Running start(List<String> arguments, Map<String, String> environment) throws Exception {
            List<String> command = new ArrayList<>(List.of(CommandLineTest.java(), "-jar", CommandLineTest.jar(),
                    "--port", "0"));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(Signals.asFromATerminal(command)).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("ZOSMF_SIM_"));
            builder.environment().putAll(environment);
            return new Running(builder.start(), Path.of(arguments.get(arguments.indexOf("--out") + 1)));
        }

        static Running startWithUmask000(List<String> arguments) throws Exception {
            StringBuilder command = new StringBuilder("umask 000 && exec \"$0\" -jar \"$1\" --port 0");
            for (int i = 0; i < arguments.size(); i++) {
                command.append(" \"$").append(i + 2).append('"');
            }
            List<String> shell = new ArrayList<>(List.of("sh", "-c", command.toString(), CommandLineTest.java(),
                    CommandLineTest.jar()));
            shell.addAll(arguments);
            return new Running(new ProcessBuilder(shell).redirectErrorStream(true).start(),
                    Path.of(arguments.get(arguments.indexOf("--out") + 1)));
        }

        HttpResponse<String> get(String path, String authorization) throws Exception {
            return client.send(HttpRequest.newBuilder(baseUri.resolve(path)).header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        }

        int displayTime(String userAndPassword) throws Exception {
            return client.send(HttpRequest.newBuilder(baseUri.resolve("/zosmf/restconsoles/consoles/defcn"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            userAndPassword.getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("X-CSRF-ZOSMF-HEADER", "true")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}")).timeout(Duration.ofSeconds(20))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
