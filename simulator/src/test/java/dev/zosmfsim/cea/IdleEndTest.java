package dev.zosmfsim.cea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.clock.SimClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Idle ends and RECONTIME expiry happen at their instant on the clock, whatever else happened to the table since:
 * the table only looks at its address spaces once the earliest deadline has come, so each way a deadline can move
 * closer (a start, a park, a reconnect, a shorter idle timeout) must be seen.
 */
class IdleEndTest {

    private static final LogonParameters LOGON = new LogonParameters("IZUFPROC", "ACCT#", 4096, 1047, 697, 24, 80);

    private final SimClock clock = SimClock.manual(Instant.parse("2026-06-28T15:34:43Z"));

    @Test
    void aSessionStartedLaterIdlesOutOnItsOwnDeadline() {
        AddressSpaces spaces = new AddressSpaces(clock, CeaParameters.defaults(), Duration.ofMinutes(30));
        AddressSpace busy = spaces.start("COLIN", SessionKind.TSO, null, LOGON);
        clock.advance(Duration.ofMinutes(10));
        AddressSpace idle = spaces.start("ALICE", SessionKind.TSO, null, LOGON);
        for (int minute = 0; minute < 29; minute++) {
            clock.advance(Duration.ofMinutes(1));
            assertTrue(spaces.touch(busy), "a session kept busy is never idled out");
        }
        assertTrue(idle.live(), "29 minutes without a request is not yet idle");
        clock.advance(Duration.ofMinutes(1));

        assertEquals(1, spaces.inUse());
        assertEquals(AddressSpace.EndReason.IDLE, idle.endReason());
        assertTrue(busy.live());
    }

    @Test
    void aShorterIdleTimeoutEndsSessionsAtOnce() {
        AddressSpaces spaces = new AddressSpaces(clock, CeaParameters.defaults(), Duration.ofMinutes(30));
        AddressSpace space = spaces.start("COLIN", SessionKind.TSO, null, LOGON);
        clock.advance(Duration.ofMinutes(6));
        assertEquals(1, spaces.inUse());

        spaces.idleTimeout(Duration.ofMinutes(5));

        assertEquals(0, spaces.inUse());
        assertEquals(AddressSpace.EndReason.IDLE, space.endReason());
    }

    @Test
    void aReconnectedSessionIdlesOutFromTheReconnectNotAfterReconTime() {
        AddressSpaces spaces = new AddressSpaces(clock, new CeaParameters("RC", 50, 10, 5, Duration.ofMinutes(60)),
                Duration.ofMinutes(10));
        AddressSpace space = spaces.start("COLIN", SessionKind.TSO, null, LOGON);
        assertTrue(spaces.release(space, false));
        assertTrue(space.dormant());
        clock.advance(Duration.ofMinutes(15));
        assertEquals(1, spaces.inUse(), "RECONTIME, not the idle timeout, holds a dormant session");

        assertTrue(spaces.startOrReconnect("COLIN", LOGON).reused());
        clock.advance(Duration.ofMinutes(9));
        assertEquals(1, spaces.inUse());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(0, spaces.inUse(), "ten minutes after the reconnect it is idle");
        assertEquals(AddressSpace.EndReason.IDLE, space.endReason());
    }

    @Test
    void aDormantSessionExpiresAfterReconTimeEvenWhenThatComesBeforeTheIdleEnd() {
        AddressSpaces spaces = new AddressSpaces(clock, new CeaParameters("RC", 50, 10, 5, Duration.ofMinutes(5)),
                Duration.ofMinutes(30));
        AddressSpace space = spaces.start("COLIN", SessionKind.TSO, null, LOGON);
        assertTrue(spaces.release(space, false));
        clock.advance(Duration.ofMinutes(4));
        assertEquals(1, spaces.inUse());
        clock.advance(Duration.ofMinutes(1));

        assertEquals(0, spaces.inUse());
        assertFalse(space.live());
        assertEquals(AddressSpace.EndReason.RECONNECT_EXPIRED, space.endReason());
    }
}
