package dev.zosmfsim.bench;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * What a JUnit class pays for its simulator in a warm JVM: start one on the default scenario (its CA and
 * certificates made, the system built, the TLS port listening on a free port) and stop it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartStopBenchmark {

    @Benchmark
    public int startAndStop() {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().clock(SimClock.manual()).start()) {
            return simulator.port();
        }
    }
}
