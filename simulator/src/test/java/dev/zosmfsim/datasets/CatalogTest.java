package dev.zosmfsim.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The catalog and its records: what a data set keeps, and what z/OS refuses. */
class CatalogTest {

    private final AtomicReference<LocalDateTime> now = new AtomicReference<>(LocalDateTime.of(2026, 6, 28, 10, 15, 30));
    private final Catalog catalog = new Catalog(now::get, 10L * DataSetAttributes.TRACK_BYTES);
    private static final DataSetAttributes PDS_FB80 = new DataSetAttributes("PO", "PDS", RecordFormat.FB, 80, 0,
            "TRK", 1, 1, 5, null);
    private static final DataSetName CNTL = new DataSetName("colin.cntl");

    @Test
    void textRecordsOfFixedLengthArePaddedAndReadBackWithoutTheirTrailingBlanks() {
        catalog.create(CNTL, PDS_FB80);
        Records.Written written = Records.fromText("//COLIN JOB   \n//STEP EXEC\n", PDS_FB80, Records.DEFAULT_EBCDIC);
        catalog.write(CNTL, "JOB", written.records(), "COLIN");

        List<byte[]> records = catalog.read(CNTL, "JOB");
        assertEquals(2, records.size());
        assertEquals(80, records.get(0).length, "an FB 80 record is 80 bytes");
        assertEquals((byte) 0x61, records.get(0)[0], "'/' in IBM-1047");
        assertEquals((byte) 0x40, records.get(0)[79], "padded with EBCDIC blanks");
        assertEquals("//COLIN JOB\n//STEP EXEC\n", Records.toText(records, PDS_FB80, Records.DEFAULT_EBCDIC));
    }

    @Test
    void aLineLongerThanTheRecordIsCutAndTheRestIsWritten() {
        Records.Written written = Records.fromText("ONE\n" + "X".repeat(200) + "\nTHREE", PDS_FB80,
                Records.DEFAULT_EBCDIC);
        assertTrue(written.truncated());
        assertEquals(3, written.records().size());
        assertEquals("ONE\n" + "X".repeat(80) + "\nTHREE\n",
                Records.toText(written.records(), PDS_FB80, Records.DEFAULT_EBCDIC));
    }

    @Test
    void variableRecordsKeepTheirLengthAndBinaryAndRecordModesKeepTheBytes() {
        DataSetAttributes vb = new DataSetAttributes("PS", null, RecordFormat.VB, 20, 0, "TRK", 1, 0, 0, null);
        Records.Written text = Records.fromText("AB  \n" + "Y".repeat(30), vb, Records.DEFAULT_EBCDIC);
        assertEquals(4, text.records().get(0).length, "trailing blanks stay in a variable record");
        assertEquals(16, text.records().get(1).length, "LRECL 20 holds 16 bytes of data after the RDW");

        byte[] bytes = {1, 2, 3, 4, 5};
        DataSetAttributes f4 = new DataSetAttributes("PS", null, RecordFormat.F, 4, 4, "TRK", 1, 0, 0, null);
        List<byte[]> records = Records.fromBinary(bytes, f4).records();
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 0, 0, 0}, Records.toBinary(records));
        byte[] recordMode = Records.toRecordMode(records);
        assertEquals(2 * (4 + 4), recordMode.length);
        assertArrayEquals(Records.toBinary(records),
                Records.toBinary(Records.fromRecordMode(recordMode, f4).records()));
    }

    @Test
    void aMemberGetsIspfStatisticsAndItsModificationLevelGoesUpOnEachSave() {
        catalog.create(CNTL, PDS_FB80);
        catalog.write(CNTL, "A", Records.ofLines("ONE", PDS_FB80), "COLIN");
        now.set(now.get().plusDays(1));
        catalog.write(CNTL, "A", Records.ofLines("ONE\nTWO", PDS_FB80), "IBMUSER#7");

        IspfStats stats = catalog.members(CNTL, "A*").get(0).stats();
        assertEquals(1, stats.version());
        assertEquals(1, stats.modification());
        assertEquals(2, stats.records());
        assertEquals(1, stats.initialRecords());
        assertEquals("IBMUSER", stats.user());
        assertEquals(now.get(), stats.changed());
        assertNotEquals(stats.created(), stats.changed());
    }

    @Test
    void aMemberHeldByAnotherWriterIsInUse() {
        catalog.create(CNTL, PDS_FB80);
        catalog.enqueues().acquire(CNTL, "A", "COLIN#1");

        DataSetException busy = assertThrows(DataSetException.class,
                () -> catalog.write(CNTL, "A", Records.ofLines("X", PDS_FB80), "IBMUSER#2"));
        assertEquals(DataSetException.Kind.IN_USE, busy.kind());
        assertTrue(busy.detail().startsWith("ISRZ002 Data set in use"), busy.detail());
        assertThrows(DataSetException.class, () -> catalog.enqueues().acquire(CNTL, "A", "IBMUSER#3"));
        catalog.write(CNTL, "B", Records.ofLines("X", PDS_FB80), "IBMUSER#2");

        catalog.enqueues().release(CNTL, "A", "COLIN#1");
        catalog.write(CNTL, "A", Records.ofLines("X", PDS_FB80), "IBMUSER#2");
    }

    @Test
    void spaceRunsOutAsZosSaysIt() {
        DataSetAttributes small = new DataSetAttributes("PS", null, RecordFormat.FB, 80, 0, "TRK", 1, 0, 0, null);
        DataSetName seq = new DataSetName("COLIN.SMALL");
        catalog.create(seq, small);
        String twoTracks = ("Z".repeat(80) + "\n").repeat(2 * DataSetAttributes.TRACK_BYTES / 80);
        DataSetException full = assertThrows(DataSetException.class,
                () -> catalog.write(seq, null, Records.ofLines(twoTracks, small), "COLIN"));
        assertEquals(DataSetException.Kind.NO_SPACE, full.kind());
        assertTrue(full.detail().contains("D37-04"), full.detail());

        DataSetAttributes large = new DataSetAttributes("PS", null, RecordFormat.FB, 80, 0, "CYL", 5, 5, 0, null);
        DataSetName big = new DataSetName("COLIN.BIG");
        catalog.create(big, large);
        String elevenTracks = ("Z".repeat(80) + "\n").repeat(11 * DataSetAttributes.TRACK_BYTES / 80);
        DataSetException dasd = assertThrows(DataSetException.class,
                () -> catalog.write(big, null, Records.ofLines(elevenTracks, large), "COLIN"));
        assertTrue(dasd.detail().contains("B37-04"), "past the system's DASD: " + dasd.detail());
        assertEquals(0, catalog.totalSize());
    }

    @Test
    void aMigratedDataSetIsListedOnVolumeMigratAndCannotBeReadUntilRecalled() {
        catalog.create(CNTL, PDS_FB80);
        catalog.migrate(CNTL);
        assertEquals("MIGRAT", catalog.list(DsnPattern.parse("COLIN")).get(0).volume());
        assertEquals(DataSetException.Kind.MIGRATED,
                assertThrows(DataSetException.class, () -> catalog.members(CNTL, null)).kind());
        catalog.recall(CNTL);
        assertTrue(catalog.members(CNTL, null).isEmpty());
    }

    @Test
    void renameAndCopyKeepTheRecords() {
        catalog.create(CNTL, PDS_FB80);
        catalog.write(CNTL, "A", Records.ofLines("HELLO", PDS_FB80), "COLIN");
        DataSetName copy = new DataSetName("COLIN.COPY");
        catalog.create(copy, PDS_FB80);
        catalog.copy(CNTL, "*", copy, null, false, "COLIN");
        assertEquals("HELLO\n", Records.toText(catalog.read(copy, "A"), PDS_FB80, Records.DEFAULT_EBCDIC));
        assertEquals(DataSetException.Kind.EXISTS, assertThrows(DataSetException.class,
                () -> catalog.copy(CNTL, "A", copy, "A", false, "COLIN")).kind());

        catalog.renameMember(copy, "A", "B", "COLIN");
        catalog.rename(copy, new DataSetName("COLIN.RENAMED"), "COLIN");
        assertFalse(catalog.find(copy).isPresent());
        assertEquals(List.of("B"), catalog.members(new DataSetName("COLIN.RENAMED"), null).stream()
                .map(Member::name).toList());
    }

    @Test
    void dslevelFiltersFollowTheCatalogSearchRules() {
        for (String name : List.of("COLIN.CNTL", "COLIN.SDSF.ISFTABL", "COLIN.CNTLX", "SYS1.PARMLIB", "COLINX.A")) {
            catalog.create(new DataSetName(name), PDS_FB80);
        }
        assertEquals(List.of("COLIN.CNTL", "COLIN.CNTLX", "COLIN.SDSF.ISFTABL"), names("COLIN"));
        assertEquals(List.of("COLIN.CNTL"), names("COLIN.CNTL"));
        assertEquals(List.of("COLIN.CNTL", "COLIN.CNTLX"), names("COLIN.*"));
        assertEquals(List.of("COLIN.CNTL", "COLIN.CNTLX", "COLIN.SDSF.ISFTABL"), names("COLIN.**"));
        assertEquals(List.of("COLIN.CNTLX"), names("COLIN.CNTL%"));
        assertEquals(List.of("COLIN.SDSF.ISFTABL"), names("**.ISFTABL"));
        assertThrows(IllegalArgumentException.class, () -> DsnPattern.parse("COLIN..X"));
    }

    private List<String> names(String filter) {
        return catalog.list(DsnPattern.parse(filter)).stream().map(dataSet -> dataSet.name().value()).toList();
    }
}
