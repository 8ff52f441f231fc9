package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.LoggedOn;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario {@code sysplex}: S0W1 (z/OSMF), S0W2 (z/OS 2.5, UTC-05:00) and S0W3 in sysplex ADCDPL. Through the real
 * Zowe CLI: {@code zosmf list systems} lists the three, {@code zos-console issue command --sysplex-system S0W2} answers
 * from S0W2, and {@code RO} routes as z/OS does.
 */
@ZosmfSimulatorTest(scenario = "sysplex", clock = SimClock.Mode.MANUAL)
class SysplexScenarioTest {

    private static final Pattern D_T = Pattern.compile("IEE136I LOCAL: TIME=(\\d\\d\\.\\d\\d\\.\\d\\d) DATE=\\S+"
            + "\\s+UTC: TIME=(\\d\\d\\.\\d\\d\\.\\d\\d)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm.ss");

    private static Zowe zowe(ZosmfSimulator simulator, Path folder) throws Exception {
        CredentialFolder files = new CredentialFolder(simulator, folder);
        Path[] colin = files.write("colin", simulator.userCertificate("COLIN").orElseThrow());
        ZoweCli cli = new ZoweCli(simulator, files, Files.createDirectories(folder.resolve("zowe-home")));
        return new Zowe(cli, cli.certificate(colin));
    }

    private record Zowe(ZoweCli cli, List<String> colin) {
        JsonNode json(String... args) throws Exception {
            JsonNode response = cli.json(colin, args);
            assertTrue(response.get("success").asBoolean(), response.toString());
            return response;
        }

        String command(String command, String... options) throws Exception {
            List<String> args = new ArrayList<>(List.of("zos-console", "issue", "command", command));
            args.addAll(List.of(options));
            // the CLI ends each line of the response with a new line
            return json(args.toArray(String[]::new)).at("/data/commandResponse").asText().stripTrailing();
        }
    }

    @Test
    void listSystemsShowsEverySystemOfTheSysplex(ZosmfSimulator simulator, @TempDir Path folder) throws Exception {
        JsonNode response = zowe(simulator, folder).json("zosmf", "list", "systems");
        JsonNode items = response.at("/data/items");
        assertEquals(3, response.at("/data/numRows").asInt(), response.toString());
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("systemName").asText()));
        assertEquals(List.of("S0W1", "S0W2", "S0W3"), names);
        assertEquals("04.28.00", items.get(1).get("zosVR").asText(), items.toString());
        assertEquals("04.27.00", items.get(2).get("zosVR").asText(), items.toString());
        for (JsonNode item : items) {
            assertEquals("ADCDPL", item.get("sysplexName").asText(), item.toString());
            assertEquals(item.get("systemName").asText(), item.get("jesMemberName").asText(), item.toString());
            // one z/OSMF for the sysplex: every system is reached through the instance the CLI talked to
            assertEquals("https://127.0.0.1:" + simulator.port(), item.get("url").asText(), item.toString());
            assertEquals("S0W1CPC", item.get("cpcName").asText(), item.toString());
        }
        String table = response.get("stdout").asText();
        for (String name : names) {
            assertTrue(table.contains(name), "the table the user sees lists " + name + ": " + table);
        }
    }

    @Test
    void aCommandForS0w2AnswersFromS0w2(ZosmfSimulator simulator, @TempDir Path folder) throws Exception {
        Zowe zowe = zowe(simulator, folder);
        String ipl = zowe.command("D IPLINFO", "--sysplex-system", "S0W2");
        assertTrue(ipl.contains("RELEASE z/OS 02.05.00") && ipl.contains("VOLUME(S0W2RS)"), ipl);
        String here = zowe.command("D IPLINFO");
        assertTrue(here.contains("RELEASE z/OS 02.04.00") && here.contains("VOLUME(S0W1RS)"), here);

        String symbols = zowe.command("D SYMBOLS", "--ss", "S0W2");
        assertTrue(symbols.contains("&SYSNAME.         = \"S0W2\""), symbols);
        assertEquals(5, hoursBehindUtc(zowe.command("D T", "--sysplex-system", "S0W2")), "S0W2 is at UTC-05:00");
        assertEquals(0, hoursBehindUtc(zowe.command("D T")));

        // S0W2 runs neither z/OSMF nor the TSO address spaces of z/OSMF's consoles
        String active = zowe.command("D A,L", "--sysplex-system", "S0W2");
        assertTrue(active.contains("JES2") && !active.contains("IZUSVR1") && !active.contains("COLIN"), active);
        String local = zowe.command("D A,L");
        assertTrue(local.contains("IZUSVR1") && local.contains("COLIN"), local);
    }

    @Test
    void roRoutesToOneSystemOrToAllOfThem(ZosmfSimulator simulator, @TempDir Path folder) throws Exception {
        Zowe zowe = zowe(simulator, folder);
        String routed = zowe.command("RO S0W3,D SYMBOLS");
        assertTrue(routed.contains("&SYSNAME.         = \"S0W3\""), routed);

        List<String> all = List.of(zowe.command("RO *ALL,D T").split("\n"));
        assertEquals(" IEE421I RO *ALL,D T", all.get(0), all.toString());
        assertEquals(" SYSNAME  RESPONSES ------------------------------", all.get(1), all.toString());
        assertEquals(List.of("S0W1", "S0W2", "S0W3"), all.stream().skip(2).filter(line -> line.startsWith(" S0W"))
                .map(line -> line.substring(1, 5)).toList(), all.toString());
        assertTrue(all.get(4).startsWith(" S0W2     IEE136I LOCAL: TIME="), all.toString());

        String xcf = zowe.command("D XCF", "--sysplex-system", "S0W3");
        assertTrue(xcf.contains("SYSPLEX ADCDPL:  S0W1      S0W2      S0W3"), "D XCF agrees with the topology: " + xcf);

        String other = zowe.command("RO *OTHER,D T");
        assertTrue(other.contains(" S0W2 ") && other.contains(" S0W3 ") && !other.contains(" S0W1 "), other);
    }

    @Test
    void aSystemTheSysplexDoesNotHaveGetsIee618i(ZosmfSimulator simulator, @TempDir Path folder,
            @LoggedOn(user = "COLIN") HttpClient colin) throws Exception {
        Zowe zowe = zowe(simulator, folder);
        assertEquals(" IEE618I ROUTE COMMAND REJECTED, INVALID SYSTEM NAME",
                zowe.command("D T", "--sysplex-system", "S0W9"));
        assertEquals(" IEE618I ROUTE COMMAND REJECTED, INVALID SYSTEM NAME", zowe.command("RO S0W9,D T"));

        HttpResponse<String> response = send(colin, new Requests(simulator).put("/zosmf/restconsoles/consoles/COLIN99",
                "{\"cmd\":\"D T\",\"system\":\"s0w9\"}"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(" IEE618I ROUTE COMMAND REJECTED, INVALID SYSTEM NAME",
                Json.parse(response.body()).get("cmd-response").asText());
        assertFalse(response.body().contains("S0W1"), "nothing from the local system: " + response.body());
    }

    /** How many hours a D T's local time is behind its UTC time. */
    private static long hoursBehindUtc(String response) {
        Matcher time = D_T.matcher(response);
        assertTrue(time.find(), response);
        LocalTime local = LocalTime.parse(time.group(1), TIME);
        LocalTime utc = LocalTime.parse(time.group(2), TIME);
        return Math.floorMod(java.time.Duration.between(local, utc).toHours(), 24);
    }
}
