package dev.zosmfsim.jes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tso.TsoService;
import dev.zosmfsim.tso.TsoStartRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A TSU job's log shows the TSO logon; a logon procedure TSO/E refuses leaves a TSU job that failed conversion. */
class TsuLogonJobTest {

    private final SimulatedSystem system = TestSystems.defaultSystem();

    private static List<String> records(Job job, String ddname) {
        return job.spool().stream().filter(file -> file.ddname().equals(ddname)).findFirst().orElseThrow().records();
    }

    private List<Job> colinsTsuJobs() {
        JobFilter colins = new JobFilter(NamePattern.of("COLIN"), NamePattern.of("*"), null, null, 1000, null);
        return system.jes().list("COLIN", colins).stream().filter(job -> job.type() == JobType.TSU).toList();
    }

    @Test
    void aTsuJobsLogShowsTheLogon() {
        TsoService.Started started = system.tso().start("COLIN", TsoStartRequest.defaults("ACCT#"));
        Job tsu = system.jes().jobOf(started.session().addressSpace()).orElseThrow();
        List<String> log = records(tsu, "JESMSGLG");
        assertTrue(log.stream().anyMatch(line -> line.endsWith("IRR010I  USERID COLIN  IS ASSIGNED TO THIS JOB.")),
                log.toString());
        assertTrue(log.stream().anyMatch(line -> line.endsWith("IEF125I COLIN - LOGGED ON - TIME=15.34.43")),
                log.toString());
    }

    @Test
    void aRefusedLogonProcedureLeavesATsuJobEndedWithJclError() {
        TsoStartRequest nosuch = new TsoStartRequest("nosuch", "ACCT#", 4096, 1047, 697, 24, 80);
        TsoService.Started started = system.tso().start("COLIN", nosuch);
        assertNull(started.session(), "no address space runs");
        List<Job> tsus = colinsTsuJobs();
        assertEquals(1, tsus.size(), tsus.toString());
        Job job = tsus.get(0);
        assertEquals("TSU00125", job.jobId());
        assertEquals(JobStatus.OUTPUT, job.status());
        assertEquals("JCL ERROR", job.retcode());
        assertEquals("TSU", job.jobClass());
        List<String> log = records(job, "JESMSGLG");
        assertTrue(log.stream().anyMatch(line -> line.endsWith(
                "IKJ56482I THE PROCEDURE NAME NOSUCH HAS NOT BEEN DEFINED FOR USE")), log.toString());
        assertTrue(log.stream().anyMatch(line -> line.contains("IEFC452I COLIN - JOB NOT RUN - JCL ERROR")),
                log.toString());
        assertTrue(log.get(log.size() - 1).endsWith("$HASP396 COLIN    TERMINATED"), log.toString());
        assertEquals(List.of(" STMT NO. MESSAGE", "        2 IEFC612I PROCEDURE NOSUCH WAS NOT FOUND"),
                records(job, "JESYSMSG"));
        assertEquals("        2 //NOSUCH   EXEC NOSUCH", records(job, "JESJCL").get(1));
        assertTrue(system.messages().between(TestSystems.START, TestSystems.START).stream()
                .anyMatch(message -> message.text().startsWith(" IEFC452I COLIN - JOB NOT RUN - JCL ERROR")));
        assertEquals(0, system.addressSpaces().inUse(), "MAXSESSIONS counts no failed logon");
    }
}
