package dev.zosmfsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** A failing test's report carries the requests the simulator answered during that test, and only those. */
class FailedTestJournalTest {

    @Test
    void aFailedTestCarriesItsOwnRequests() {
        EngineExecutionResults results = TestKit.run(PassesThenFails.class);

        assertEquals(1, results.testEvents().succeeded().count(), TestKit.failures(results));
        List<Event> failed = results.testEvents().failed().list();
        assertEquals(1, failed.size(), TestKit.failures(results));
        Throwable failure = failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
        assertEquals("deliberately failing after two requests", failure.getMessage());
        assertEquals(1, failure.getSuppressed().length);
        RequestJournalExcerpt excerpt = assertInstanceOf(RequestJournalExcerpt.class, failure.getSuppressed()[0]);

        String journal = excerpt.getMessage();
        assertTrue(journal.contains("answered during this test: 2"), journal);
        assertTrue(journal.matches("(?s).*\n  #2 \\S+ GET /zosmf/info -> 200 \\(no logon\\)\n.*"), journal);
        assertTrue(journal.matches("(?s).*\n  #3 \\S+ PUT /zosmf/restconsoles/consoles/defcn -> 200 IBMUSER$"),
                journal);
        assertFalse(journal.contains("COLIN"), "the passing test's request is not this test's: " + journal);
        assertEquals(0, excerpt.getStackTrace().length, "the excerpt is a message, not a stack trace");

        assertEquals(List.of(journal), TestKit.reported(results, ZosmfSimulatorExtension.JOURNAL_REPORT_KEY),
                "published as a report entry too, for the failing test only");
    }

    @TestKitOnly
    @ZosmfSimulatorTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PassesThenFails {
        @Test
        @Order(1)
        void passes(@LoggedOn(user = "COLIN") HttpClient colin, URI baseUri) throws Exception {
            assertEquals(200, Requests.displayTime(colin, baseUri));
        }

        @Test
        @Order(2)
        void fails(@LoggedOn(user = "IBMUSER", by = Logon.PASSWORD) HttpClient ibmuser, URI baseUri)
                throws Exception {
            assertEquals(200, Requests.info(ibmuser, baseUri));
            assertEquals(200, Requests.displayTime(ibmuser, baseUri));
            fail("deliberately failing after two requests");
        }
    }
}
