package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Zowe CLI's {@code zos-jobs submit data-set}, {@code submit uss-file} and {@code submit local-file}: JCL put
 * in place with {@code zos-files upload}, submitted from where it lies, and run as JCL sent in the body runs; and
 * what the CLI shows when the data set or the file is not there.
 */
class ZoweCliSubmitFileTest {

    private static final String JCL = "//COLIND   JOB (ACCT),'COLIN',CLASS=A,MSGCLASS=X\n"
            + "//STEP1    EXEC PGM=IEFBR14\n";

    private static ZosmfSimulator simulator;
    private static ZoweCli zowe;
    private static List<String> colin;
    private static Path work;

    @BeforeAll
    static void start(@TempDir Path temp) throws Exception {
        simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start();
        CredentialFolder files = new CredentialFolder(simulator, temp);
        zowe = new ZoweCli(simulator, files, Files.createDirectories(temp.resolve("zowe-home")));
        colin = zowe.password("COLIN", "PASSWORD");
        work = Files.createDirectories(temp.resolve("work"));
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static JsonNode ok(String... args) throws Exception {
        JsonNode response = zowe.json(colin, args);
        assertTrue(response.get("success").asBoolean(), String.join(" ", args) + ": " + response);
        return response;
    }

    @Test
    void aMemberUploadedWithZosFilesIsSubmittedAndWaitedFor() throws Exception {
        Path local = Files.writeString(work.resolve("iefbr14.jcl"), JCL);
        ok("zos-files", "create", "data-set-partitioned", "COLIN.JCL");
        ok("zos-files", "upload", "file-to-data-set", local.toString(), "COLIN.JCL(IEFBR14)");

        JsonNode waited = ok("zos-jobs", "submit", "data-set", "COLIN.JCL(IEFBR14)", "--wait-for-output");
        assertEquals("OUTPUT", waited.at("/data/status").asText(), waited.toString());
        assertEquals("CC 0000", waited.at("/data/retcode").asText(), waited.toString());
        assertEquals("COLIND", waited.at("/data/jobname").asText());
        assertEquals("COLIN", waited.at("/data/owner").asText());

        Processes.Result spool = zowe.run(colin, "zos-jobs", "submit", "data-set", "COLIN.JCL(IEFBR14)",
                "--view-all-spool-content");
        assertEquals(0, spool.exitCode(), spool.describe());
        assertTrue(spool.stdout().contains("IEF142I COLIND STEP1 - STEP WAS EXECUTED - COND CODE 0000"),
                spool.stdout());
    }

    @Test
    void aUnixFileUploadedWithZosFilesIsSubmitted() throws Exception {
        Path local = Files.writeString(work.resolve("x.jcl"), JCL.replace("COLIND  ", "COLINX  "));
        ok("zos-files", "upload", "file-to-uss", local.toString(), "/u/colin/x.jcl");

        JsonNode submitted = ok("zos-jobs", "submit", "uss-file", "/u/colin/x.jcl");
        String jobid = submitted.at("/data/jobid").asText();
        assertTrue(jobid.matches("JOB\\d{5}"), submitted.toString());
        assertEquals("COLINX", submitted.at("/data/jobname").asText(), submitted.toString());
        JsonNode status = ok("zos-jobs", "view", "job-status-by-jobid", jobid);
        assertEquals("CC 0000", status.at("/data/retcode").asText(), status.toString());
    }

    @Test
    void aLocalFileIsSentAsTheBody() throws Exception {
        Path local = Files.writeString(work.resolve("local.jcl"), JCL.replace("COLIND  ", "COLINL  "));
        JsonNode waited = ok("zos-jobs", "submit", "local-file", local.toString(), "--wait-for-output");
        assertEquals("COLINL", waited.at("/data/jobname").asText(), waited.toString());
        assertEquals("CC 0000", waited.at("/data/retcode").asText(), waited.toString());
    }

    @Test
    void aDataSetOrFileThatIsNotThereIsReportedByName() throws Exception {
        Processes.Result dataSet = zowe.run(colin, "zos-jobs", "submit", "data-set", "COLIN.DOES.NOT.EXIST(IEFBR14)");
        assertEquals(1, dataSet.exitCode(), dataSet.describe());
        assertTrue(dataSet.stderr().contains("Data set not found: COLIN.DOES.NOT.EXIST"), dataSet.describe());
        assertTrue(dataSet.stderr().contains("HTTP(S) error 400"), dataSet.describe());

        Processes.Result file = zowe.run(colin, "zos-jobs", "submit", "uss-file", "/tmp/does/not/exist/at/all.txt");
        assertEquals(1, file.exitCode(), file.describe());
        assertTrue(file.stderr().contains("Error opening input file /tmp/does/not/exist/at/all.txt"),
                file.describe());
    }
}
