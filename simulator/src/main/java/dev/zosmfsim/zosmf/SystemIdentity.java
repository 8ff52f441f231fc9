package dev.zosmfsim.zosmf;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Who the simulated system is.
 *
 * @param sysname        the system name (SYSNAME), e.g. S0W1
 * @param sysplex        the sysplex name
 * @param zosVersion     as /zosmf/info shows it, e.g. {@code 04.27.00} for z/OS 2.5
 * @param zosmfVersion   z/OSMF's short version, e.g. {@code 27}
 * @param zosmfFullVersion e.g. {@code 27.0}
 * @param localOffset    the offset of the system's local time from UTC (D T shows both)
 */
public record SystemIdentity(String sysname, String sysplex, String zosVersion, String zosmfVersion,
        String zosmfFullVersion, ZoneOffset localOffset) {

    /** {@code instant} on the system's local clock, as its messages show time. */
    public LocalDateTime localTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, localOffset);
    }

    public static SystemIdentity defaults() {
        return new SystemIdentity("S0W1", "ADCDPL", "04.27.00", "27", "27.0", ZoneOffset.UTC);
    }
}
