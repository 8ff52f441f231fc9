package dev.zosmfsim.bench;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The field notes' HOSTNAME failure end to end on the manual clock: a console command over HTTPS waits for the TSO
 * address space, the test advances the clock by 60 s, and the client gets the 500 with reason code 21. The figure is
 * the wall time of all of it, which is what a test of that scenario waits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HostnameTimeoutBenchmark {

    private static final String NO_HOSTNAME = "extends: default\nzosmf:\n  hostname: \"\"\n";

    private ZosmfSimulator simulator;
    private Target target;
    private HttpsConnection connection;
    private ExecutorService client;

    @Setup(Level.Trial)
    public void start() throws Exception {
        simulator = ZosmfSimulator.builder().scenario(new ScenarioLoader().parse(NO_HOSTNAME, "no-hostname.yaml"))
                .clock(SimClock.manual()).start();
        target = Target.of("HOSTNAME timeout", simulator.sslContextFor("COLIN"), simulator.port(),
                RequestBytes.consoleCommand("COLIN99", "D T")).expecting(500);
        connection = target.connect();
        client = Executors.newSingleThreadExecutor();
    }

    @Benchmark
    public HttpResponse consoleTimesOut() throws Exception {
        Future<HttpResponse> answer = client.submit(() -> target.send(connection));
        if (!simulator.clock().awaitWaiters(1, Duration.ofSeconds(10))) {
            throw new IllegalStateException("the console request did not wait on the clock");
        }
        simulator.clock().advance(Duration.ofSeconds(60));
        HttpResponse response = answer.get(10, TimeUnit.SECONDS);
        if (!response.text().contains("\"reason-code\":21")) {
            throw new IllegalStateException("not the HOSTNAME timeout: " + response.text());
        }
        return response;
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        client.shutdownNow();
        connection.close();
        simulator.close();
    }
}
