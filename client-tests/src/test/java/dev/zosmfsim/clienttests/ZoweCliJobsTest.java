package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.faults.FaultEffect;
import dev.zosmfsim.faults.FaultMatch;
import dev.zosmfsim.faults.FaultRule;
import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.faults.FaultTrigger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Zowe CLI's {@code zos-jobs} commands against the simulated JES2: submit from stdin with the spool shown,
 * list by owner and prefix, status, spool files and their records, download, cancel and delete, and a TSO user's
 * TSU job cancelled while the Zowe CLI holds its address space.
 */
class ZoweCliJobsTest {

    private static final String IEFBR14 = "//COLINA   JOB (ACCT),'COLIN',CLASS=A,MSGCLASS=X\n"
            + "//STEP1    EXEC PGM=IEFBR14\n";

    private static ZosmfSimulator simulator;
    private static ZoweCli zowe;
    private static List<String> ibmuser;
    private static List<String> colin;
    private static Path folder;

    @BeforeAll
    static void start(@TempDir Path temp) throws Exception {
        folder = temp;
        simulator = ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).start();
        zowe = ZoweCli.in(simulator, temp);
        ibmuser = zowe.password("IBMUSER", "SYS1");
        colin = zowe.password("COLIN", "PASSWORD");
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static String submit(List<String> user, String jcl) throws Exception {
        JsonNode submitted = zowe.jsonWithInput(user, jcl, "zos-jobs", "submit", "stdin");
        assertTrue(submitted.get("success").asBoolean(), submitted.toString());
        return submitted.at("/data/jobid").asText();
    }

    @Test
    void submitFromStdinWaitsForTheOutputAndShowsTheSpool() throws Exception {
        JsonNode waited = zowe.jsonWithInput(colin, IEFBR14, "zos-jobs", "submit", "stdin", "--wait-for-output");
        assertTrue(waited.get("success").asBoolean(), waited.toString());
        assertEquals("OUTPUT", waited.at("/data/status").asText(), waited.toString());
        assertEquals("CC 0000", waited.at("/data/retcode").asText());
        assertEquals("COLIN", waited.at("/data/owner").asText());
        assertTrue(waited.at("/data/jobid").asText().matches("JOB\\d{5}"), waited.toString());

        Processes.Result shown = zowe.runWithInput(colin, IEFBR14, "zos-jobs", "submit", "stdin",
                "--view-all-spool-content");
        assertEquals(0, shown.exitCode(), shown.describe());
        assertTrue(shown.stdout().contains("$HASP373 COLINA   STARTED"), shown.stdout());
        assertTrue(shown.stdout().contains("IEF142I COLINA STEP1 - STEP WAS EXECUTED - COND CODE 0000"),
                shown.stdout());
        assertTrue(shown.stdout().contains("//STEP1    EXEC PGM=IEFBR14"), "JESJCL: " + shown.stdout());
    }

    @Test
    void aBatchTsoStepAdministersRacfAndItsOutputIsASpoolFile() throws Exception {
        String jobid = submit(ibmuser, "//IBMUSERA JOB ,'RACF',MSGCLASS=H\n//TSO EXEC PGM=IKJEFT01\n"
                + "//SYSTSPRT DD SYSOUT=*\n//SYSTSIN DD *\nLISTUSER COLIN\n/*\n");
        JsonNode files = zowe.json(ibmuser, "zos-jobs", "list", "spool-files-by-jobid", jobid);
        List<String> ddnames = new ArrayList<>();
        files.at("/data").forEach(file -> ddnames.add(file.get("ddname").asText()));
        assertEquals(List.of("JESMSGLG", "JESJCL", "JESYSMSG", "SYSTSPRT"), ddnames, files.toString());
        JsonNode printed = zowe.json(ibmuser, "zos-jobs", "view", "spool-file-by-id", jobid, "102");
        assertTrue(printed.at("/stdout").asText().contains("USER=COLIN"), printed.toString());

        JsonNode status = zowe.json(ibmuser, "zos-jobs", "view", "job-status-by-jobid", jobid);
        assertEquals("CC 0000", status.at("/data/retcode").asText(), status.toString());
        assertEquals("IBMUSERA", status.at("/data/jobname").asText());
        assertEquals("Job is on the hard copy queue", status.at("/data/phase-name").asText());

        Processes.Result all = zowe.run(ibmuser, "zos-jobs", "view", "all-spool-content", jobid);
        assertEquals(0, all.exitCode(), all.describe());
        assertTrue(all.stdout().contains("READY") && all.stdout().contains("LISTUSER COLIN"), all.stdout());
    }

    @Test
    void anUnknownProgramAbendsS806() throws Exception {
        String jobid = submit(colin, "//COLINB JOB\n//STEP1 EXEC PGM=NOSUCH\n");
        JsonNode status = zowe.json(colin, "zos-jobs", "view", "job-status-by-jobid", jobid);
        assertEquals("ABEND S806", status.at("/data/retcode").asText(), status.toString());
        JsonNode log = zowe.json(colin, "zos-jobs", "view", "spool-file-by-id", jobid, "2");
        assertTrue(log.at("/stdout").asText().contains("CSV003I REQUESTED MODULE NOSUCH NOT FOUND"), log.toString());
    }

    @Test
    void listJobsByOwnerAndPrefix() throws Exception {
        submit(colin, "//COLINL1 JOB\n//S1 EXEC PGM=IEFBR14\n");
        submit(ibmuser, "//IBMUSERL JOB\n//S1 EXEC PGM=IEFBR14\n");
        JsonNode mine = zowe.json(colin, "zos-jobs", "list", "jobs");
        assertTrue(mine.get("success").asBoolean(), mine.toString());
        mine.at("/data").forEach(job -> assertEquals("COLIN", job.get("owner").asText(), mine.toString()));
        assertTrue(names(mine).contains("COLINL1"), mine.toString());

        JsonNode prefixed = zowe.json(ibmuser, "zos-jobs", "list", "jobs", "--owner", "*", "--prefix", "COLINL*");
        assertEquals(List.of("COLINL1"), names(prefixed), prefixed.toString());
        JsonNode ibmusers = zowe.json(ibmuser, "zos-jobs", "list", "jobs", "--owner", "IBMUSER");
        assertTrue(names(ibmusers).contains("IBMUSERL"), ibmusers.toString());
        JsonNode stcs = zowe.json(ibmuser, "zos-jobs", "list", "jobs", "--owner", "IZUSVR", "--prefix", "IZU*");
        assertTrue(names(stcs).contains("IZUSVR1"), "z/OSMF's own started task: " + stcs);

        JsonNode othersForColin = zowe.json(colin, "zos-jobs", "list", "jobs", "--owner", "IBMUSER");
        assertEquals(List.of(), names(othersForColin), "without JESSPOOL access COLIN sees none: " + othersForColin);
    }

    @Test
    void aFailedTsoLogonLeavesATsuJobWhoseSpoolSaysWhy() throws Exception {
        Processes.Result started = zowe.run(colin, "zos-tso", "start", "address-space", "--account", "ACCT#",
                "--logon-procedure", "NOSUCH");
        assertTrue((started.stdout() + started.stderr()).contains("IKJ56482I"), started.describe());
        JsonNode listed = zowe.json(colin, "zos-jobs", "list", "jobs", "--prefix", "COLIN");
        List<JsonNode> failed = new ArrayList<>();
        listed.at("/data").forEach(job -> {
            if (job.get("retcode").asText().equals("JCL ERROR")) {
                failed.add(job);
            }
        });
        assertEquals(1, failed.size(), listed.toString());
        JsonNode job = failed.get(0);
        assertEquals("COLIN", job.get("jobname").asText());
        assertEquals("TSU", job.get("type").asText());
        assertEquals("OUTPUT", job.get("status").asText());
        Processes.Result spool = zowe.run(colin, "zos-jobs", "view", "all-spool-content", job.get("jobid").asText());
        assertEquals(0, spool.exitCode(), spool.describe());
        assertTrue(spool.stdout().contains("IKJ56482I THE PROCEDURE NAME NOSUCH HAS NOT BEEN DEFINED FOR USE"),
                spool.stdout());
        assertTrue(spool.stdout().contains("IEFC452I COLIN - JOB NOT RUN - JCL ERROR"), spool.stdout());
        assertTrue(spool.stdout().contains("IEFC612I PROCEDURE NOSUCH WAS NOT FOUND"), spool.stdout());
    }

    @Test
    void downloadOutputWritesEachSpoolFile() throws Exception {
        String jobid = submit(colin, IEFBR14);
        Path out = folder.resolve("download");
        Processes.Result downloaded = zowe.run(colin, "zos-jobs", "download", "output", jobid, "--directory",
                out.toString());
        assertEquals(0, downloaded.exitCode(), downloaded.describe());
        List<String> written;
        try (Stream<Path> files = Files.walk(out.resolve(jobid))) {
            written = files.filter(Files::isRegularFile).map(path -> out.resolve(jobid).relativize(path).toString())
                    .sorted().toList();
        }
        assertEquals(List.of("JES2/JESJCL.txt", "JES2/JESMSGLG.txt", "JES2/JESYSMSG.txt"), written);
        assertTrue(Files.readString(out.resolve(jobid).resolve("JES2/JESMSGLG.txt")).contains("$HASP395 COLINA"));
    }

    @Test
    void cancelAndDeleteAJob() throws Exception {
        String held = submit(colin, "//COLINH JOB TYPRUN=HOLD\n//S1 EXEC PGM=IEFBR14\n");
        JsonNode waiting = zowe.json(colin, "zos-jobs", "view", "job-status-by-jobid", held);
        assertEquals("INPUT", waiting.at("/data/status").asText(), waiting.toString());
        JsonNode cancelled = zowe.json(colin, "zos-jobs", "cancel", "job", held);
        assertTrue(cancelled.get("success").asBoolean(), cancelled.toString());
        // the CLI asks for the synchronous cancel (X-IBM-Job-Modify-Version 2.0) unless told otherwise
        assertEquals("Successfully canceled job COLINH (" + held + ")", cancelled.get("message").asText());
        JsonNode after = zowe.json(colin, "zos-jobs", "view", "job-status-by-jobid", held);
        assertEquals("CANCELED", after.at("/data/retcode").asText(), after.toString());

        JsonNode deleted = zowe.json(colin, "zos-jobs", "delete", "job", held, "--modify-version", "2.0");
        assertTrue(deleted.get("success").asBoolean(), deleted.toString());
        assertEquals("Successfully deleted job COLINH (" + held + ")", deleted.get("message").asText());
        JsonNode gone = zowe.json(colin, "zos-jobs", "view", "job-status-by-jobid", held);
        assertFalse(gone.get("success").asBoolean(), gone.toString());
        assertTrue(gone.toString().contains("Zero jobs were returned"), gone.toString());
    }

    @Test
    void aRunningBatchJobIsActiveUntilCancelledWithS222() throws Exception {
        String jobid = submit(colin, "//COLINZ JOB\n//NAP EXEC PGM=BPXBATCH,PARM='SH sleep 600'\n");
        JsonNode running = zowe.json(colin, "zos-jobs", "view", "job-status-by-jobid", jobid);
        assertEquals("ACTIVE", running.at("/data/status").asText(), running.toString());
        JsonNode display = zowe.json(ibmuser, "zos-console", "issue", "command", "D A,L");
        assertTrue(display.at("/data/commandResponse").asText().contains("COLINZ   NAP"), display.toString());
        JsonNode cancelled = zowe.json(colin, "zos-jobs", "cancel", "job", jobid);
        assertTrue(cancelled.get("success").asBoolean(), cancelled.toString());
        JsonNode ended = zowe.json(colin, "zos-jobs", "view", "job-status-by-jobid", jobid);
        assertEquals("ABEND S222", ended.at("/data/retcode").asText(), ended.toString());
    }

    @Test
    void anotherUsersJobCannotBeCancelled() throws Exception {
        String jobid = submit(ibmuser, "//IBMUSERH JOB TYPRUN=HOLD\n//S1 EXEC PGM=IEFBR14\n");
        JsonNode refused = zowe.json(colin, "zos-jobs", "cancel", "job", jobid);
        assertFalse(refused.get("success").asBoolean(), refused.toString());
    }

    @Test
    void aTsuJobCancelledUnderALiveTsoSessionEndsIt() throws Exception {
        JsonNode started = zowe.json(ibmuser, "zos-tso", "start", "address-space", "--account", "ACCT#");
        String key = started.at("/data/servletKey").asText();
        JsonNode tsu = zowe.json(ibmuser, "zos-jobs", "list", "jobs", "--prefix", "IBMUSER");
        String jobid = null;
        for (JsonNode job : tsu.at("/data")) {
            if (job.get("type").asText().equals("TSU") && job.get("status").asText().equals("ACTIVE")) {
                jobid = job.get("jobid").asText();
            }
        }
        assertTrue(jobid != null && jobid.startsWith("TSU"), tsu.toString());

        JsonNode cancelled = zowe.json(ibmuser, "zos-jobs", "cancel", "job", jobid, "--modify-version", "2.0");
        assertTrue(cancelled.get("success").asBoolean(), cancelled.toString());
        assertEquals("Successfully canceled job IBMUSER (" + jobid + ")", cancelled.get("message").asText());

        JsonNode gone = zowe.json(ibmuser, "zos-tso", "send", "address-space", key, "--data", "TIME");
        assertFalse(gone.get("success").asBoolean(), gone.toString());
        assertTrue(gone.toString().contains("IZUG1126E"), gone.toString());
        JsonNode ended = zowe.json(ibmuser, "zos-jobs", "view", "job-status-by-jobid", jobid);
        assertEquals("ABEND S222", ended.at("/data/retcode").asText(), ended.toString());
        assertTrue(simulator.admin().sessions().isEmpty());
    }

    @Test
    void aFaultRuleCanSingleOutTheJobsService() throws Exception {
        String rule = simulator.admin().addFault(new FaultRule("jobs down", new FaultMatch(null, null,
                FaultService.JOBS, "COLIN", null, null), new FaultTrigger.Always(), new FaultEffect.Unavailable()));
        try {
            JsonNode refused = zowe.json(colin, "zos-jobs", "list", "jobs");
            assertFalse(refused.get("success").asBoolean(), refused.toString());
            JsonNode others = zowe.json(ibmuser, "zos-jobs", "list", "jobs");
            assertTrue(others.get("success").asBoolean(), "the rule is COLIN's only: " + others);
            JsonNode tso = zowe.json(colin, "zos-tso", "issue", "command", "TIME", "--account", "ACCT#");
            assertTrue(tso.get("success").asBoolean(), "the rule is the jobs service's only: " + tso);
        } finally {
            simulator.admin().removeFault(rule);
        }
        assertTrue(zowe.json(colin, "zos-jobs", "list", "jobs").get("success").asBoolean());
    }

    private static List<String> names(JsonNode response) {
        List<String> names = new ArrayList<>();
        response.at("/data").forEach(job -> names.add(job.get("jobname").asText()));
        return names;
    }
}
