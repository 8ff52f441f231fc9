package dev.zosmfsim.testing;

import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects one {@link CyclicBarrier} shared by all fixture classes of one {@link TestKit#runConcurrently} run (it lives
 * in the run's root context, not in a static field), so that tests of different classes can wait for each other.
 */
final class Rendezvous implements ParameterResolver {

    /** How many parties the barrier waits for. */
    static final String PARTIES = "zosmfsim.testkit.parties";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Rendezvous.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CyclicBarrier.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        int parties = context.getConfigurationParameter(PARTIES, Integer::parseInt).orElse(2);
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent("barrier", key -> new CyclicBarrier(parties),
                CyclicBarrier.class);
    }
}
