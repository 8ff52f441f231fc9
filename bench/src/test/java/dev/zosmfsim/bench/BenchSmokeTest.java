package dev.zosmfsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.bench.peer.PeerReport;
import dev.zosmfsim.bench.peer.WireMockStub;
import dev.zosmfsim.bench.pertest.PerTestFigures;
import dev.zosmfsim.bench.soak.SoakRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks in miniature, so that their code cannot rot: every figure is produced once with tiny windows and
 * counts. No thresholds: the figures of a seconds-long run on a busy CI machine mean nothing; the checks are that
 * each run completes, talks to a real server and reports every figure.
 */
class BenchSmokeTest {

    @Test
    void networkFiguresComeOutForBothLogonsAndTheCeiling() throws Exception {
        Figures figures = NetworkBench.run(NetworkBench.Settings.smoke());

        assertEquals(7, figures.rows().size(), figures.toMarkdown());
        for (Figures.Row row : figures.rows()) {
            assertTrue(row.value() > 0 && row.ceiling() != null && row.ceiling() > 0, figures.toMarkdown());
        }
        assertTrue(figures.toMarkdown().contains("| D T requests/s at saturation, certificate logon |"));
    }

    @Test
    void scaleFiguresComeOutWithTheSessionsLive() throws Exception {
        Figures figures = ScaleBench.run(ScaleBench.Settings.smoke());

        assertTrue(figures.row("heap used after GC with 200 sessions").value() > 0, figures.toMarkdown());
        assertTrue(figures.row("F CEA,DIAG,SESSTABLE latency at that size").note().contains("bytes"));
        assertTrue(figures.row("D A,L latency at that size").value() > 0);
    }

    @Test
    void startStopAndHostnameTimeoutBenchmarkBodiesRun() throws Exception {
        StartStopBenchmark startStop = new StartStopBenchmark();
        assertTrue(startStop.startAndStop() > 0);

        HostnameTimeoutBenchmark timeout = new HostnameTimeoutBenchmark();
        timeout.start();
        try {
            for (int i = 0; i < 3; i++) {
                assertEquals(500, timeout.consoleTimesOut().status());
            }
        } finally {
            timeout.stop();
        }
    }

    @Test
    void aShortSoakPassesItsChecks() throws Exception {
        SoakRun.Outcome outcome = SoakRun.run(SoakRun.Settings.smoke());

        assertTrue(outcome.passed(), outcome.toMarkdown());
        assertTrue(outcome.counts().get("TSO starts") > 0, outcome.toMarkdown());
        assertTrue(outcome.counts().get("token logons") > 0, outcome.toMarkdown());
        assertTrue(outcome.counts().get("operator cancels (C U=ALICE)") > 0, outcome.toMarkdown());
    }

    @Test
    void aJUnitClassWithASimulatorPerTestRunsAndIsTimed() {
        Figures figures = PerTestFigures.run(PerTestFigures.Settings.smoke());

        assertEquals(3, figures.rows().size(), figures.toMarkdown());
        for (Figures.Row row : figures.rows()) {
            assertTrue(row.value() > 0, figures.toMarkdown());
        }
        assertTrue(figures.rows().get(0).target().contains("15 ms"), figures.toMarkdown());
    }

    @Test
    void thePeerReportGivesMediansAndRatiosToWireMockAndTheCeiling() {
        List<String> lines = List.of(
                "zosmf-sim\t1\tsat_rps\t900", "zosmf-sim\t2\tsat_rps\t1000", "zosmf-sim\t3\tsat_rps\t5000",
                "zosmf-sim-c2\t1\tsat_rps\t1200", "wiremock\t1\tsat_rps\t500", "ceiling\t1\tsat_rps\t2000",
                "zosmf-sim\t1\tp99_us\t1500", "wiremock\t1\tp99_us\t3000", "ceiling\t1\tp99_us\t1000");

        String table = PeerReport.report(lines);

        // the median of 900, 1000 and 5000; 1000 / 500 and 1200 / 500; 1000 / 2000 and 1200 / 2000
        assertTrue(table.contains("| D T requests/s at saturation | 1,000 req/s | 1,200 req/s | 500 req/s | 2,000 req/s"
                + " | 200 % / 240 % | 50 % / 60 % |"), table);
        assertTrue(table.contains("| **no** / **no** |"), table); // ahead of WireMock, but below 80 % of the ceiling
        assertTrue(table.contains("| D T p99 latency at a fixed rate | 1.50 ms |  | 3.00 ms | 1.00 ms | 50 % / - |"),
                table);
    }

    @Test
    void theWireMockStubAnswersDtWithTheCeilingsBody(@TempDir Path folder) throws Exception {
        WireMockStub.main(new String[] {folder.toString()});

        JsonNode stub = new ObjectMapper().readTree(folder.resolve("mappings/dt.json").toFile());
        assertEquals("PUT", stub.at("/request/method").asText());
        assertEquals("/zosmf/restconsoles/consoles/defcn", stub.at("/request/url").asText());
        assertEquals(new String(CeilingServer.body(), StandardCharsets.UTF_8), stub.at("/response/body").asText());
        assertEquals("application/json", stub.at("/response/headers/Content-Type").asText());
    }

    @Test
    void thePeerScriptAndItsWrkScriptAreThere() throws Exception {
        Path bench = Path.of(System.getProperty("user.dir"));
        Path script = bench.resolve("peer.sh");
        assertTrue(Files.isExecutable(script), script + " is missing or not executable");
        assertTrue(Files.readString(bench.resolve("peer.lua")).contains("function done("));
        Process syntax = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        assertTrue(syntax.waitFor(10, TimeUnit.SECONDS), "bash -n did not finish");
        assertEquals(0, syntax.exitValue(), new String(syntax.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
