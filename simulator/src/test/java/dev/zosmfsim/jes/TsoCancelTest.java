package dev.zosmfsim.jes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.system.SimulatedSystem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TSO's CANCEL of a user's batch jobs, from a TSO session and from IKJEFT01 in batch, through JES2's cancel. */
class TsoCancelTest {

    private final SimulatedSystem system = TestSystems.defaultSystem();

    private Job submit(String user, String... cards) {
        return system.jes().submit(new Jes2.Submission(List.of(cards), user));
    }

    private Job sleeper(String user, String jobname) {
        return submit(user, "//" + jobname + " JOB", "//NAP EXEC PGM=BPXBATCH,PARM='SH sleep 60'",
                "//AFTER EXEC PGM=IEFBR14");
    }

    private List<String> tso(String user, String command) {
        List<String> lines = system.tso().issue(user, command, false, null, null).lines();
        assertEquals("READY", lines.get(lines.size() - 1).strip());
        return lines.subList(0, lines.size() - 1);
    }

    private Job now(Job job) {
        return system.jes().find("IBMUSER", job.jobname(), job.jobId());
    }

    @Test
    void aUserCancelsTheirRunningJobAsTheRestCancelDoes() {
        Job job = sleeper("COLIN", "COLINZ");
        system.clock().advance(Duration.ofSeconds(5));
        assertEquals(List.of("JOB COLINZ(" + job.jobId() + ") CANCELLED"),
                tso("COLIN", "CANCEL COLINZ(" + job.jobId() + ")"));
        assertEquals("ABEND S222", now(job).retcode());
        assertEquals(List.of("ABEND S222", "FLUSH"), now(job).steps().stream().map(JobStep::completion).toList());
        assertTrue(system.messages().between(TestSystems.START, system.clock().now()).stream()
                .anyMatch(message -> message.text().startsWith(" IEF450I COLINZ NAP - ABEND=S222")));
        assertEquals(List.of("IKJ56192I JOB COLINZ(" + job.jobId() + ") ON OUTPUT QUEUE"), tso("COLIN", "STATUS"));
    }

    @Test
    void aJobOnTheOutputQueueNeedsPurge() {
        Job done = submit("COLIN", "//COLINA JOB", "//STEP1 EXEC PGM=IEFBR14");
        String name = "COLINA(" + done.jobId() + ")";
        assertEquals(List.of("JOB " + name + " NOT CANCELLED - ON OUTPUT QUEUE, USE PURGE"),
                tso("COLIN", "CANCEL " + name));
        assertEquals(List.of("JOB " + name + " CANCELLED AND PURGED"), tso("COLIN", "CANCEL " + name + " PURGE"));
        assertTrue(system.jes().byId(done.jobId()).isEmpty(), "purged");
        assertEquals(List.of("JOB " + name + " NOT FOUND"), tso("COLIN", "CANCEL " + name));
    }

    @Test
    void aNameAloneCancelsTheOneJobOfThatNameAndAListCancelsEach() {
        Job first = sleeper("COLIN", "COLINB");
        assertEquals(List.of("JOB COLINB CANCELLED"), tso("COLIN", "CANCEL COLINB"));
        assertEquals("ABEND S222", now(first).retcode());
        Job held = submit("COLIN", "//COLINB JOB TYPRUN=HOLD", "//STEP1 EXEC PGM=IEFBR14");
        assertEquals(List.of("JOB COLINB NOT UNIQUE - SPECIFY JOBNAME(JOBID)"), tso("COLIN", "CANCEL COLINB"));
        Job other = sleeper("COLIN", "COLINC");
        assertEquals(List.of("JOB COLINB(" + held.jobId() + ") CANCELLED", "JOB COLINC(" + other.jobId()
                + ") CANCELLED"), tso("COLIN", "CANCEL (COLINB(" + held.jobId() + "),COLINC(" + other.jobId() + "))"));
        assertEquals("CANCELED", now(held).retcode(), "a job cancelled before it ran");
        assertEquals("ABEND S222", now(other).retcode());
        assertEquals(List.of("JOBNAME MISSING - ENTER CANCEL JOBNAME(JOBID)"), tso("COLIN", "CANCEL"));
    }

    @Test
    void anotherUsersJobFollowsJesjobsAndJesspool() {
        Job ibmusers = sleeper("IBMUSER", "IBMUSERZ");
        String name = "IBMUSERZ(" + ibmusers.jobId() + ")";
        assertEquals(List.of("JOB " + name + " NOT FOUND"), tso("COLIN", "CANCEL " + name),
                "a job the user may not see is not there for them");
        tso("IBMUSER", "RDEFINE JESSPOOL S0W1.IBMUSER.** UACC(READ)");
        tso("IBMUSER", "SETROPTS RACLIST(JESSPOOL) REFRESH");
        assertEquals(List.of("JOB " + name + " NOT CANCELLED - NOT AUTHORIZED"), tso("COLIN", "CANCEL " + name));
        assertEquals(null, now(ibmusers).retcode(), "still running");
        tso("IBMUSER", "RDEFINE JESJOBS CANCEL.*.IBMUSER.* UACC(NONE)");
        tso("IBMUSER", "PERMIT CANCEL.*.IBMUSER.* CLASS(JESJOBS) ID(COLIN) ACCESS(ALTER)");
        tso("IBMUSER", "SETROPTS RACLIST(JESJOBS) REFRESH");
        assertEquals(List.of("JOB " + name + " CANCELLED"), tso("COLIN", "CANCEL " + name));
        assertEquals("ABEND S222", now(ibmusers).retcode());
    }

    @Test
    void ikjeft01InBatchCancelsTheUsersJob() {
        Job target = sleeper("COLIN", "COLIND");
        Job batch = submit("COLIN", "//COLINE JOB", "//TSO EXEC PGM=IKJEFT01", "//SYSTSPRT DD SYSOUT=*",
                "//SYSTSIN DD *", "CANCEL COLIND(" + target.jobId() + ")", "/*");
        assertEquals("CC 0000", batch.retcode());
        List<String> printed = batch.spool().stream().filter(file -> file.ddname().equals("SYSTSPRT")).findFirst()
                .orElseThrow().records();
        assertTrue(printed.contains("JOB COLIND(" + target.jobId() + ") CANCELLED"), printed.toString());
        assertEquals("ABEND S222", now(target).retcode());
    }

    @Test
    void aBatchJobDoesNotCancelItself() {
        Job batch = submit("COLIN", "//COLINF JOB", "//TSO EXEC PGM=IKJEFT01", "//SYSTSPRT DD SYSOUT=*",
                "//SYSTSIN DD *", "CANCEL COLINF", "/*");
        assertEquals("CC 0000", batch.retcode());
        List<String> printed = batch.spool().stream().filter(file -> file.ddname().equals("SYSTSPRT")).findFirst()
                .orElseThrow().records();
        assertTrue(printed.contains("JOB COLINF NOT CANCELLED - IT IS THE JOB RUNNING THIS COMMAND"),
                printed.toString());
    }
}
