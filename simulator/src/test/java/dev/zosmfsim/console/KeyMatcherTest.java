package dev.zosmfsim.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyMatcherTest {

    private static final List<String> DISPLAY_TIME = List.of(
            " IEE136I LOCAL: TIME=07.23.56 DATE=2026.330  UTC: TIME=07.23.56 DATE=2026.330");

    @Test
    void aKeywordOrAnExpressionIsLookedForInEveryLine() {
        assertTrue(KeyMatcher.of("UTC:", false).matchesAny(DISPLAY_TIME));
        assertTrue(KeyMatcher.of("IEE1[0-9]{2}I", true).matchesAny(DISPLAY_TIME));
        assertFalse(KeyMatcher.of("IEE1[0-9]{2}I", false).matchesAny(DISPLAY_TIME));
    }

    @Test
    void anExpressionThatWouldBacktrackForEverIsRefusedInsteadOfHoldingTheThread() {
        ConsoleException refused = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                ConsoleException.class, () -> KeyMatcher.of("(.*){1,32000}[bc]", true).matchesAny(DISPLAY_TIME)));
        assertEquals(ConsoleException.Kind.BAD_REQUEST, refused.kind());
        assertEquals(14, refused.reasonCode());
        assertTrue(refused.getMessage().contains("too costly"), refused.getMessage());
    }
}
