package dev.zosmfsim.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.TestSystems;
import dev.zosmfsim.console.ConsoleException;
import dev.zosmfsim.console.ConsoleName;
import dev.zosmfsim.console.IssueRequest;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.tso.TsoSessions;
import dev.zosmfsim.tso.TsoStartRequest;
import dev.zosmfsim.zosmf.ZosmfInfo;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The simulator's answers compared with the real responses of the fidelity corpus, column for column: after the
 * fields that vary (times, ids, names) are masked on both sides, every line must be the same. Each corpus entry
 * names its source; see {@link CorpusEntry} for the format.
 */
class FidelityCorpusTest {

    static Stream<String> entries() throws IOException, URISyntaxException {
        Path directory = Path.of(FidelityCorpusTest.class.getResource("/fidelity").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt"))
                    .map(name -> name.substring(0, name.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theSimulatorAnswersAsTheRealSystemDid(String name) throws Exception {
        CorpusEntry entry = CorpusEntry.load(name);
        SimulatedSystem system = entry.scenario().isBlank() ? TestSystems.defaultSystem()
                : TestSystems.fromYaml(entry.scenario());
        for (String before : entry.before()) {
            String[] userAndCommand = before.split(" ", 2);
            if (userAndCommand[1].equals("TSO")) {
                new TsoSessions(system).start(userAndCommand[0]);
            } else {
                TestSystems.issue(system, userAndCommand[0], console(userAndCommand[0]), userAndCommand[1]);
            }
        }
        String where = entry.name() + " (item " + entry.item() + ", " + entry.source() + ")";
        switch (entry.kind()) {
            case "console" -> assertEquals(entry.expected(), entry.actual(issue(system, entry)), where);
            case "key" -> assertEquals(entry.expected(), entry.actual(List.of(TestSystems.issue(system, entry.user(),
                    console(entry.user()), IssueRequest.of(entry.command())).responseKey())), where);
            case "pattern" -> {
                String answer = String.join("\n", issue(system, entry));
                assertTrue(Pattern.compile(entry.real().get(0)).matcher(answer).find(), where + ":\n" + answer);
            }
            case "tso" -> {
                TsoSessions tso = new TsoSessions(system);
                assertEquals(entry.expected(), entry.actual(tso.run(entry.user(), tso.start(entry.user()),
                        entry.command())), where);
            }
            case "tso-start" -> assertEquals(entry.expected(), entry.actual(TsoSessions.lines(system.tso().start(
                    entry.user(), new TsoStartRequest(entry.command(), "ACCT#", 4096, 1047, 697, 24, 80)).messages())),
                    where);
            case "console-in-use" -> {
                TestSystems.issue(system, "COLIN", "SHARED", "D T");
                ConsoleException inUse = assertThrows(ConsoleException.class,
                        () -> system.consoles().issue("IBMUSER", "SHARED", IssueRequest.of("D T"), "127.0.0.1"));
                assertEquals(5, inUse.returnCode());
                assertEquals(7, inUse.reasonCode());
                assertEquals(entry.expected(), entry.actual(List.of(inUse.getMessage())), where);
            }
            case "csrf", "table" -> {
                // compared over HTTP and per level below
            }
            default -> throw new IllegalArgumentException(where + ": unknown kind " + entry.kind());
        }
    }

    /** zos_version, zosmf_version, the plug-ins' version and D IPLINFO's release agree at every level. */
    @Test
    void eachLevelIsNamedTheSameEverywhere() {
        CorpusEntry levels = CorpusEntry.load("levels");
        for (String row : levels.real().subList(1, levels.real().size())) {
            String[] columns = row.split(" ");
            for (String choice : List.of("zosVersion: \"" + columns[0] + "\"", "zosmfVersion: \"" + columns[1] + "\"")) {
                SimulatedSystem system = TestSystems.fromYaml("system:\n  " + choice + "\n");
                ZosmfInfo info = ZosmfInfo.of(system.identity(), system.zosmf().inForce(), "host");
                assertEquals(columns[0], info.zosVersion(), choice);
                assertEquals(columns[1], info.zosmfVersion(), choice);
                assertEquals(columns[1] + ".0", info.zosmfFullVersion(), choice);
                for (ZosmfInfo.Plugin plugin : info.plugins()) {
                    assertEquals(columns[2], plugin.pluginVersion(), choice);
                }
                assertTrue(TestSystems.issue(system, "IBMUSER", "IBMUSECN", "D IPLINFO")
                        .contains("  RELEASE z/OS " + columns[3] + "    LICENSE = z/OS"), choice);
            }
        }
        assertThrows(RuntimeException.class, () -> TestSystems.fromYaml(
                "system:\n  zosVersion: \"04.27.00\"\n  zosmfVersion: \"28\"\n"), "two levels that disagree");
        assertThrows(RuntimeException.class, () -> new ScenarioLoader().parse(
                "system:\n  zosVersion: \"2.4\"\n", "levels.yaml"), "a zos_version that names no level");
    }

    private static List<String> issue(SimulatedSystem system, CorpusEntry entry) {
        return TestSystems.issue(system, entry.user(), console(entry.user()), entry.command());
    }

    private static String console(String userid) {
        return ConsoleName.resolve(ConsoleName.DEFAULT, userid);
    }
}
