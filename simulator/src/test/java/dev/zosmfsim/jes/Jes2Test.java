package dev.zosmfsim.jes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tso.TsoService;
import dev.zosmfsim.tso.TsoStartRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JES2 over the one address-space table, and the JCL interpreter's jobs, on the manual clock. */
class Jes2Test {

    private final SimulatedSystem system = TestSystems.defaultSystem();

    private Job submit(String user, String... cards) {
        return system.jes().submit(new Jes2.Submission(List.of(cards), user));
    }

    private static List<String> records(Job job, String ddname) {
        return job.spool().stream().filter(file -> file.ddname().equals(ddname)).findFirst().orElseThrow().records();
    }

    private Job now(Job job) {
        return system.jes().find("IBMUSER", job.jobname(), job.jobId());
    }

    @Test
    void iefbr14EndsWithConditionCodeZeroAndTheJes2Spool() {
        Job job = submit("COLIN", "//COLINA JOB (ACCT),'COLIN',CLASS=A,MSGCLASS=X", "//STEP1 EXEC PGM=IEFBR14");
        assertEquals("JOB00125", job.jobId(), "the first job after IPL's started tasks");
        assertEquals(JobStatus.OUTPUT, job.status());
        assertEquals("CC 0000", job.retcode());
        assertEquals(List.of("JESMSGLG", "JESJCL", "JESYSMSG"), job.spool().stream().map(SpoolFile::ddname).toList());
        List<String> log = records(job, "JESMSGLG");
        assertTrue(log.stream().anyMatch(line -> line.endsWith("$HASP373 COLINA   STARTED - INIT 1    - CLASS A"
                + "        - SYS S0W1")), log.toString());
        assertTrue(log.stream().anyMatch(line -> line.endsWith("$HASP395 COLINA   ENDED - RC=0000")), log.toString());
        assertTrue(records(job, "JESYSMSG").contains(" IEF142I COLINA STEP1 - STEP WAS EXECUTED - COND CODE 0000"));
        // the statement number in columns 1-9, the card from column 11, the job id in the card's columns 73-80
        assertEquals("        1 " + String.format("%-72s", "//COLINA JOB (ACCT),'COLIN',CLASS=A,MSGCLASS=X") + "JOB00125",
                records(job, "JESJCL").get(0));
        assertEquals("X", job.spool().get(0).outputClass());
        assertTrue(system.messages().between(TestSystems.START, TestSystems.START).stream()
                .anyMatch(message -> message.text().contains("$HASP395 COLINA")), "the system log has it");
    }

    @Test
    void anUnknownProgramAbendsS806AndStopsTheJob() {
        Job job = submit("COLIN", "//COLINB JOB", "//STEP1 EXEC PGM=NOSUCH", "//STEP2 EXEC PGM=IEFBR14",
                "//STEP3 EXEC PGM=IEFBR14,COND=EVEN");
        assertEquals("ABEND S806", job.retcode());
        assertTrue(records(job, "JESMSGLG").stream().anyMatch(line -> line.endsWith("CSV003I REQUESTED MODULE NOSUCH"
                + " NOT FOUND")));
        assertEquals(List.of("ABEND S806", "FLUSH", "CC 0000"), job.steps().stream().map(JobStep::completion)
                .toList());
        assertTrue(records(job, "JESYSMSG").contains(" IEF272I COLINB STEP2 - STEP WAS NOT EXECUTED."));
    }

    @Test
    void jclErrorsAreReportedAsTheConverterDoes() {
        Job job = submit("COLIN", "//COLINC JOB CLASS=A,", "//STEP1 EXEC PGN=IEFBR14", "//STEP2 EXEC PROC=NOPROC");
        assertEquals("JCL ERROR", job.retcode());
        assertEquals(List.of(" STMT NO. MESSAGE", "        1 IEFC621I EXPECTED CONTINUATION NOT RECEIVED",
                "        2 IEFC630I UNIDENTIFIED KEYWORD PGN", "        2 IEFC605I UNIDENTIFIED OPERATION FIELD",
                "        3 IEFC612I PROCEDURE NOPROC WAS NOT FOUND"), records(job, "JESYSMSG"));
        assertTrue(records(job, "JESMSGLG").stream().anyMatch(line -> line.contains("IEFC452I COLINC - JOB NOT RUN - JCL"
                + " ERROR")));
        assertThrows(JesException.class, () -> submit("COLIN", "not JCL at all"));
    }

    @Test
    void condAndIfDecideWhichStepsRun() {
        Job job = submit("IBMUSER", "//IBMUSERA JOB", "//TSO EXEC PGM=IKJEFT01", "//SYSTSPRT DD SYSOUT=*",
                "//SYSTSIN DD *", "NOSUCHCMD", "/*", "//SKIPPED EXEC PGM=IEFBR14,COND=(8,LT)",
                "//CHECK IF (TSO.RC = 12) THEN", "//RAN EXEC PGM=IEFBR14", "// ELSE", "//NOTRAN EXEC PGM=IEFBR14",
                "// ENDIF");
        assertEquals(List.of("CC 0012", "FLUSH", "CC 0000", "FLUSH"), job.steps().stream().map(JobStep::completion)
                .toList());
        assertEquals("CC 0012", job.retcode());
    }

    @Test
    void racfCanBeAdministeredInBatch() {
        Job job = submit("IBMUSER", "//IBMUSERB JOB", "//TSO EXEC PGM=IKJEFT01", "//SYSTSPRT DD SYSOUT=*",
                "//SYSTSIN DD *", "ALTUSER COLIN -", "  REVOKE", "LISTUSER COLIN", "/*");
        assertEquals("CC 0000", job.retcode());
        SpoolFile printed = job.spool().get(3);
        assertEquals("SYSTSPRT", printed.ddname());
        assertEquals(102, printed.id());
        assertTrue(printed.records().contains(" ALTUSER COLIN   REVOKE"), printed.records().toString());
        assertTrue(system.racf().user("COLIN").orElseThrow().revoked());

        Job refused = submit("COLIN", "//COLIND JOB", "//STEP1 EXEC PGM=IEFBR14");
        assertEquals("SEC ERROR", refused.retcode(), "a revoked user's job fails at job start");
        assertTrue(records(refused, "JESMSGLG").stream().anyMatch(line -> line.endsWith("LOGON/JOB INITIATION - REVOKED"
                + " USER ACCESS ATTEMPT")));
    }

    @Test
    void aSubmitterNeedsSurrogatToRunAJobAsAnotherUser() {
        Job refused = submit("COLIN", "//COLINE JOB USER=IBMUSER", "//STEP1 EXEC PGM=IEFBR14");
        assertEquals("SEC ERROR", refused.retcode());
        assertEquals("IBMUSER", refused.owner());
        Job allowed = submit("IBMUSER", "//IBMUSERC JOB USER=COLIN", "//STEP1 EXEC PGM=IEFBR14");
        assertEquals("SEC ERROR", allowed.retcode(), "SPECIAL is not SURROGAT");
        system.tso().issue("IBMUSER", "RDEFINE SURROGAT COLIN.SUBMIT UACC(NONE)", false, null, null);
        system.tso().issue("IBMUSER", "PERMIT COLIN.SUBMIT CLASS(SURROGAT) ID(IBMUSER) ACCESS(READ)", false, null,
                null);
        system.tso().issue("IBMUSER", "SETROPTS RACLIST(SURROGAT) REFRESH", false, null, null);
        Job surrogate = submit("IBMUSER", "//IBMUSERD JOB USER=COLIN", "//STEP1 EXEC PGM=IEFBR14");
        assertEquals("CC 0000", surrogate.retcode());
        assertEquals("COLIN", surrogate.owner());
    }

    @Test
    void aTsoSessionIsATsuJobThatACancelEnds() {
        TsoService.Started started = system.tso().start("COLIN", TsoStartRequest.defaults("ACCT#"));
        Job tsu = system.jes().jobOf(started.session().addressSpace()).orElseThrow();
        assertEquals("TSU00125", tsu.jobId());
        assertEquals(JobStatus.ACTIVE, tsu.status());
        assertTrue(TestSystems.issue(system, "IBMUSER", "IBMUSECN", "D A,COLIN").stream()
                .anyMatch(line -> line.contains("WUID=TSU00125 USERID=COLIN")), "D A reads the same table");
        Jes2.Feedback feedback = system.jes().cancel("COLIN", tsu, false);
        assertEquals(0, feedback.status());
        Job ended = now(tsu);
        assertEquals("ABEND S222", ended.retcode());
        assertEquals(JobStatus.OUTPUT, ended.status());
        assertTrue(system.messages().between(TestSystems.START, TestSystems.START).stream()
                .anyMatch(message -> message.text().startsWith(" IEF450I COLIN IZUFPROC - ABEND=S222")));
        assertTrue(system.tso().sessions().isEmpty(), "the TSO session ended with its job");
        assertEquals(156, system.jes().cancel("COLIN", ended, false).status(), "a job on the output queue");
    }

    @Test
    void usersSeeOnlyTheirOwnJobsUnlessRacfAllows() {
        Job colins = submit("COLIN", "//COLINF JOB", "//STEP1 EXEC PGM=IEFBR14");
        Job ibmusers = submit("IBMUSER", "//IBMUSERE JOB", "//STEP1 EXEC PGM=IEFBR14");
        JobFilter everyone = new JobFilter(NamePattern.of("*"), NamePattern.of("*"), null, null, 1000, null);
        List<Job> seen = system.jes().list("COLIN", everyone);
        assertTrue(seen.contains(colins));
        assertTrue(seen.stream().noneMatch(job -> job.owner().equals("IBMUSER")), seen.toString());
        assertThrows(JesException.class, () -> system.jes().find("COLIN", "IBMUSERE", ibmusers.jobId()));
        assertTrue(system.jes().list("IBMUSER", everyone).contains(colins), "SPECIAL sees every job");
        system.tso().issue("IBMUSER", "RDEFINE JESSPOOL S0W1.IBMUSER.** UACC(READ)", false, null, null);
        system.tso().issue("IBMUSER", "SETROPTS RACLIST(JESSPOOL) REFRESH", false, null, null);
        assertEquals(ibmusers, system.jes().find("COLIN", "IBMUSERE", ibmusers.jobId()));
        JesException refused = assertThrows(JesException.class, () -> system.jes().cancel("COLIN", ibmusers, true));
        assertEquals(403, refused.status());
    }

    @Test
    void aHeldJobWaitsOnTheInputQueueUntilReleased() {
        Job held = submit("COLIN", "//COLING JOB TYPRUN=HOLD", "//STEP1 EXEC PGM=IEFBR14");
        assertEquals(JobStatus.INPUT, held.status());
        assertNull(held.retcode());
        assertEquals(0, system.jes().changeClass("COLIN", held, "B").status());
        system.jes().hold("COLIN", held, false);
        assertEquals("CC 0000", now(held).retcode());
        assertEquals("B", now(held).jobClass());
    }

    @Test
    void aJobThatSleepsIsActiveOnTheClockAndACancelEndsItWithS222() {
        Job sleeper = submit("COLIN", "//COLINZ JOB", "//NAP EXEC PGM=BPXBATCH,PARM='SH sleep 30'",
                "//AFTER EXEC PGM=IEFBR14");
        assertEquals(JobStatus.ACTIVE, sleeper.status());
        assertTrue(TestSystems.issue(system, "IBMUSER", "IBMUSECN", "D A,L").stream()
                .anyMatch(line -> line.contains("COLINZ   NAP               NSW  J")), "D A,L shows the batch job");
        assertEquals(" $HASP890 JOB(COLINZ)    STATUS=(EXECUTING/S0W1),CLASS=A,",
                TestSystems.issue(system, "IBMUSER", "IBMUSECN", "$D " + sleeper.jobId()).get(0));
        system.clock().advance(java.time.Duration.ofSeconds(29));
        assertEquals(JobStatus.ACTIVE, now(sleeper).status());
        system.clock().advance(java.time.Duration.ofSeconds(1));
        assertEquals("CC 0000", now(sleeper).retcode());
        assertEquals(TestSystems.START.plusSeconds(30), now(sleeper).ended());
        assertTrue(records(now(sleeper), "JESMSGLG").stream().anyMatch(line -> line.contains(
                "IEF404I COLINZ - ENDED - TIME=15.35.13")), records(now(sleeper), "JESMSGLG").toString());

        Job cancelled = submit("COLIN", "//COLINW JOB", "//NAP EXEC PGM=BPXBATCH,PARM='SH sleep 60'",
                "//AFTER EXEC PGM=IEFBR14");
        system.clock().advance(java.time.Duration.ofSeconds(5));
        assertEquals(0, system.jes().cancel("COLIN", cancelled, false).status());
        assertEquals("ABEND S222", now(cancelled).retcode());
        assertEquals(List.of("ABEND S222", "FLUSH"), now(cancelled).steps().stream().map(JobStep::completion)
                .toList());
        assertTrue(system.messages().between(TestSystems.START, system.clock().now()).stream().anyMatch(message ->
                message.text().startsWith(" IEF450I COLINW NAP - ABEND=S222")));
        system.clock().advance(java.time.Duration.ofSeconds(60));
        assertEquals("ABEND S222", now(cancelled).retcode(), "the cancelled run does not end later");
    }

    @Test
    void tsoStatusSeesTheUsersBatchJobs() {
        assertEquals(List.of("IKJ56216I NO JOBS FOUND"), status("STATUS"));
        Job done = submit("COLIN", "//COLINX JOB", "//STEP1 EXEC PGM=IEFBR14");
        Job held = submit("COLIN", "//COLINY JOB TYPRUN=HOLD", "//STEP1 EXEC PGM=IEFBR14");
        submit("COLIN", "//OTHERJOB JOB", "//STEP1 EXEC PGM=IEFBR14");
        assertEquals(List.of("IKJ56192I JOB COLINX(" + done.jobId() + ") ON OUTPUT QUEUE",
                "IKJ56197I JOB COLINY(" + held.jobId() + ") WAITING FOR EXECUTION"), status("STATUS"));
        assertEquals(1, status("STATUS OTHERJOB").size());
        assertTrue(status("STATUS OTHERJOB").get(0).startsWith("IKJ56192I JOB OTHERJOB(JOB"));
    }

    private List<String> status(String command) {
        List<String> lines = system.tso().issue("COLIN", command, false, null, null).lines();
        return lines.subList(0, lines.size() - 1); // READY
    }

    @Test
    void jclSymbolsAreSubstituted() {
        Job job = system.jes().submit(new Jes2.Submission(List.of("//&NAME JOB", "//STEP1 EXEC PGM=&PGM."),
                "COLIN", Map.of("NAME", "COLINH", "PGM", "IEFBR14"), null, "A"));
        assertEquals("COLINH", job.jobname());
        assertEquals("CC 0000", job.retcode());
    }
}
