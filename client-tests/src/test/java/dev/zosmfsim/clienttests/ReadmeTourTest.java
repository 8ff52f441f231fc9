package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first tour, as a newcomer runs it: the simulator started as {@code ./zosmf-sim} starts it (default
 * scenario, {@code ./zosmf-sim-out}), then the tour's shell block, line by line in one bash, from the folder the
 * simulator was started in. Every command must succeed, in order, and say what the tour says it says. The port is
 * a free one instead of 10443, and the Zowe CLI is the one the build installed.
 */
class ReadmeTourTest {

    private static final Pattern TOUR = Pattern.compile(
            "<!-- ReadmeTourTest runs this block, in order, against a fresh simulator -->\n```sh\n(.*?)```",
            Pattern.DOTALL);

    private final Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

    @Test
    void theTourRunsInOrderInOneFolder(@TempDir Path folder) throws Exception {
        Matcher tour = TOUR.matcher(Files.readString(root.resolve("README.md")));
        assertTrue(tour.find(), "README.md has no tour block");
        int port = freePort();
        String script = "set -euo pipefail\nset -x\n" + tour.group(1).replace("10443", Integer.toString(port));

        Path errors = folder.resolve("simulator.err");
        Process simulator = new ProcessBuilder(Signals.asFromATerminal(List.of(CommandLineTest.java(), "-jar",
                CommandLineTest.jar(), "--port", Integer.toString(port))))
                .directory(folder.toFile()).redirectError(errors.toFile()).start();
        try {
            ProcessOutput output = new ProcessOutput(simulator);
            output.awaitLine(line -> line.startsWith("stop with"), Duration.ofSeconds(60));

            Path zowe = Path.of(System.getProperty("zowe.cli", "node_modules/.bin/zowe")).toAbsolutePath();
            Path home = Files.createDirectories(folder.resolve("zowe-home"));
            Processes.Result run = Processes.run(List.of("bash", "-c", script), Map.of(
                    "PATH", zowe.getParent() + ":" + System.getenv("PATH"), "ZOWE_CLI_HOME", home.toString()),
                    folder, Duration.ofMinutes(4));

            String said = run.stdout();
            assertEquals(0, run.exitCode(), run.describe());
            assertTrue(said.matches("(?s).*\"zosmf_hostname\"\\s*:\\s*\"s0w1.zosmf-sim.test\".*"), "curl /zosmf/info\n" + said);
            assertTrue(said.contains("IEE136I"), "D T by curl and the Zowe CLI\n" + said);
            assertTrue(said.contains("IKJ56650I TIME-"), "the TSO command\n" + said);
            assertTrue(said.contains("IEE114I"), "D A,L by password\n" + said);
            assertTrue(said.contains("$HASP395 COLINA   ENDED - RC=0000"), "the job's spool\n" + said);
            assertTrue(said.matches("(?s).*Successfully canceled job COLINH \\(JOB\\d{5}\\).*"), "the cancel\n" + said);
            assertTrue(said.matches("(?s).*retcode:.{0,20}CC 0000.{0,30}jobname:.{0,20}COLINU.*"),
                    "the job submitted from a z/OS UNIX file\n" + said);
            assertTrue(said.contains("HOSTNAME('s0w1.zosmf-sim.test')"), "IZUPRMCM in SYS1.PARMLIB\n" + said);
            assertTrue(said.matches("(?s).*\"id\"\\s*:\\s*\"F1\".*"), "the fault rule's id is the one the tour deletes\n" + said);
            assertTrue(said.contains("refused, as the rule says"), "the fault fires\n" + said);
        } finally {
            // Ctrl-C, as the tour says (SIGTERM where this build cannot give the simulator a terminal's SIGINT)
            String stop = Signals.interruptible() ? "INT" : "TERM";
            Signals.send(stop, simulator);
            boolean stopped = simulator.waitFor(20, TimeUnit.SECONDS);
            if (!stopped) {
                simulator.destroyForcibly(); // not left running after the test
            }
            assertTrue(stopped, "did not stop on SIG" + stop);
            assertEquals(0, simulator.exitValue(), Files.readString(errors));
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
