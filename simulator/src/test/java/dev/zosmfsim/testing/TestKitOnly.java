package dev.zosmfsim.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a fixture class that only {@link TestKit} runs, inside another test (some of them fail on purpose). Anywhere
 * else, e.g. selected by hand in an IDE, the class is skipped with that reason.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(TestKitOnly.Condition.class)
@interface TestKitOnly {

    /** The configuration parameter {@link TestKit} sets. */
    String PARAMETER = "zosmfsim.testkit";

    /** Enables the class only when {@link #PARAMETER} is {@code true}. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).filter("true"::equals).isPresent()
                    ? ConditionEvaluationResult.enabled("run by EngineTestKit")
                    : ConditionEvaluationResult.disabled("a fixture that only EngineTestKit runs, inside another test");
        }
    }
}
