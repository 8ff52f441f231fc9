package dev.zosmfsim.tso;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What a TSO command may look at: who runs it, when, in which session.
 *
 * @param userid       the session's user
 * @param now          the simulator clock's time
 * @param localOffset  the system's offset from UTC (TSO shows local time)
 * @param sessionStart when the session logged on
 */
public record TsoContext(String userid, Instant now, ZoneOffset localOffset, Instant sessionStart) {
}
