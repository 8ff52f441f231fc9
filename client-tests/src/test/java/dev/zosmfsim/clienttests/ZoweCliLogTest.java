package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Zowe CLI's {@code zowe zos-logs list logs} reads the system's hardcopy log: the commands a console issued
 * just before with their responses, and the traces an operator looks for there (RACF's ICH408I, a cancel's IEF450I).
 * Each test has a simulator of its own on a manual clock that stands at {@link #START}.
 */
class ZoweCliLogTest {

    private static final Instant START = Instant.parse("2026-06-28T15:34:43.250Z");
    /** "Retrieved 3 messages from OPERLOG, starts from ..., ends at 2026-06-28T15:24:43.250Z. " */
    private static final Pattern HEADER = Pattern.compile(
            "Retrieved (\\d+) messages from (\\w+), starts from (\\S+), ends at (\\S+)\\. ");

    private ZosmfSimulator simulator;
    private ZoweCli zowe;
    private List<String> colin;
    private List<String> ibmuser;

    @BeforeEach
    void start(@TempDir Path folder) throws Exception {
        simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual(START)).start();
        CredentialFolder files = new CredentialFolder(simulator, folder);
        zowe = new ZoweCli(simulator, files, Files.createDirectories(folder.resolve("zowe-home")));
        colin = zowe.certificate(files.write("colin", simulator.userCertificate("COLIN").orElseThrow()));
        ibmuser = zowe.password("IBMUSER", "SYS1");
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void theLogShowsACommandIssuedJustBeforeAndItsResponse() throws Exception {
        Processes.Result issued = zowe.run(colin, "zos-console", "issue", "command", "D T");
        assertEquals(0, issued.exitCode(), issued.describe());

        Processes.Result listed = zowe.run(colin, "zos-logs", "list", "logs");
        assertEquals(0, listed.exitCode(), listed.describe());
        List<String> lines = listed.stdout().lines().toList();
        Matcher header = HEADER.matcher(lines.get(0));
        assertTrue(header.matches(), listed.describe());
        assertEquals("3", header.group(1), listed.describe());
        assertEquals("OPERLOG", header.group(2));
        assertEquals("2026-06-28T15:24:43.250Z", header.group(4), "ten minutes back from the system's clock");
        assertEquals("", lines.get(1));
        assertTrue(lines.get(2).startsWith("2026-06-28T15:34:43.250Z   IEF125I COLIN - LOGGED ON - TIME=15.34.43"),
                listed.describe());
        assertEquals("2026-06-28T15:34:43.250Z  D T", lines.get(3), "the command's echo");
        assertEquals("2026-06-28T15:34:43.250Z   IEE136I LOCAL: TIME=15.34.43 DATE=2026.179  UTC: TIME=15.34.43"
                + " DATE=2026.179", lines.get(4), "and its response");

        JsonNode json = zowe.json(colin, "zos-logs", "list", "logs");
        JsonNode items = json.at("/data/items");
        assertEquals(3, json.at("/data/totalitems").asInt(), json.toString());
        JsonNode echo = items.get(1);
        assertEquals("COLINCN ", echo.get("jobName").asText(), "the echo names defcn's console");
        assertEquals(echo.get("cart").asText(), items.get(2).get("cart").asText(), "the response's CART is the echo's");
        assertTrue(echo.get("cart").asText().matches("C\\d{7}"), echo.toString());
    }

    @Test
    void aForwardReadFromAStartTimeSeesWhatCameAfterIt() throws Exception {
        zowe.run(colin, "zos-console", "issue", "command", "D T");
        simulator.clock().advance(Duration.ofMinutes(30));
        zowe.run(colin, "zos-console", "issue", "command", "D IPLINFO");

        JsonNode recent = zowe.json(colin, "zos-logs", "list", "logs", "--range", "1m");
        assertEquals(List.of("D IPLINFO"), commands(recent), "the last minute holds only the later command");
        JsonNode fromStart = zowe.json(colin, "zos-logs", "list", "logs", "--start-time",
                String.valueOf(START.toEpochMilli()), "--direction", "forward", "--range", "5m");
        assertEquals(List.of("D T"), commands(fromStart), fromStart.toString());
        assertEquals(START.plus(Duration.ofMinutes(5)).toEpochMilli(), fromStart.at("/data/nextTimestamp").asLong());

        Processes.Result future = zowe.run(colin, "zos-logs", "list", "logs", "--start-time",
                "2026-06-28T17:00:00.000Z", "--direction", "forward");
        assertEquals(0, future.exitCode(), future.describe());
        assertTrue(future.stdout().startsWith("Retrieved 0 messages from logs, starts from 2026-06-28T17:00:00.000Z,"
                + " ends at 2026-06-28T17:10:00.000Z. "), future.describe());
    }

    @Test
    void theRevokeStoryLeavesIch408iAndTheCancelIef450iInTheLog() throws Exception {
        assertEquals(0, zowe.run(zowe.password("COLIN", "PASSWORD"), "zos-console", "issue", "command", "D T",
                "--cn", "COLIN99").exitCode(), "COLIN's console runs");
        Processes.Result revoked = zowe.run(ibmuser, "zos-tso", "issue", "command", "ALTUSER COLIN REVOKE",
                "--account", "ACCT#");
        assertEquals(0, revoked.exitCode(), revoked.describe());
        Processes.Result refused = zowe.run(zowe.password("COLIN", "PASSWORD"), "zos-console", "issue", "command",
                "D T");
        assertFalse(refused.exitCode() == 0, "a revoked user logs on no more: " + refused.describe());
        Processes.Result cancelled = zowe.run(ibmuser, "zos-console", "issue", "command", "C U=COLIN");
        assertTrue(cancelled.stdout().contains("IEE301I COLIN     CANCEL COMMAND ACCEPTED"), cancelled.describe());

        Processes.Result listed = zowe.run(ibmuser, "zos-logs", "list", "logs");
        assertEquals(0, listed.exitCode(), listed.describe());
        String shown = listed.stdout();
        String at = "2026-06-28T15:34:43.250Z  ";
        // one multi-line message: its second line is printed without a time of its own
        assertTrue(shown.contains("\n" + at + "ICH408I USER(COLIN   ) GROUP(SYS1    ) NAME(UNKNOWN             )\n"
                + "  LOGON/JOB INITIATION - REVOKED USER ACCESS ATTEMPT\n"), listed.describe());
        int echo = shown.indexOf("\n" + at + "C U=COLIN\n");
        assertTrue(echo > 0, listed.describe());
        assertTrue(shown.indexOf(at + " IEF450I COLIN IZUFPROC - ABEND=S222 U0000 REASON=00000000", echo) > echo,
                "the cancel's IEF450I after its command: " + listed.describe());

        JsonNode json = zowe.json(ibmuser, "zos-logs", "list", "logs");
        JsonNode ich408i = null;
        for (JsonNode item : json.at("/data/items")) {
            if (item.get("message").asText().startsWith("ICH408I")) {
                ich408i = item;
            }
        }
        assertEquals("IZUSVR1 ", ich408i.get("jobName").asText(), "RACF refused the logon in z/OSMF's server");
        assertEquals("S0W1    ", ich408i.get("system").asText());
    }

    /** The command echoes among a log answer's items. */
    private static List<String> commands(JsonNode response) {
        List<String> commands = new ArrayList<>();
        for (JsonNode item : response.at("/data/items")) {
            if (!item.get("message").asText().startsWith(" ") && !item.get("cart").asText().equals("0")) {
                commands.add(item.get("message").asText());
            }
        }
        return commands;
    }
}
