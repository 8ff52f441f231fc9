package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Signals sent to the simulator's process, as a terminal or a container engine sends them.
 *
 * <p>A build started in the background by a script ({@code cmd &}) runs with SIGINT ignored, every process it starts
 * inherits that, and a JVM leaves an ignored SIGINT alone: Ctrl-C could not be tested. {@link #asFromATerminal} starts
 * a program the way a terminal does, through coreutils' {@code env --default-signal=INT}, where that is there.
 */
final class Signals {

    private static final List<String> DEFAULT_SIGINT = defaultSigint();

    private Signals() {
    }

    /** {@code command} preceded by what puts SIGINT back to its default action for it (nothing where it cannot). */
    static List<String> asFromATerminal(List<String> command) {
        List<String> wrapped = new ArrayList<>(DEFAULT_SIGINT);
        wrapped.addAll(command);
        return wrapped;
    }

    /** Whether a program started {@link #asFromATerminal} stops on SIGINT as it would at a terminal. */
    static boolean interruptible() throws IOException {
        return !DEFAULT_SIGINT.isEmpty() || !sigintIgnoredHere();
    }

    /** Sends SIGTERM, SIGINT... by name; not {@code destroy()}, which also closes the pipes its last line uses. */
    static void send(String name, Process process) throws Exception {
        Processes.Result kill = Processes.run(List.of("kill", "-" + name, Long.toString(process.pid())), Map.of(),
                null, Duration.ofSeconds(10));
        assertEquals(0, kill.exitCode(), kill.describe());
    }

    private static List<String> defaultSigint() {
        List<String> env = List.of("env", "--default-signal=INT");
        try {
            List<String> probe = new ArrayList<>(env);
            probe.add("true");
            return Processes.run(probe, Map.of(), null, Duration.ofSeconds(10)).exitCode() == 0 ? env : List.of();
        } catch (IOException e) {
            return List.of(); // no env on the PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** Whether this JVM was started with SIGINT ignored: bit 1 (signal 2) of SigIgn in /proc/self/status. */
    private static boolean sigintIgnoredHere() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
                .anyMatch(line -> (Long.parseLong(line.substring("SigIgn:".length()).trim(), 16) & 0x2) != 0);
    }
}
