package dev.zosmfsim.cea;

import java.time.Duration;
import java.util.Objects;

/**
 * The TSOASMGR statement of a CEAPRMxx parmlib member: how many CEA TSO address spaces may run.
 *
 * @param member             the member suffix, e.g. {@code 00} for CEAPRM00
 * @param maxSessions        MAXSESSIONS: address spaces on the system (50 on a fresh system)
 * @param maxSessionsPerUser MAXSESSPERUSER: address spaces of one user (10)
 * @param reconSessions      RECONSESSIONS: how many ended sessions may be kept dormant for a reconnect (0)
 * @param reconTime          RECONTIME: how long a dormant session waits for its reconnect (0)
 */
public record CeaParameters(String member, int maxSessions, int maxSessionsPerUser, int reconSessions, Duration reconTime) {

    public CeaParameters {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(reconTime, "reconTime");
        if (maxSessions < 0 || maxSessionsPerUser < 0 || reconSessions < 0) {
            throw new IllegalArgumentException("CEA session limits cannot be negative");
        }
    }

    public static CeaParameters defaults() {
        return new CeaParameters("00", 50, 10, 0, Duration.ZERO);
    }
}
