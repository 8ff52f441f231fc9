package dev.zosmfsim.cea;

import java.time.Instant;
import java.util.Objects;

/**
 * One CEA TSO address space: a TSO session or a console's. Identity fields never change; the last-request time
 * and the end are updated by {@link AddressSpaces} only.
 */
public final class AddressSpace {

    private final int asid;
    private final long sequence;
    private final String userid;
    private final SessionKind kind;
    private final String consoleName;
    private final LogonParameters parameters;
    private final Instant started;
    private volatile Instant lastRequest;
    private volatile Instant dormantUntil;
    private volatile Instant parkedAt;
    private volatile EndReason ended;
    private volatile Instant endedAt;

    /** Why an address space ended. */
    public enum EndReason { LOGOFF, CANCELLED, IDLE, ZOSMF_STOPPED, RECONNECT_EXPIRED }

    AddressSpace(int asid, long sequence, String userid, SessionKind kind, String consoleName,
            LogonParameters parameters, Instant started) {
        this.asid = asid;
        this.sequence = sequence;
        this.userid = Objects.requireNonNull(userid, "userid");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.consoleName = consoleName;
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.started = started;
        this.lastRequest = started;
    }

    public int asid() {
        return asid;
    }

    /** The ASID as z/OS shows it: four hex digits. */
    public String asidHex() {
        return String.format("%04X", asid);
    }

    /** Space token: unique for the life of the system, unlike the ASID, which z/OS reuses. */
    public String stoken() {
        return String.format("%08X%08X", asid << 16 | 0x0138, sequence);
    }

    /** The CEA message queue id of the session. */
    public String messageQueueId() {
        return String.format("%08X", 0x00060000 + (int) (sequence & 0xFFFF));
    }

    /** The address of the ASCB in common storage (made up, but stable for the address space). */
    public String ascbAddress() {
        return String.format("%06X", 0xFC0000 + (asid * 0x80 & 0x3FFFF));
    }

    public long sequence() {
        return sequence;
    }

    public String userid() {
        return userid;
    }

    public SessionKind kind() {
        return kind;
    }

    /** The console the address space runs, for {@link SessionKind#CONSOLE}; null for a TSO session. */
    public String consoleName() {
        return consoleName;
    }

    public LogonParameters parameters() {
        return parameters;
    }

    public Instant started() {
        return started;
    }

    public Instant lastRequest() {
        return lastRequest;
    }

    public boolean live() {
        return ended == null;
    }

    /**
     * A dormant address space: its client ended the session, but CEA keeps it at READY (RECONSESSIONS/RECONTIME) so
     * that the user's next start with the same logon parameters reconnects to it.
     */
    public boolean dormant() {
        return dormantUntil != null;
    }

    /** Until when a dormant address space waits for its reconnect; null while it is in use. */
    public Instant dormantUntil() {
        return dormantUntil;
    }

    /** When it last went dormant (CEA's RCTIME), or null if it never did. */
    public Instant parkedAt() {
        return parkedAt;
    }

    /** Why it ended, or null while it runs. */
    public EndReason endReason() {
        return ended;
    }

    void touch(Instant now) {
        lastRequest = now;
    }

    /** When it ended, or null while it runs. */
    public Instant endedAt() {
        return endedAt;
    }

    void end(EndReason reason, Instant when) {
        endedAt = when;
        ended = reason;
        dormantUntil = null;
    }

    void park(Instant now, Instant until) {
        parkedAt = now;
        dormantUntil = until;
    }

    void reconnect(Instant now) {
        dormantUntil = null;
        lastRequest = now;
    }

    @Override
    public String toString() {
        return "AddressSpace[" + asidHex() + " " + userid + " " + kind + (consoleName == null ? "" : " " + consoleName)
                + (ended == null ? "" : " ended " + ended) + "]";
    }
}
