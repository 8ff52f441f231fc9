package dev.zosmfsim.testing;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.journal.RequestJournal;
import dev.zosmfsim.scenario.Scenario;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ZosmfSimulatorTest}: starts an in-process simulator per test class (or per
 * test), injects it and clients logged on to it, and attaches the requests of a failed test to its failure.
 *
 * <p>Register it through the annotation, or in code:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ZosmfSimulatorExtension SIMULATOR = ZosmfSimulatorExtension.builder()
 *         .scenario("default").clock(SimClock.Mode.MANUAL).lifecycle(SimulatorLifecycle.PER_METHOD).build();
 * }</pre>
 *
 * <p>The extension object holds settings only; each simulator lives in the JUnit extension context of its class or
 * test and is closed with it. Requests answered during a test are reported when it fails; with one simulator per
 * class and test methods running concurrently in that class, the report also shows their requests.
 */
public final class ZosmfSimulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver,
        TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ZosmfSimulatorExtension.class);
    private static final String SIMULATOR = "simulator";
    private static final String JOURNAL_MARK = "journal-mark";
    /** The key of the report entry that carries a failed test's requests. */
    public static final String JOURNAL_REPORT_KEY = "zosmf-sim requests";

    /** Null when the settings come from {@link ZosmfSimulatorTest} on the test class. */
    private final SimulatorSettings settings;

    /** The extension as {@link ZosmfSimulatorTest} registers it: settings from the annotation. */
    public ZosmfSimulatorExtension() {
        this(null);
    }

    private ZosmfSimulatorExtension(SimulatorSettings settings) {
        this.settings = settings;
    }

    /** Settings in code, for {@code @RegisterExtension}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SimulatorSettings chosen = settings(context);
        if (chosen.lifecycle() == SimulatorLifecycle.PER_CLASS) {
            running(context, chosen);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RunningSimulator running = running(context, settings(context));
        context.getStore(NAMESPACE).put(JOURNAL_MARK, running.simulator().journal().lastSequence());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return InjectedParameters.supports(parameter);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return InjectedParameters.resolve(parameter, running(context, settings(context)));
    }

    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD; // constructors may take a per-method simulator too
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withJournal(context, failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withJournal(context, failure);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withJournal(context, failure);
    }

    /** Attaches the requests answered since the test began to {@code failure} and publishes them as a report entry. */
    private static Throwable withJournal(ExtensionContext context, Throwable failure) {
        RunningSimulator running = context.getStore(NAMESPACE).get(SIMULATOR, RunningSimulator.class);
        if (running == null) {
            return failure;
        }
        ZosmfSimulator simulator = running.simulator();
        Long mark = context.getStore(NAMESPACE).get(JOURNAL_MARK, Long.class);
        long after = mark == null ? 0 : mark;
        List<RequestJournal.Entry> entries = simulator.journal().since(after);
        RequestJournalExcerpt excerpt = new RequestJournalExcerpt(simulator.baseUri(), after, entries);
        context.publishReportEntry(JOURNAL_REPORT_KEY, excerpt.getMessage());
        failure.addSuppressed(excerpt);
        return failure;
    }

    /** The simulator for {@code context}, started in the class's or the test's context if it is not running yet. */
    private static RunningSimulator running(ExtensionContext context, SimulatorSettings chosen) {
        ExtensionContext owner = chosen.lifecycle() == SimulatorLifecycle.PER_METHOD
                ? testContext(context) : classContext(context);
        return owner.getStore(NAMESPACE).computeIfAbsent(SIMULATOR, key -> new RunningSimulator(chosen.start()),
                RunningSimulator.class);
    }

    private static ExtensionContext testContext(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("with lifecycle PER_METHOD each test has its own simulator, so"
                    + " there is none in " + context.getDisplayName() + " (@BeforeAll, @AfterAll, class constructor)");
        }
        return context;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private SimulatorSettings settings(ExtensionContext context) {
        if (settings != null) {
            return settings;
        }
        for (Optional<ExtensionContext> current = Optional.of(context); current.isPresent();
                current = current.get().getParent()) {
            Optional<ZosmfSimulatorTest> annotation = current.get().getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, ZosmfSimulatorTest.class));
            if (annotation.isPresent()) {
                return SimulatorSettings.of(annotation.get());
            }
        }
        throw new ExtensionConfigurationException("ZosmfSimulatorExtension needs @ZosmfSimulatorTest on the test"
                + " class, or registration through @RegisterExtension with ZosmfSimulatorExtension.builder()");
    }

    /** Settings of a {@link ZosmfSimulatorExtension} registered in code. */
    public static final class Builder {
        private String scenarioName = "default";
        private Scenario scenario;
        private SimClock.Mode clock = SimClock.Mode.SYSTEM;
        private double timeScale = 1.0;
        private SimulatorLifecycle lifecycle = SimulatorLifecycle.PER_CLASS;
        private Consumer<ZosmfSimulator.Builder> customizer = builder -> { };

        private Builder() {
        }

        /** A shipped scenario by name ({@code default}) or the path of a scenario file. */
        public Builder scenario(String nameOrFile) {
            this.scenarioName = Objects.requireNonNull(nameOrFile, "nameOrFile");
            this.scenario = null;
            return this;
        }

        /** A scenario built in code or loaded before. */
        public Builder scenario(Scenario value) {
            this.scenario = Objects.requireNonNull(value, "scenario");
            return this;
        }

        /** How the clock moves: real time (the default), only when advanced, or scaled by {@link #timeScale}. */
        public Builder clock(SimClock.Mode value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Runs the clock {@code factor} times faster than real time; implies {@link SimClock.Mode#SCALED}. */
        public Builder timeScale(double factor) {
            this.timeScale = factor;
            this.clock = SimClock.Mode.SCALED;
            return this;
        }

        /** One simulator per test class (the default) or per test method. */
        public Builder lifecycle(SimulatorLifecycle value) {
            this.lifecycle = Objects.requireNonNull(value, "lifecycle");
            return this;
        }

        /**
         * Last changes to each simulator's builder, e.g. {@code b -> b.hostName("zosmf.test").journalCapacity(50)}.
         * It runs for every simulator started, so it should not share state between them.
         */
        public Builder configure(Consumer<ZosmfSimulator.Builder> value) {
            this.customizer = Objects.requireNonNull(value, "configure");
            return this;
        }

        public ZosmfSimulatorExtension build() {
            return new ZosmfSimulatorExtension(new SimulatorSettings(scenarioName, scenario, clock, timeScale,
                    lifecycle, customizer));
        }
    }
}
