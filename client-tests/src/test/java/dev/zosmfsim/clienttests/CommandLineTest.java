package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.tls.TlsContexts;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: the fat jar as its own process, the files it writes, the Zowe config. */
class CommandLineTest {

    private static final Pattern READY = Pattern.compile("zosmf-sim ready on https://127\\.0\\.0\\.1:(\\d+)");

    @Test
    void helpListsEveryOptionWithItsDefault() throws Exception {
        Processes.Result help = Processes.run(List.of(java(), "-jar", jar(), "--help"), Map.of(), null,
                Duration.ofSeconds(30));
        assertEquals(0, help.exitCode(), help.describe());
        for (String option : List.of("--port", "--scenario", "--out", "--bind", "--hostname", "--key-type", "--help")) {
            assertTrue(help.stdout().contains(option), option + " missing from:\n" + help.stdout());
        }
        assertTrue(help.stdout().contains("Default: 10443"), help.stdout());
        assertTrue(help.stdout().contains("Default: ./zosmf-sim-out"), help.stdout());
    }

    @Test
    void aBadScenarioStopsWithTheErrorAndNoStackTrace(@TempDir Path folder) throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.yaml"), "users:\n  COLIN:\n    password: MUCHTOOLONG\n");
        Processes.Result result = Processes.run(List.of(java(), "-jar", jar(), "--port", "0", "--scenario",
                bad.toString(), "--out", folder.resolve("out").toString()), Map.of(), null, Duration.ofSeconds(30));
        assertEquals(2, result.exitCode(), result.describe());
        assertEquals("zosmf-sim: " + bad + ":3:5: users.COLIN.password: expected a string of 1-8 characters, got 11"
                + " characters\n", result.stderr());
        assertFalse(result.stderr().contains("Exception"), result.stderr());
    }

    @Test
    void startsWritesCredentialsAndServesTheZoweCliThroughItsTeamConfig(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("out");
        Process process = new ProcessBuilder(java(), "-jar", jar(), "--port", "0", "--out", out.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            int port = CompletableFuture.supplyAsync(() -> readUntilReady(reader, lines)).get(60, TimeUnit.SECONDS);
            assertTrue(port > 0, String.join("\n", lines));

            for (String file : List.of("ca.pem", "colin.pem", "colin.key.pem", "colin.p12", "zowe.config.json")) {
                assertTrue(Files.isRegularFile(out.resolve(file)), file + " was not written");
            }
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("colin.key.pem"))));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("colin.p12"))));

            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    out.resolve("zowe.config.json"))), "the team config holds passwords");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
            String configText = Files.readString(out.resolve("zowe.config.json"));
            assertFalse(configText.contains("IBMUSER") || configText.contains("SYS1"),
                    "no password of a SPECIAL user unless asked for\n" + configText);
            JsonNode config = Json.parse(configText);
            assertFalse(config.get("autoStore").asBoolean());
            config.get("profiles").forEach(profile -> assertEquals(0, profile.get("secure").size()));
            assertEquals(port, config.at("/profiles/zosmf_colin_cert/properties/port").asInt());

            Path home = Files.createDirectories(folder.resolve("zowe-home"));
            Processes.Result zowe = Processes.run(List.of(zoweExecutable(), "zos-console", "issue", "command", "D T",
                    "--zosmf-p", "zosmf_colin_cert", "--rfj"),
                    Map.of("ZOWE_CLI_HOME", home.toString(), "NODE_EXTRA_CA_CERTS", out.resolve("ca.pem").toString()),
                    out, Duration.ofSeconds(90));
            JsonNode response = Json.parse(zowe.stdout());
            assertTrue(response.get("success").asBoolean(), zowe.describe());
            assertTrue(response.at("/data/commandResponse").asText().contains("IEE136I"), zowe.describe());

            Processes.Result tso = Processes.run(List.of(zoweExecutable(), "zos-tso", "issue", "command", "TIME",
                    "--rfj"),
                    Map.of("ZOWE_CLI_HOME", home.toString(), "NODE_EXTRA_CA_CERTS", out.resolve("ca.pem").toString()),
                    out, Duration.ofSeconds(90));
            assertTrue(Json.parse(tso.stdout()).get("success").asBoolean(), "the team config's tso profile\n"
                    + tso.describe());
            assertTrue(tso.stdout().contains("IKJ56650I TIME-"), tso.describe());

            Processes.Result password = Processes.run(List.of(zoweExecutable(), "zosmf", "check", "status",
                    "--zosmf-p", "zosmf_colin_password", "--rfj"),
                    Map.of("ZOWE_CLI_HOME", home.toString(), "NODE_EXTRA_CA_CERTS", out.resolve("ca.pem").toString()),
                    out, Duration.ofSeconds(90));
            assertTrue(Json.parse(password.stdout()).get("success").asBoolean(), password.describe());
        } finally {
            process.destroy(); // SIGTERM, as Ctrl-C or docker stop would send
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the simulator did not stop on SIGTERM");
        }
    }

    @Test
    void listScenariosPrintsOneLinePerCatalogueEntry() throws Exception {
        Processes.Result list = Processes.run(List.of(java(), "-jar", jar(), "--list-scenarios"), Map.of(), null,
                Duration.ofSeconds(30));
        assertEquals(0, list.exitCode(), list.describe());
        List<String> expected = new ArrayList<>();
        for (Path file : ScenarioCatalogueTest.files()) {
            String description = new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).get("description").asText();
            expected.add(String.format("%-28s %s", ScenarioCatalogueTest.name(file), description));
        }
        assertEquals(expected, list.stdout().lines().toList());
        assertEquals("", list.stderr());
    }

    @Test
    void checkSaysValidOrPrintsEveryError(@TempDir Path folder) throws Exception {
        Path good = Files.writeString(folder.resolve("good.yaml"), "extends: zosmf-down\nzosmf:\n  hostname: \"\"\n");
        Processes.Result valid = Processes.run(List.of(java(), "-jar", jar(), "--check", good.toString()), Map.of(),
                null, Duration.ofSeconds(30));
        assertEquals(0, valid.exitCode(), valid.describe());
        assertEquals(good + ": valid\n", valid.stdout());

        // every kind of error at once: a bad value, an unknown key, a reference, an enum, an unknown section
        Path bad = Files.writeString(folder.resolve("bad.yaml"), "users:\n  COLIN:\n    password: MUCHTOOLONG\n"
                + "    colour: blue\ncertificateMaps:\n  - user: JOE\n    sdnFilter: CN=JOE\nclock:\n  mode: sideways\n"
                + "bogus: 1\n");
        Processes.Result invalid = Processes.run(List.of(java(), "-jar", jar(), "--check", bad.toString()), Map.of(),
                null, Duration.ofSeconds(30));
        assertEquals(2, invalid.exitCode(), invalid.describe());
        assertEquals("", invalid.stdout());
        assertEquals(List.of(
                bad + ":3:5: users.COLIN.password: expected a string of 1-8 characters, got 11 characters",
                bad + ":4:5: users.COLIN.colour: unknown key 'colour' (expected one of: certificate, operations, operparm,"
                        + " password, passwordExpired, revoked, special)",
                bad + ":6:5: certificateMaps[0].user: user JOE is not defined under users",
                bad + ":9:3: clock.mode: expected system, manual or scaled, got 'sideways'",
                bad + ":10:1: bogus: unknown key 'bogus' (expected one of: cea, certificateMaps, clock, console,"
                        + " datasetProfiles, datasets, description, extends, facility, faults, jes2, limits, opercmds,"
                        + " setropts, system,"
                        + " tso, unixFiles, users, zosmf)",
                bad + ": 5 errors"), invalid.stderr().lines().toList());
    }

    @Test
    void exportWritesTheStateOnStop(@TempDir Path folder) throws Exception {
        Path export = folder.resolve("state.yaml");
        Path out = folder.resolve("out");
        String token = "export-test-admin-token";
        Path errors = folder.resolve("stderr.txt"); // a file: destroy() closes the process's pipes
        Process process = new ProcessBuilder(java(), "-jar", jar(), "--port", "0", "--out", out.toString(),
                "--clock", "manual", "--admin-token", token, "--export", export.toString())
                .redirectError(errors.toFile()).start();
        ProcessOutput output = new ProcessOutput(process);
        try {
            Matcher ready = READY.matcher(output.awaitLine(line -> READY.matcher(line).matches(),
                    Duration.ofSeconds(60)));
            assertTrue(ready.matches());
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(out.resolve("ca.pem"))));
            HttpClient client = HttpClient.newBuilder().sslContext(TlsContexts.client(ca, null)).build();
            HttpResponse<String> revoke = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:"
                    + ready.group(1) + "/zosmf-sim/v1/users/COLIN/revoke")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, revoke.statusCode(), revoke.body());
        } finally {
            process.destroy(); // SIGTERM: the shutdown writes the export
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the simulator did not stop on SIGTERM");
        }
        assertTrue(Files.readString(errors).contains("zosmf-sim: state exported to " + export),
                Files.readString(errors));
        Scenario exported = new ScenarioLoader().loadFile(export);
        assertTrue(exported.users().get("COLIN").revoked(), Files.readString(export));
        assertEquals("manual", exported.clock().mode());
        assertEquals("CN=COLIN,OU=USERS,O=ZOSMF-SIM", exported.users().get("COLIN").certificate().subject());
    }

    private static int readUntilReady(BufferedReader reader, List<String> lines) {
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                Matcher ready = READY.matcher(line);
                if (ready.matches()) {
                    return Integer.parseInt(ready.group(1));
                }
            }
            return -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    static String jar() {
        String jar = System.getProperty("simulator.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("the simulator's fat jar is missing (" + jar + "): build with mvn verify");
        }
        return jar;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String zoweExecutable() {
        return Path.of(System.getProperty("zowe.cli", "node_modules/.bin/zowe")).toAbsolutePath().toString();
    }
}
