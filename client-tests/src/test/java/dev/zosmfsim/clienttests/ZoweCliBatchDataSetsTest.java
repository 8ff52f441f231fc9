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
 * Batch jobs over the same catalog the data set REST services serve, driven by the real Zowe CLI: a job's IEBGENER
 * makes a data set that {@code zos-files} then reads, IDCAMS deletes it, and RACF ends a job that may not read.
 */
class ZoweCliBatchDataSetsTest {

    private static ZosmfSimulator simulator;
    private static ZoweCli zowe;
    private static List<String> ibmuser;
    private static List<String> colin;
    private static Path work;

    @BeforeAll
    static void start(@TempDir Path folder) throws Exception {
        simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start();
        CredentialFolder files = new CredentialFolder(simulator, folder);
        zowe = new ZoweCli(simulator, files, Files.createDirectories(folder.resolve("zowe-home")));
        ibmuser = zowe.password("IBMUSER", "SYS1");
        colin = zowe.password("COLIN", "PASSWORD");
        work = Files.createDirectories(folder.resolve("work"));
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static JsonNode ok(List<String> user, String... args) throws Exception {
        JsonNode response = zowe.json(user, args);
        assertTrue(response.get("success").asBoolean(), String.join(" ", args) + ": " + response);
        return response;
    }

    private static JsonNode submitAndWait(List<String> user, String jcl) throws Exception {
        JsonNode submitted = zowe.jsonWithInput(user, jcl, "zos-jobs", "submit", "stdin", "--wait-for-output");
        assertTrue(submitted.get("success").asBoolean(), submitted.toString());
        return submitted.get("data");
    }

    private static String spool(List<String> user, JsonNode job, int id) throws Exception {
        return ok(user, "zos-jobs", "view", "spool-file-by-id", job.get("jobid").asText(), String.valueOf(id))
                .at("/data").asText();
    }

    @Test
    void aJobCopiesAnUploadedDataSetThatZosFilesThenReadsAndIdcamsDeletes() throws Exception {
        ok(colin, "zos-files", "create", "data-set-sequential", "COLIN.BATCH.INPUT");
        Path input = Files.writeString(work.resolve("input.txt"), "FIRST RECORD\nSECOND RECORD\n");
        ok(colin, "zos-files", "upload", "file-to-data-set", input.toString(), "COLIN.BATCH.INPUT");

        JsonNode copied = submitAndWait(colin, "//COLINGEN JOB\n//COPY EXEC PGM=IEBGENER\n//SYSPRINT DD SYSOUT=*\n"
                + "//SYSIN DD DUMMY\n//SYSUT1 DD DSN=COLIN.BATCH.INPUT,DISP=SHR\n"
                + "//SYSUT2 DD DSN=COLIN.BATCH.COPY,DISP=(NEW,CATLG,DELETE),\n"
                + "//            SPACE=(TRK,(1,1)),DCB=(RECFM=FB,LRECL=80)\n");
        assertEquals("CC 0000", copied.get("retcode").asText(), copied.toString());
        Processes.Result viewed = zowe.run(colin, "zos-files", "view", "data-set", "COLIN.BATCH.COPY");
        assertEquals("FIRST RECORD\nSECOND RECORD", viewed.stdout().trim(), viewed.describe());
        JsonNode listed = ok(colin, "zos-files", "list", "data-set", "COLIN.BATCH.COPY", "--attributes");
        assertEquals("PS", listed.at("/data/apiResponse/items/0/dsorg").asText(), listed.toString());
        assertTrue(spool(colin, copied, 4).contains("IEF285I   COLIN.BATCH.COPY"), "JESYSMSG shows the disposition");

        JsonNode deleted = submitAndWait(colin, "//COLINDEL JOB\n//AMS EXEC PGM=IDCAMS\n//SYSPRINT DD SYSOUT=*\n"
                + "//SYSIN DD *\n  DELETE COLIN.BATCH.COPY\n/*\n");
        assertEquals("CC 0000", deleted.get("retcode").asText(), deleted.toString());
        assertTrue(spool(colin, deleted, 102).contains("IDC0550I ENTRY (A) COLIN.BATCH.COPY DELETED"));
        JsonNode gone = ok(colin, "zos-files", "list", "data-set", "COLIN.BATCH.COPY");
        assertEquals(0, gone.at("/data/apiResponse/returnedRows").asInt(), gone.toString());
    }

    @Test
    void racfEndsAJobThatMayNotReadADataSetWithS913() throws Exception {
        ok(ibmuser, "zos-files", "create", "data-set-sequential", "PAYROLL.MASTER");
        JsonNode protect = submitAndWait(ibmuser, "//IBMUSERP JOB\n//TSO EXEC PGM=IKJEFT01\n//SYSTSPRT DD SYSOUT=*\n"
                + "//SYSTSIN DD *\nADDSD 'PAYROLL.**' UACC(NONE)\n/*\n");
        assertEquals("CC 0000", protect.get("retcode").asText(), protect.toString());

        JsonNode refused = submitAndWait(colin, "//COLINPAY JOB\n//PEEK EXEC PGM=IEBGENER\n//SYSPRINT DD SYSOUT=*\n"
                + "//SYSIN DD DUMMY\n//SYSUT1 DD DSN=PAYROLL.MASTER,DISP=SHR\n//SYSUT2 DD SYSOUT=*\n");
        assertEquals("ABEND S913", refused.get("retcode").asText(), refused.toString());
        assertTrue(spool(colin, refused, 2).contains("IEC150I 913-38,IFG0194E,COLINPAY,PEEK,SYSUT1"));
    }
}
