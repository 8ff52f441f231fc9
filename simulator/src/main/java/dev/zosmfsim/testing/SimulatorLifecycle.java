package dev.zosmfsim.testing;

/** How long one simulator of {@link ZosmfSimulatorExtension} lives. */
public enum SimulatorLifecycle {
    /** One simulator for the test class (and its {@code @Nested} classes), started before {@code @BeforeAll}. */
    PER_CLASS,
    /** A fresh simulator for every test method, started before {@code @BeforeEach} and closed after it. */
    PER_METHOD
}
