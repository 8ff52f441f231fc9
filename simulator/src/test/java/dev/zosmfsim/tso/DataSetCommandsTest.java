package dev.zosmfsim.tso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.datasets.DataSetException;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.Records;
import dev.zosmfsim.system.SimulatedSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ALLOC, LISTCAT, LISTDS, RENAME, DELETE and FREE answer from the catalog z/OSMF's data set services use. */
class DataSetCommandsTest {

    private final SimulatedSystem system = TestSystems.defaultSystem();
    private final TsoSessions tso = new TsoSessions(system);
    private final String key = tso.start("COLIN");

    private List<String> run(String command) {
        return tso.run("COLIN", key, command);
    }

    @Test
    void theFieldNotesIsftablIsAllocatedListedRenamedAndDeleted() {
        assertEquals(List.of(), run("ALLOC DA(SDSF.ISFTABL) NEW SPACE(1,1) TRACKS DSORG(PO) RECFM(F,B) LRECL(80)"
                + " DIR(10)"));
        assertEquals(List.of(), run("FREE DA(SDSF.ISFTABL)"));
        DataSetName table = new DataSetName("COLIN.SDSF.ISFTABL");
        assertEquals("PO", system.datasets().get(table).attributes().dsorg());

        assertEquals(List.of("NONVSAM ------- COLIN.SDSF.ISFTABL", "     IN-CAT --- CATALOG.Z31.MASTER"),
                run("LISTCAT LEVEL(COLIN)"));
        List<String> listed = run("LISTDS 'COLIN.SDSF.ISFTABL'");
        assertEquals("COLIN.SDSF.ISFTABL", listed.get(0));
        assertTrue(listed.get(2).matches("\\s+FB\\s+80\\s+\\d+\\s+PO"), listed.toString());

        assertEquals(List.of(), run("RENAME 'COLIN.SDSF.ISFTABL' 'COLIN.SDSF.OLDTABL'"));
        assertEquals(List.of("IDC0550I ENTRY (A) COLIN.SDSF.OLDTABL DELETED"), run("DELETE 'COLIN.SDSF.OLDTABL'"));
        assertEquals("IDC3012I ENTRY COLIN.SDSF.OLDTABL NOT FOUND", run("DELETE SDSF.OLDTABL").get(0));
        assertEquals(List.of("IKJ58503I DATA SET 'COLIN.NOPE' NOT IN CATALOG"), run("LISTDS NOPE"));
    }

    @Test
    void allocOldHoldsTheDataSetAgainstOtherWritersUntilFree() {
        run("ALLOC DA('COLIN.HELD') NEW SPACE(1) TRACKS LRECL(80)");
        assertEquals(List.of(), run("ALLOC DA('COLIN.HELD') OLD FI(HELD)"));
        DataSetName held = new DataSetName("COLIN.HELD");
        DataSetException busy = assertThrows(DataSetException.class, () -> system.datasets().write(held, null,
                Records.ofLines("X", system.datasets().get(held).attributes()), "COLIN#web"));
        assertEquals(DataSetException.Kind.IN_USE, busy.kind());
        assertEquals(List.of(), run("FREE FI(HELD)"));
        system.datasets().write(held, null, Records.ofLines("X", system.datasets().get(held).attributes()), "COLIN#web");
        assertEquals(List.of("IKJ56247I FILE HELD NOT FREED, IS NOT ALLOCATED"), run("FREE FI(HELD)"));
    }
}
