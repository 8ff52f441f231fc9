package dev.zosmfsim.zosmf;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Who the simulated system is.
 *
 * @param sysname        the system name (SYSNAME), e.g. S0W1
 * @param sysplex        the sysplex name
 * @param level          the z/OS level; /zosmf/info's versions, the plug-in FMIDs and D IPLINFO all derive from it
 * @param localOffset    the offset of the system's local time from UTC (D T shows both)
 */
public record SystemIdentity(String sysname, String sysplex, ZosLevel level, ZoneOffset localOffset) {

    /** {@code instant} on the system's local clock, as its messages show time. */
    public LocalDateTime localTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, localOffset);
    }

    /** As /zosmf/info shows it, e.g. {@code 04.27.00} for z/OS 2.4. */
    public String zosVersion() {
        return level.zosVersion();
    }

    /** z/OSMF's short version, e.g. {@code 27} for z/OS 2.4. */
    public String zosmfVersion() {
        return level.zosmfVersion();
    }

    /** e.g. {@code 27.0}. */
    public String zosmfFullVersion() {
        return level.zosmfFullVersion();
    }

    /** The system residence volume (a volume serial has at most six characters): S0W1RS for S0W1. */
    public String residenceVolume() {
        String volume = sysname + "RS1";
        return volume.length() > 6 ? volume.substring(0, 6) : volume;
    }

    public static SystemIdentity defaults() {
        return new SystemIdentity("S0W1", "ADCDPL", ZosLevel.defaults(), ZoneOffset.UTC);
    }
}
