package dev.zosmfsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** Parameters the extension cannot give fail the test with a message that says why and what to do instead. */
class ParameterErrorsTest {

    @Test
    void eachRefusalSaysWhy() {
        EngineExecutionResults results = TestKit.run(BadParameters.class);

        Map<String, String> messages = new TreeMap<>();
        for (Event event : results.testEvents().failed().list()) {
            messages.put(event.getTestDescriptor().getDisplayName(), event.getRequiredPayload(
                    TestExecutionResult.class).getThrowable().orElseThrow().getMessage());
        }
        assertEquals(6, messages.size(), TestKit.failures(results));
        assertContains(messages.get("unknownUser(HttpClient)"), "the scenario issues no client certificate for NOBODY");
        assertContains(messages.get("userWithoutCertificate(HttpClient)"),
                "the scenario issues no client certificate for IBMUSER");
        assertContains(messages.get("passwordInAnSslContext(SSLContext)"), "a password travels in an HTTP header");
        assertContains(messages.get("pemFilesOfNobody(PemFiles)"), "say whose PEM files");
        assertContains(messages.get("loggedOnAddress(URI)"), "@LoggedOn goes on HttpClient, SSLContext or PemFiles");
        assertContains(messages.get("unknownUserByPassword(HttpClient)"), "the scenario defines no user NOBODY");
    }

    @Test
    void aPerMethodSimulatorIsNotThereBeforeAll() {
        EngineExecutionResults results = TestKit.run(PerMethodBeforeAll.class);

        Event failed = results.containerEvents().failed().list().get(0);
        assertContains(failed.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage(),
                "with lifecycle PER_METHOD each test has its own simulator");
    }

    private static void assertContains(String message, String expected) {
        assertTrue(message != null && message.contains(expected), "expected '" + expected + "' in: " + message);
    }

    @TestKitOnly
    @ZosmfSimulatorTest
    static class BadParameters {
        @Test
        void unknownUser(@LoggedOn(user = "NOBODY") HttpClient client) {
        }

        @Test
        void unknownUserByPassword(@LoggedOn(user = "NOBODY", by = Logon.PASSWORD) HttpClient client) {
        }

        @Test
        void userWithoutCertificate(@LoggedOn(user = "IBMUSER") HttpClient client) {
        }

        @Test
        void passwordInAnSslContext(@LoggedOn(user = "IBMUSER", by = Logon.PASSWORD) SSLContext context) {
        }

        @Test
        void pemFilesOfNobody(PemFiles files) {
        }

        @Test
        void loggedOnAddress(@LoggedOn(user = "COLIN") URI baseUri) {
        }
    }

    @TestKitOnly
    @ZosmfSimulatorTest(lifecycle = SimulatorLifecycle.PER_METHOD)
    static class PerMethodBeforeAll {
        @BeforeAll
        static void setUp(ZosmfSimulator simulator) {
        }

        @Test
        void test() {
        }
    }
}
