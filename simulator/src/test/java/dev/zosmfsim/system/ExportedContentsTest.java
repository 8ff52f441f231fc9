package dev.zosmfsim.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.Records;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioException;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.scenario.ScenarioWriter;
import dev.zosmfsim.scenario.StorageSpecs;
import dev.zosmfsim.tls.CertificateAuthority;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.tls.Validity;
import dev.zosmfsim.uss.UnixCaller;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export to a file: large contents and bytes that are not text in files beside the YAML, and back again. */
class ExportedContentsTest {

    private static final String YAML = """
            extends: default
            datasets:
              COLIN.SMALL: {text: "ONE LINE\\n"}
              COLIN.PDS: {dsorg: PO, members: {SHORT: {text: "SHORT\\n"}}}
            unixFiles:
              /u/colin/notes.txt: {text: "hello\\n", owner: COLIN}
            """;

    private static final byte[] BYTES = new byte[300];

    static {
        for (int i = 0; i < BYTES.length; i++) {
            BYTES[i] = (byte) i;
        }
    }

    /** The system of YAML with a large member, a binary sequential data set and a binary UNIX file written to it. */
    private static SimulatedSystem changed() {
        SimulatedSystem system = TestSystems.fromYaml(YAML);
        DataSetName pds = new DataSetName("COLIN.PDS");
        String large = "A RECORD THAT IS NOT SHORT AT ALL\n".repeat(200);
        system.datasets().write(pds, "LARGE", Records.ofLines(large, system.datasets().get(pds).attributes()),
                "COLIN");
        DataSetName fixed = new DataSetName("COLIN.SMALL");
        byte[] record = new byte[80];
        System.arraycopy(BYTES, 0, record, 0, 80);
        system.datasets().write(fixed, null, List.of(record, record.clone()), "COLIN");
        UnixCaller colin = system.unixUsers().caller("COLIN").orElseThrow();
        system.unixFiles().write(colin, "/u/colin/image.bin", BYTES, null);
        return system;
    }

    @Test
    void largeAndBinaryContentsGoToFilesThatTheYamlNamesAndLoadBackTheSame(@TempDir Path folder) throws Exception {
        SimulatedSystem system = changed();
        Scenario started = new ScenarioLoader().parse(YAML, "s.yaml");
        Path yaml = folder.resolve("state.yaml");
        ScenarioWriter.write(StateExport.of(system, started, Map.of(), 10443), "test", yaml);

        String written = Files.readString(yaml);
        assertTrue(written.contains("file: state-contents/datasets/COLIN.PDS/LARGE.txt"), written);
        assertTrue(written.contains("binaryFile: state-contents/datasets/COLIN.SMALL.bin"), written);
        assertTrue(written.contains("binaryFile: state-contents/unix/u/colin/image.bin"), written);
        assertTrue(!written.contains("COLIN.PDS/SHORT"), "small text stays inline: " + written);
        assertTrue(written.contains("hello"), "the small UNIX file stays inline: " + written);
        assertArrayEquals(BYTES, Files.readAllBytes(folder.resolve("state-contents/unix/u/colin/image.bin")));
        assertEquals(160, Files.size(folder.resolve("state-contents/datasets/COLIN.SMALL.bin")));

        Scenario loaded = new ScenarioLoader().loadFile(yaml);
        SimulatedSystem again = SimulatedSystem.of(loaded, SimClock.manual(TestSystems.START), ca());
        DataSetName fixed = new DataSetName("COLIN.SMALL");
        assertRecords(system.datasets().read(fixed, null), again.datasets().read(fixed, null));
        for (String member : List.of("SHORT", "LARGE")) {
            DataSetName pds = new DataSetName("COLIN.PDS");
            assertRecords(system.datasets().read(pds, member), again.datasets().read(pds, member));
        }
        UnixCaller colin = again.unixUsers().caller("COLIN").orElseThrow();
        assertArrayEquals(BYTES, again.unixFiles().read(colin, "/u/colin/image.bin"));
        assertEquals("hello\n", new String(again.unixFiles().read(colin, "/u/colin/notes.txt"),
                Records.DEFAULT_EBCDIC));

        ScenarioWriter.write(StateExport.of(again, loaded, Map.of(), 10443), "test", yaml);
        assertEquals(written, Files.readString(yaml), "the export of the loaded export is the same");
    }

    @Test
    void theInlineExportKeepsBytesInBase64() {
        Scenario exported = StateExport.of(changed(), new ScenarioLoader().parse(YAML, "s.yaml"), Map.of(), 10443);
        StorageSpecs.DataSetSpec small = exported.datasets().get("COLIN.SMALL");
        assertNull(small.text());
        assertNotNull(small.binary());
        assertEquals(small.binary(), new ScenarioLoader().parse(ScenarioWriter.toYaml(exported, "x"), "again.yaml")
                .datasets().get("COLIN.SMALL").binary());
    }

    @Test
    void contentsGivenTwiceOrBytesNotInBase64AreRefused(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("load.bin"), BYTES);
        Path yaml = Files.writeString(folder.resolve("s.yaml"), "datasets:\n  COLIN.A: {text: x, binaryFile: load.bin}\n");
        ScenarioException twice = assertThrows(ScenarioException.class, () -> new ScenarioLoader().loadFile(yaml));
        assertTrue(twice.getMessage().contains("give one of text, file, binary and binaryFile"), twice.getMessage());
        ScenarioException base64 = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(
                "datasets:\n  COLIN.A: {binary: \"not base64!\"}\n", "s.yaml"));
        assertTrue(base64.getMessage().contains("datasets.COLIN.A.binary: expected the bytes in base64"),
                base64.getMessage());
        Files.writeString(yaml, "unixFiles:\n  /u/colin/x.bin: {binaryFile: load.bin}\n");
        assertEquals(BYTES.length, java.util.Base64.getDecoder().decode(new ScenarioLoader().loadFile(yaml)
                .unixFiles().get("/u/colin/x.bin").binary()).length);
    }

    private static void assertRecords(List<byte[]> expected, List<byte[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "record " + i);
        }
    }

    private static java.security.cert.X509Certificate ca() {
        return CertificateAuthority.create("CN=Test CA", KeyAlgorithm.EC_P256,
                Validity.startingAround(TestSystems.START, Duration.ofDays(10))).certificate();
    }
}
