package dev.zosmfsim.jes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.datasets.DataSet;
import dev.zosmfsim.datasets.DataSetAttributes;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.RecordFormat;
import dev.zosmfsim.datasets.Records;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tso.TsoSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Batch jobs over the catalog: DD allocation and dispositions, IEBGENER, IDCAMS, RACF at open, space abends. */
class BatchDataSetsTest {

    private final SimulatedSystem system = TestSystems.defaultSystem();
    private final Catalog catalog = system.datasets();

    private Job submit(String user, String... cards) {
        return system.jes().submit(new Jes2.Submission(List.of(cards), user));
    }

    private static List<String> records(Job job, String ddname) {
        return job.spool().stream().filter(file -> file.ddname().equals(ddname)).findFirst().orElseThrow().records();
    }

    private List<String> lines(String dsn, String member) {
        DataSetName name = new DataSetName(dsn);
        return Records.lines(catalog.read(name, member), catalog.get(name).attributes());
    }

    private void sequential(String dsn, String... lines) {
        DataSetName name = new DataSetName(dsn);
        catalog.create(name, new DataSetAttributes("PS", null, RecordFormat.FB, 80, 0, "TRK", 1, 1, 0, null));
        catalog.write(name, null, Records.ofLines(List.of(lines), catalog.get(name).attributes()), "IBMUSER");
    }

    @Test
    void iebgenerCopiesInstreamDataIntoANewCatalogedDataSet() {
        Job job = submit("COLIN", "//COLINCPY JOB", "//COPY EXEC PGM=IEBGENER", "//SYSPRINT DD SYSOUT=*",
                "//SYSIN DD DUMMY", "//SYSUT1 DD *", "HELLO FROM BATCH", "SECOND LINE", "/*",
                "//SYSUT2 DD DSN=COLIN.BATCH.OUT,DISP=(NEW,CATLG,DELETE),",
                "//            SPACE=(TRK,(5,2)),DCB=(RECFM=FB,LRECL=80)");
        assertEquals("CC 0000", job.retcode(), records(job, "JESYSMSG").toString());
        assertEquals(List.of("HELLO FROM BATCH", "SECOND LINE"), lines("COLIN.BATCH.OUT", null));
        DataSetAttributes attributes = catalog.get(new DataSetName("COLIN.BATCH.OUT")).attributes();
        assertEquals(5, attributes.primary());
        assertEquals(2, attributes.secondary());
        List<String> sysmsg = records(job, "JESYSMSG");
        assertTrue(sysmsg.contains(" IEF237I 0A80 ALLOCATED TO SYSUT2"), sysmsg.toString());
        assertTrue(sysmsg.contains(" IEF237I DMY  ALLOCATED TO SYSIN"), sysmsg.toString());
        assertTrue(sysmsg.contains(String.format(" IEF285I   %-44s CATALOGED", "COLIN.BATCH.OUT")), sysmsg.toString());
        assertTrue(sysmsg.contains(" IEF285I   VOL SER NOS= VOL001."), sysmsg.toString());
        List<String> print = records(job, "SYSPRINT");
        assertTrue(print.get(0).startsWith("1DATA SET UTILITY - GENERATE") && print.get(0).endsWith("PAGE 0001"));
        assertEquals(List.of("-", " ", " PROCESSING ENDED AT EOD"), print.subList(1, 4), "DCB given: no IEB352I");
    }

    @Test
    void iebgenerCopiesAnExistingDataSetToSysoutAndKeepsIt() {
        sequential("COLIN.NOTES", "FIRST NOTE", "SECOND NOTE");
        Job job = submit("COLIN", "//COLINPRT JOB", "//PRINT EXEC PGM=IEBGENER", "//SYSPRINT DD SYSOUT=*",
                "//SYSIN DD DUMMY", "//SYSUT1 DD DSN=COLIN.NOTES,DISP=SHR", "//SYSUT2 DD SYSOUT=*");
        assertEquals("CC 0000", job.retcode());
        assertEquals(List.of("FIRST NOTE", "SECOND NOTE"), records(job, "SYSUT2"));
        assertTrue(records(job, "SYSPRINT").contains("-IEB352I WARNING: ONE OR MORE OF THE OUTPUT DCB PARMS COPIED"
                + " FROM INPUT"));
        assertTrue(records(job, "JESYSMSG").contains(String.format(" IEF285I   %-44s KEPT", "COLIN.NOTES")));
    }

    @Test
    void aMemberIsWrittenAndAMissingOneAbendsS013() {
        DataSetName jcl = new DataSetName("COLIN.JCL");
        catalog.create(jcl, new DataSetAttributes("PO", null, RecordFormat.FB, 80, 0, "TRK", 1, 1, 5, null));
        Job job = submit("COLIN", "//COLINMEM JOB", "//COPY EXEC PGM=IEBGENER", "//SYSPRINT DD SYSOUT=*",
                "//SYSIN DD DUMMY", "//SYSUT1 DD DATA,DLM=$$", "//NESTED JOB", "$$",
                "//SYSUT2 DD DSN=COLIN.JCL(NEWJOB),DISP=SHR");
        assertEquals("CC 0000", job.retcode(), records(job, "JESYSMSG").toString());
        assertEquals(List.of("//NESTED JOB"), lines("COLIN.JCL", "NEWJOB"));

        Job missing = submit("COLIN", "//COLINMIS JOB", "//COPY EXEC PGM=IEBGENER", "//SYSPRINT DD SYSOUT=*",
                "//SYSIN DD DUMMY", "//SYSUT1 DD DSN=COLIN.JCL(NOSUCH),DISP=SHR", "//SYSUT2 DD SYSOUT=*");
        assertEquals("ABEND S013", missing.retcode());
        assertTrue(records(missing, "JESMSGLG").stream().anyMatch(line -> line.endsWith(
                "IEC141I 013-18,IGG0191B,COLINMIS,COPY,SYSUT1,0A80,VOL001,COLIN.JCL(NOSUCH)")));
    }

    @Test
    void aDataSetThatIsNotCatalogedIsAJclErrorAndLaterStepsDoNotStart() {
        Job job = submit("COLIN", "//COLINNF JOB", "//STEP1 EXEC PGM=IEFBR14",
                "//IN DD DSN=COLIN.NO.SUCH.DATA,DISP=OLD", "//STEP2 EXEC PGM=IEFBR14");
        assertEquals("JCL ERROR", job.retcode());
        List<String> sysmsg = records(job, "JESYSMSG");
        assertTrue(sysmsg.contains(" IEF212I COLINNF STEP1 IN - DATA SET NOT FOUND"), sysmsg.toString());
        assertTrue(sysmsg.contains(" IEF272I COLINNF STEP1 - STEP WAS NOT EXECUTED."), sysmsg.toString());
        assertEquals(List.of("JCL ERROR", "FLUSH"), job.steps().stream().map(JobStep::completion).toList());
        List<String> log = records(job, "JESMSGLG");
        assertTrue(log.stream().anyMatch(line -> line.contains("IEF453I COLINNF - JOB FAILED - JCL ERROR - TIME=")));
        assertTrue(log.stream().anyMatch(line -> line.endsWith("$HASP395 COLINNF  ENDED - JCL ERROR")), log.toString());
    }

    @Test
    void aNewDataSetWhoseNameIsTakenIsNotAllocated() {
        sequential("COLIN.TAKEN", "X");
        Job job = submit("COLIN", "//COLINDUP JOB", "//STEP1 EXEC PGM=IEFBR14",
                "//NEW DD DSN=COLIN.TAKEN,DISP=(NEW,CATLG),SPACE=(TRK,1)");
        assertEquals("JCL ERROR", job.retcode());
        assertTrue(records(job, "JESYSMSG").contains(" IEF253I COLINDUP STEP1 NEW - DUPLICATE NAME ON DIRECT ACCESS"
                + " VOLUME"));
        assertEquals(List.of("X"), lines("COLIN.TAKEN", null), "the data set there is left alone");
    }

    @Test
    void iefbr14AllocatesAndDeletesAsTheDispositionsSay() {
        sequential("COLIN.OLD.DATA", "GOING");
        Job job = submit("COLIN", "//COLINBR JOB", "//STEP1 EXEC PGM=IEFBR14",
                "//NEW DD DSN=COLIN.NEW.PDS,DISP=(NEW,CATLG),SPACE=(CYL,(1,1,10)),",
                "//       RECFM=VB,LRECL=255",
                "//GONE DD DSN=COLIN.OLD.DATA,DISP=(OLD,DELETE)");
        assertEquals("CC 0000", job.retcode(), records(job, "JESYSMSG").toString());
        DataSetAttributes pds = catalog.get(new DataSetName("COLIN.NEW.PDS")).attributes();
        assertEquals("PO", pds.dsorg());
        assertEquals(RecordFormat.VB, pds.recfm());
        assertEquals(10, pds.dirblk());
        assertFalse(catalog.find(new DataSetName("COLIN.OLD.DATA")).isPresent());
        assertTrue(records(job, "JESYSMSG").contains(String.format(" IEF285I   %-44s DELETED", "COLIN.OLD.DATA")));
    }

    @Test
    void aTemporaryDataSetIsPassedToTheNextStepAndDeletedAtTheEndOfTheJob() {
        Job job = submit("COLIN", "//COLINTMP JOB", "//MAKE EXEC PGM=IEBGENER", "//SYSPRINT DD SYSOUT=*",
                "//SYSIN DD DUMMY", "//SYSUT1 DD *", "PASSED ALONG", "/*",
                "//SYSUT2 DD DSN=&&WORK,DISP=(NEW,PASS),SPACE=(TRK,1)", "//SHOW EXEC PGM=IEBGENER",
                "//SYSPRINT DD SYSOUT=*", "//SYSIN DD DUMMY", "//SYSUT1 DD DSN=&&WORK,DISP=(OLD,PASS)",
                "//SYSUT2 DD SYSOUT=*");
        assertEquals("CC 0000", job.retcode(), records(job, "JESYSMSG").toString());
        assertTrue(job.spool().stream().anyMatch(file -> file.ddname().equals("SYSUT2")
                && file.records().equals(List.of("PASSED ALONG"))));
        assertEquals(List.of(), catalog.list(dev.zosmfsim.datasets.DsnPattern.parse("SYS*.**")).stream()
                .map(DataSet::name).filter(name -> name.value().contains(".COLINTMP.")).toList());
        List<String> sysmsg = records(job, "JESYSMSG");
        assertTrue(sysmsg.stream().anyMatch(line -> line.matches(" IEF285I   SYS\\d{5}\\.T\\d{6}\\.RA000\\.COLINTMP"
                + "\\.WORK\\.H01 +PASSED")), sysmsg.toString());
        assertTrue(sysmsg.stream().anyMatch(line -> line.matches(" IEF285I   SYS\\d{5}\\.T\\d{6}\\.RA000\\.COLINTMP"
                + "\\.WORK\\.H01 +DELETED")), sysmsg.toString());
    }

    @Test
    void sysuidIsTheSubmittersUserid() {
        Job job = submit("COLIN", "//COLINSYM JOB", "//STEP1 EXEC PGM=IEFBR14",
                "//NEW DD DSN=&SYSUID..SYMBOL.DATA,DISP=(NEW,CATLG),SPACE=(TRK,1)");
        assertEquals("CC 0000", job.retcode(), records(job, "JESYSMSG").toString());
        assertTrue(catalog.find(new DataSetName("COLIN.SYMBOL.DATA")).isPresent());
    }

    @Test
    void dispModAppendsToTheRecordsThere() {
        sequential("COLIN.LOG", "FIRST");
        Job job = submit("COLIN", "//COLINMOD JOB", "//ADD EXEC PGM=IEBGENER", "//SYSPRINT DD SYSOUT=*",
                "//SYSIN DD DUMMY", "//SYSUT1 DD *", "SECOND", "/*", "//SYSUT2 DD DSN=COLIN.LOG,DISP=MOD");
        assertEquals("CC 0000", job.retcode());
        assertEquals(List.of("FIRST", "SECOND"), lines("COLIN.LOG", null));
    }

    @Test
    void idcamsDeletesDefinesAndCopiesWithItsConditionCodes() {
        sequential("COLIN.SOURCE", "ONE", "TWO", "THREE");
        Job job = submit("COLIN", "//COLINAMS JOB", "//AMS EXEC PGM=IDCAMS", "//SYSPRINT DD SYSOUT=*",
                "//IN DD DSN=COLIN.SOURCE,DISP=SHR", "//SYSIN DD *", "  DELETE COLIN.NOT.THERE",
                "  SET MAXCC = 0", "  DEFINE NONVSAM (NAME(COLIN.COPY) -", "         VOLUMES(VOL002) DEVICETYPES(3390))",
                "  REPRO INFILE(IN) OUTDATASET(COLIN.COPY)", "/*");
        assertEquals("CC 0000", job.retcode(), records(job, "SYSPRINT").toString());
        assertEquals(List.of("ONE", "TWO", "THREE"), lines("COLIN.COPY", null));
        assertEquals("VOL002", catalog.get(new DataSetName("COLIN.COPY")).volume());
        List<String> print = records(job, "SYSPRINT");
        assertTrue(print.get(0).startsWith("1IDCAMS  SYSTEM SERVICES"), print.get(0));
        assertTrue(print.contains("0IDC3012I ENTRY COLIN.NOT.THERE NOT FOUND"), print.toString());
        assertTrue(print.contains("0IDC0001I FUNCTION COMPLETED, HIGHEST CONDITION CODE WAS 8"), print.toString());
        assertTrue(print.contains("0IDC0005I NUMBER OF RECORDS PROCESSED WAS 3"), print.toString());
        assertEquals("0IDC0002I IDCAMS PROCESSING COMPLETE. MAXIMUM CONDITION CODE WAS 0", print.get(print.size() - 1));

        Job second = submit("COLIN", "//COLINAM2 JOB", "//AMS EXEC PGM=IDCAMS", "//SYSPRINT DD SYSOUT=*",
                "//SYSIN DD *", "  DELETE COLIN.COPY", "  DEFINE NONVSAM (NAME(COLIN.SOURCE) VOLUMES(VOL001))",
                "  LISTCAT ENTRIES(COLIN.SOURCE)", "/*");
        assertEquals("CC 0012", second.retcode());
        List<String> listed = records(second, "SYSPRINT");
        int entry = listed.indexOf("0NONVSAM ------- COLIN.SOURCE");
        assertTrue(entry > 0, listed.toString());
        assertEquals("      IN-CAT --- CATALOG.Z31.MASTER", listed.get(entry + 1));
        assertTrue(listed.contains(" ".repeat(20) + "NONVSAM ---------------1"), listed.toString());
        assertTrue(listed.contains(" ".repeat(20) + "TAPELIBRARY -----------0"), listed.toString());
        assertFalse(catalog.find(new DataSetName("COLIN.COPY")).isPresent());
        assertTrue(records(second, "SYSPRINT").contains("0IDC0550I ENTRY (A) COLIN.COPY DELETED"));
        assertTrue(records(second, "SYSPRINT").contains("0IDC3013I DUPLICATE DATA SET NAME"));
    }

    @Test
    void racfRefusesTheOpenWithS913AndIch408i() {
        sequential("PAYROLL.MASTER", "SALARIES");
        new TsoSessions(system).runAs("IBMUSER", "ADDSD 'PAYROLL.**' UACC(NONE)");
        Job job = submit("COLIN", "//COLINPAY JOB", "//PEEK EXEC PGM=IEBGENER", "//SYSPRINT DD SYSOUT=*",
                "//SYSIN DD DUMMY", "//SYSUT1 DD DSN=PAYROLL.MASTER,DISP=SHR", "//SYSUT2 DD SYSOUT=*");
        assertEquals("ABEND S913", job.retcode());
        assertTrue(records(job, "JESMSGLG").stream().anyMatch(line -> line.endsWith(
                "IEC150I 913-38,IFG0194E,COLINPAY,PEEK,SYSUT1,0A80,VOL001,PAYROLL.MASTER")));
        assertTrue(records(job, "JESYSMSG").contains(
                " IEF472I COLINPAY PEEK - COMPLETION CODE - SYSTEM=913 USER=0000 REASON=00000038"));
        assertTrue(system.messages().between(TestSystems.START, TestSystems.START.plusSeconds(1)).stream()
                .anyMatch(message -> message.text().contains("ICH408I USER(COLIN")), "RACF's message");

        Job create = submit("COLIN", "//COLINNEW JOB", "//MAKE EXEC PGM=IEFBR14",
                "//NEW DD DSN=PAYROLL.COPY,DISP=(NEW,CATLG),SPACE=(TRK,1)");
        assertEquals("JCL ERROR", create.retcode());
        assertTrue(records(create, "JESYSMSG").contains(" IEF344I COLINNEW MAKE NEW - ALLOCATION FAILED DUE TO DATA"
                + " FACILITY SYSTEM ERROR"));
        assertFalse(catalog.find(new DataSetName("PAYROLL.COPY")).isPresent());
    }

    @Test
    void aDataSetThatOutgrowsItsSpaceAbendsD37() {
        List<String> cards = new ArrayList<>(List.of("//COLINBIG JOB", "//FILL EXEC PGM=IEBGENER",
                "//SYSPRINT DD SYSOUT=*", "//SYSIN DD DUMMY", "//SYSUT1 DD *"));
        IntStream.range(0, 800).forEach(i -> cards.add(String.format("RECORD %05d", i)));
        cards.add("/*");
        cards.add("//SYSUT2 DD DSN=COLIN.SMALL,DISP=(NEW,CATLG,DELETE),SPACE=(TRK,(1,0))");
        Job job = submit("COLIN", cards.toArray(String[]::new));
        assertEquals("ABEND SD37", job.retcode());
        assertTrue(records(job, "JESMSGLG").stream().anyMatch(line -> line.endsWith(
                "IEC031I D37-04,IFG0554T,COLINBIG,FILL,SYSUT2,0A80,VOL001,COLIN.SMALL")), records(job, "JESMSGLG")
                .toString());
        assertFalse(catalog.find(new DataSetName("COLIN.SMALL")).isPresent(), "the abnormal disposition DELETE");
        assertTrue(records(job, "JESYSMSG").contains(String.format(" IEF285I   %-44s DELETED", "COLIN.SMALL")));
    }
}
