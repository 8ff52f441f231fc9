package dev.zosmfsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.bench.soak.SoakRun;
import org.junit.jupiter.api.Test;

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
}
