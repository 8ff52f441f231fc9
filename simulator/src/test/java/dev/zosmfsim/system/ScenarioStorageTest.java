package dev.zosmfsim.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.Records;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioException;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.scenario.StorageSpecs;
import dev.zosmfsim.tls.CertificateAuthority;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.tls.Validity;
import dev.zosmfsim.uss.UnixCaller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's data sets and z/OS UNIX files: loaded into the system, checked, and written back by the export. */
class ScenarioStorageTest {

    private static final String YAML = """
            extends: default
            datasets:
              COLIN.SDSF.ISFTABL:
                dsorg: PO
                recfm: FB
                lrecl: 80
                members:
                  ISFTABL: {text: "SDSF TABLE\\n"}
              COLIN.NOTES:
                recfm: VB
                lrecl: 255
                text: |
                  first note
                  second note
              COLIN.OLD.LOG: {migrated: true, text: "old"}
            unixFiles:
              /u/colin/project: {directory: true, mode: "750", owner: COLIN}
              /u/colin/project/readme.txt: {text: "hello\\n", owner: COLIN, tag: ISO8859-1}
            """;

    @Test
    void theScenariosDataSetsAndFilesAreInTheSystem() {
        SimulatedSystem system = TestSystems.fromYaml(YAML);
        DataSetName table = new DataSetName("COLIN.SDSF.ISFTABL");
        assertEquals("SDSF TABLE\n", Records.toText(system.datasets().read(table, "ISFTABL"),
                system.datasets().get(table).attributes(), Records.DEFAULT_EBCDIC));
        assertEquals("COLIN", system.datasets().members(table, null).get(0).stats().user());
        assertEquals("VB", system.datasets().get(new DataSetName("COLIN.NOTES")).attributes().recfm().name());
        assertEquals("MIGRAT", system.datasets().find(new DataSetName("COLIN.OLD.LOG")).orElseThrow().volume());

        UnixCaller colin = system.unixUsers().caller("COLIN").orElseThrow();
        assertEquals("drwxr-x---", system.unixFiles().stat(colin, "/u/colin/project").modeString());
        assertEquals("hello\n", new String(system.unixFiles().read(colin, "/u/colin/project/readme.txt"),
                java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThrows(dev.zosmfsim.uss.UnixException.class, () -> system.unixFiles().read(colin,
                "/global/zosmf/data/logs/IZUG0.log"), "z/OSMF's log is for uid 0 and its group IZUADMIN (640)");
    }

    @Test
    void theExportWritesThemBackAndLeavesOutWhatTheSystemMakesItself() {
        SimulatedSystem system = TestSystems.fromYaml(YAML);
        Scenario exported = StateExport.of(system, new ScenarioLoader().parse(YAML, "s.yaml"), Map.of(), 10443);
        assertEquals(java.util.Set.of("COLIN.SDSF.ISFTABL", "COLIN.NOTES", "COLIN.OLD.LOG"),
                exported.datasets().keySet(), "SYS1.PARMLIB holds only what the zosmf and cea sections describe");
        StorageSpecs.DataSetSpec notes = exported.datasets().get("COLIN.NOTES");
        assertEquals("first note\nsecond note\n", notes.text());
        assertEquals(Boolean.TRUE, exported.datasets().get("COLIN.OLD.LOG").migrated());
        assertEquals(java.util.Set.of("/u/colin/project", "/u/colin/project/readme.txt"),
                exported.unixFiles().keySet());
        assertEquals("750", exported.unixFiles().get("/u/colin/project").mode());
        assertEquals("COLIN", exported.unixFiles().get("/u/colin/project/readme.txt").owner());

        CertificateAuthority ca = CertificateAuthority.create("CN=Test CA", KeyAlgorithm.EC_P256,
                Validity.startingAround(TestSystems.START, Duration.ofDays(10)));
        SimulatedSystem again = SimulatedSystem.of(exported, SimClock.manual(TestSystems.START), ca.certificate());
        assertEquals(system.datasets().all().size(), again.datasets().all().size());
    }

    @Test
    void contentsComeFromAFileBesideTheScenarioAndNeverFromAbove(@TempDir Path folder) throws Exception {
        Path inside = Files.createDirectories(folder.resolve("scenario"));
        Files.writeString(inside.resolve("table.txt"), "FROM A FILE\n");
        Files.writeString(folder.resolve("secret.txt"), "NOT YOURS\n");
        Path yaml = Files.writeString(inside.resolve("s.yaml"), "extends: default\ndatasets:\n  COLIN.T:\n"
                + "    members:\n      A: {file: table.txt}\n");
        Scenario scenario = new ScenarioLoader().loadFile(yaml);
        assertEquals("FROM A FILE\n", scenario.datasets().get("COLIN.T").members().get("A").text());

        Files.writeString(yaml, "extends: default\ndatasets:\n  COLIN.T:\n    members:\n      A: {file: ../secret.txt}\n");
        ScenarioException refused = assertThrows(ScenarioException.class, () -> new ScenarioLoader().loadFile(yaml));
        assertTrue(refused.getMessage().contains("no file in the scenario's folder"), refused.getMessage());
    }

    @Test
    void badSectionsAreRefusedWithWhereTheyAre() {
        ScenarioException name = assertThrows(ScenarioException.class, () -> TestSystems.fromYaml(
                "datasets:\n  COLIN.1BAD: {text: x}\n"));
        assertTrue(name.getMessage().contains("datasets.COLIN.1BAD"), name.getMessage());
        ScenarioException attributes = assertThrows(ScenarioException.class, () -> TestSystems.fromYaml(
                "datasets:\n  COLIN.X: {recfm: FB, lrecl: 80, blksize: 100}\n"));
        assertTrue(attributes.getMessage().contains("multiple of lrecl"), attributes.getMessage());
        ScenarioException path = assertThrows(ScenarioException.class, () -> TestSystems.fromYaml(
                "unixFiles:\n  u/relative: {text: x}\n"));
        assertTrue(path.getMessage().contains("absolute path"), path.getMessage());
        assertFalse(TestSystems.fromYaml("unixFiles:\n  /etc/profile: {text: x}\n").unixFiles().walk().isEmpty());
    }
}
