package dev.zosmfsim.testing;

import dev.zosmfsim.clock.SimClock;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against an in-process simulator:
 *
 * <pre>{@code
 * @ZosmfSimulatorTest(scenario = "default", clock = SimClock.Mode.MANUAL)
 * class MyClientTest {
 *     @Test
 *     void displaysTime(URI baseUri, @LoggedOn(user = "COLIN") HttpClient colin, SimClock clock) { ... }
 * }
 * }</pre>
 *
 * <p>Test, lifecycle and constructor parameters of these types are injected: {@link dev.zosmfsim.ZosmfSimulator}
 * (admin operations, journal), {@link SimClock}, the base {@link java.net.URI}, and, with or without
 * {@link LoggedOn}, {@link java.net.http.HttpClient}, {@link javax.net.ssl.SSLContext} and {@link PemFiles}.
 * Every test class (and, with {@link SimulatorLifecycle#PER_METHOD}, every test) gets its own simulator on its own
 * free port, so classes running in parallel share nothing. When a test fails, the requests the simulator answered
 * during it are attached to the failure.
 *
 * <p>To configure the simulator in code instead, register {@link ZosmfSimulatorExtension#builder()} with
 * {@code @RegisterExtension}; use one or the other in a class, not both.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(ZosmfSimulatorExtension.class)
public @interface ZosmfSimulatorTest {

    /** A shipped scenario by name, or the path of a scenario YAML file. */
    String scenario() default "default";

    /** How the simulated clock moves: real time, only when the test advances it, or {@link #timeScale()} times faster. */
    SimClock.Mode clock() default SimClock.Mode.SYSTEM;

    /** How many times faster than real time a {@link SimClock.Mode#SCALED} clock runs; only for that mode. */
    double timeScale() default 1.0;

    /** One simulator per test class (the default) or per test method. */
    SimulatorLifecycle lifecycle() default SimulatorLifecycle.PER_CLASS;
}
