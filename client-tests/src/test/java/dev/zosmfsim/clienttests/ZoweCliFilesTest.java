package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Zowe CLI's {@code zos-files} commands: data sets and members, and z/OS UNIX files. */
class ZoweCliFilesTest {

    private static ZosmfSimulator simulator;
    private static ZoweCli zowe;
    private static List<String> ibmuser;
    private static Path work;

    @BeforeAll
    static void start(@TempDir Path folder) throws Exception {
        simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start();
        zowe = ZoweCli.in(simulator, folder);
        ibmuser = zowe.password("IBMUSER", "SYS1");
        work = Files.createDirectories(folder.resolve("work"));
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static JsonNode ok(String... args) throws Exception {
        return zowe.ok(ibmuser, args);
    }

    @Test
    void createUploadListDownloadAndViewAPartitionedDataSet() throws Exception {
        ok("zos-files", "create", "data-set-partitioned", "IBMUSER.FILES.PDS");
        Path hello = Files.writeString(work.resolve("hello.txt"), "//HELLO JOB\n//STEP1 EXEC PGM=IEFBR14\n");
        ok("zos-files", "upload", "file-to-data-set", hello.toString(), "IBMUSER.FILES.PDS(HELLO)");
        Path dir = Files.createDirectories(work.resolve("members"));
        Files.writeString(dir.resolve("alpha.txt"), "ALPHA LINE\n");
        Files.writeString(dir.resolve("beta.txt"), "BETA LINE\n");
        ok("zos-files", "upload", "dir-to-pds", dir.toString(), "IBMUSER.FILES.PDS");

        JsonNode listed = ok("zos-files", "list", "data-set", "IBMUSER.FILES.PDS", "--attributes");
        JsonNode item = listed.at("/data/apiResponse/items/0");
        assertEquals("IBMUSER.FILES.PDS", item.get("dsname").asText(), listed.toString());
        assertEquals("PO", item.get("dsorg").asText());
        assertEquals("FB", item.get("recfm").asText());
        assertEquals("80", item.get("lrecl").asText());
        assertEquals("6160", item.get("blksz").asText());
        assertEquals("CYLINDERS", item.get("spacu").asText());

        JsonNode members = ok("zos-files", "list", "all-members", "IBMUSER.FILES.PDS", "--attributes");
        List<String> names = new ArrayList<>();
        members.at("/data/apiResponse/items").forEach(member -> names.add(member.get("member").asText()));
        assertEquals(List.of("ALPHA", "BETA", "HELLO"), names, members.toString());
        assertEquals("IBMUSER", members.at("/data/apiResponse/items/2/user").asText(), members.toString());
        assertEquals(2, members.at("/data/apiResponse/items/2/cnorc").asInt(), members.toString());

        Path downloaded = work.resolve("hello-back.txt");
        ok("zos-files", "download", "data-set", "IBMUSER.FILES.PDS(HELLO)", "-f", downloaded.toString());
        assertEquals("//HELLO JOB\n//STEP1 EXEC PGM=IEFBR14\n", Files.readString(downloaded));
        Path all = work.resolve("all");
        ok("zos-files", "download", "all-members", "IBMUSER.FILES.PDS", "-d", all.toString());
        assertEquals("ALPHA LINE\n", Files.readString(all.resolve("alpha.txt")));
        assertEquals("BETA LINE\n", Files.readString(all.resolve("beta.txt")));

        Processes.Result view = zowe.run(ibmuser, "zos-files", "view", "data-set", "IBMUSER.FILES.PDS(BETA)");
        assertEquals(0, view.exitCode(), view.describe());
        assertEquals("BETA LINE", view.stdout().trim());
    }

    @Test
    void aSequentialDataSetIsWrittenCopiedRenamedAndDeleted() throws Exception {
        ok("zos-files", "create", "data-set-sequential", "IBMUSER.FILES.SEQ");
        Path text = Files.writeString(work.resolve("seq.txt"), "FIRST RECORD\nSECOND RECORD\n");
        ok("zos-files", "upload", "file-to-data-set", text.toString(), "IBMUSER.FILES.SEQ");
        ok("zos-files", "copy", "data-set", "IBMUSER.FILES.SEQ", "IBMUSER.FILES.SEQCOPY");
        ok("zos-files", "rename", "data-set", "IBMUSER.FILES.SEQCOPY", "IBMUSER.FILES.RENAMED");

        Processes.Result view = zowe.run(ibmuser, "zos-files", "view", "data-set", "IBMUSER.FILES.RENAMED");
        assertEquals("FIRST RECORD\nSECOND RECORD", view.stdout().trim(), view.describe());

        ok("zos-files", "delete", "data-set", "IBMUSER.FILES.RENAMED", "-f");
        JsonNode gone = zowe.json(ibmuser, "zos-files", "view", "data-set", "IBMUSER.FILES.RENAMED");
        assertFalse(gone.get("success").asBoolean(), gone.toString());
        assertEquals(404, gone.at("/error/errorCode").asInt(), gone.toString());
        assertTrue(gone.toString().contains("ISRZ002 Data set not cataloged"), gone.toString());
    }

    @Test
    void renameAMemberAndCopyAllMembersIntoAnotherLibrary() throws Exception {
        ok("zos-files", "create", "data-set-partitioned", "IBMUSER.FILES.SRC");
        Path one = Files.writeString(work.resolve("one.txt"), "MEMBER ONE\n");
        ok("zos-files", "upload", "file-to-data-set", one.toString(), "IBMUSER.FILES.SRC(ONE)");
        ok("zos-files", "rename", "data-set-member", "IBMUSER.FILES.SRC", "ONE", "UNO");
        ok("zos-files", "copy", "data-set", "IBMUSER.FILES.SRC", "IBMUSER.FILES.DST");
        Processes.Result view = zowe.run(ibmuser, "zos-files", "view", "data-set", "IBMUSER.FILES.DST(UNO)");
        assertEquals("MEMBER ONE", view.stdout().trim(), view.describe());
    }

    @Test
    void unixFilesAndDirectories() throws Exception {
        ok("zos-files", "create", "uss-directory", "/u/ibmuser/project");
        Path local = Files.writeString(work.resolve("notes.txt"), "z/OS UNIX notes\nsecond line\n");
        ok("zos-files", "upload", "file-to-uss", local.toString(), "/u/ibmuser/project/notes.txt");

        JsonNode listed = ok("zos-files", "list", "uss-files", "/u/ibmuser/project");
        JsonNode items = listed.at("/data/apiResponse/items");
        assertEquals(3, items.size(), listed.toString());
        assertEquals("notes.txt", items.get(2).get("name").asText());
        assertEquals("-rw-r--r--", items.get(2).get("mode").asText());
        assertEquals("IBMUSER", items.get(2).get("user").asText());
        assertEquals(28, items.get(2).get("size").asInt(), "stored in IBM-1047, one byte a character");

        Processes.Result view = zowe.run(ibmuser, "zos-files", "view", "uss-file", "/u/ibmuser/project/notes.txt");
        assertEquals("z/OS UNIX notes\nsecond line", view.stdout().trim(), view.describe());
        Path back = work.resolve("notes-back.txt");
        ok("zos-files", "download", "uss-file", "/u/ibmuser/project/notes.txt", "-f", back.toString());
        assertEquals("z/OS UNIX notes\nsecond line\n", Files.readString(back, StandardCharsets.UTF_8));

        ok("zos-files", "delete", "uss-file", "/u/ibmuser/project", "-f", "-r");
        assertFalse(zowe.json(ibmuser, "zos-files", "list", "uss-files", "/u/ibmuser/project").get("success")
                .asBoolean());
    }

    @Test
    void zosmfsOwnLogIsAFileInZosUnix() throws Exception {
        JsonNode listed = ok("zos-files", "list", "uss-files", "/global/zosmf/data/logs");
        assertTrue(listed.toString().contains("IZUG0.log"), listed.toString());
        simulator.admin().operatorCommand("D T");
        Processes.Result view = zowe.run(ibmuser, "zos-files", "view", "uss-file",
                "/global/zosmf/data/logs/IZUG0.log");
        assertEquals(0, view.exitCode(), view.describe());
        assertEquals(String.join("\n", simulator.admin().izugLog()).trim(), view.stdout().trim());
    }

    @Test
    void aDataSetProfileRefusesEvenASpecialUserWithIch408i() throws Exception {
        ok("zos-files", "create", "data-set-sequential", "PAYROLL.MASTER");
        ok("zos-tso", "issue", "command", "ADDSD 'PAYROLL.**' UACC(NONE)", "--account", "ACCT#");

        JsonNode refused = zowe.json(ibmuser, "zos-files", "view", "data-set", "PAYROLL.MASTER");
        assertFalse(refused.get("success").asBoolean(), refused.toString());
        assertEquals(500, refused.at("/error/errorCode").asInt(), refused.toString());
        JsonNode body = Json.parse(refused.at("/error/causeErrors").asText());
        assertEquals(4, body.get("category").asInt(), body.toString());
        assertTrue(body.at("/details/0").asText().contains("FROM PAYROLL.** (G)"), body.toString());
        assertTrue(simulator.admin().operatorCommand("D T").size() > 0);

        ok("zos-tso", "issue", "command", "PERMIT 'PAYROLL.**' ID(IBMUSER) ACCESS(READ)", "--account", "ACCT#");
        Processes.Result view = zowe.run(ibmuser, "zos-files", "view", "data-set", "PAYROLL.MASTER");
        assertEquals(0, view.exitCode(), view.describe());
    }
}
