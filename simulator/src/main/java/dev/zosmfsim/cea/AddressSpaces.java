package dev.zosmfsim.cea;

import dev.zosmfsim.clock.SimClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one table of live CEA TSO address spaces on the system, TSO sessions and console address spaces alike. Every
 * display (D A,L, F CEA,D,S, F CEA,DIAG,SESSTABLE) reads it; every start goes through {@link #start}, which applies
 * the CEAPRMxx limits atomically.
 *
 * <p>An address space that has had no request for the idle timeout is ended (lazily, whenever the table is read or
 * changed, on the simulator clock); a request ({@link #touch}) keeps it alive indefinitely, as on z/OS.
 *
 * <p>The table remembers the earliest instant at which any address space could be due to end, and looks at them
 * all only once the clock has reached it: a request to one of 10,000 sessions does not walk the other 9,999.
 */
public final class AddressSpaces implements AddressSpaceView, AddressSpaceOperations {

    /** The first ASID handed to a CEA TSO address space; lower ones belong to the system's own address spaces. */
    static final int FIRST_ASID = 0x004E;
    static final int LAST_ASID = 0x7FFF;

    private final SimClock clock;
    private final AddressSpaceEvents events;
    private final Map<Integer, AddressSpace> live = new LinkedHashMap<>();
    private CeaParameters parameters;
    private Duration idleTimeout;
    private int nextAsid = FIRST_ASID;
    private long sequence;
    private int highCount;
    private int allowedReached;
    /**
     * No address space ends before this instant: the earliest idle end or RECONTIME expiry as of the last sweep,
     * lowered whenever a change could bring one forward (a start, a park, a reconnect, a shorter idle timeout). A
     * request only moves its own deadline later, so it never needs to lower it.
     */
    private Instant nextSweep = Instant.MAX;

    public AddressSpaces(SimClock clock, CeaParameters parameters, Duration idleTimeout) {
        this(clock, parameters, idleTimeout, AddressSpaceEvents.NONE);
    }

    /** A table whose named operations tell {@code events} what they ended. */
    public AddressSpaces(SimClock clock, CeaParameters parameters, Duration idleTimeout, AddressSpaceEvents events) {
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
    }

    /**
     * Starts an address space for {@code userid} if the CEAPRMxx limits allow it.
     *
     * @throws SessionLimitException when MAXSESSIONS or MAXSESSPERUSER is reached
     */
    public synchronized AddressSpace start(String userid, SessionKind kind, String consoleName, LogonParameters logon) {
        Instant now = clock.now();
        sweepIdleLocked(now);
        if (live.size() >= parameters.maxSessions()) {
            allowedReached++;
            throw new SessionLimitException(SessionLimitException.Limit.MAXSESSIONS, parameters.maxSessions(), userid);
        }
        long ofUser = live.values().stream().filter(space -> space.userid().equals(userid)).count();
        if (ofUser >= parameters.maxSessionsPerUser()) {
            throw new SessionLimitException(SessionLimitException.Limit.MAXSESSPERUSER,
                    parameters.maxSessionsPerUser(), userid);
        }
        AddressSpace space = new AddressSpace(allocateAsidLocked(), ++sequence, userid, kind, consoleName, logon, now);
        live.put(space.asid(), space);
        sweepNoLaterThan(deadlineLocked(space));
        highCount = Math.max(highCount, live.size());
        events.started(space);
        return space;
    }

    /** A started (or reconnected) address space. */
    public record Started(AddressSpace space, boolean reused) {
    }

    /** How many dormant address spaces one user may have, whatever RECONSESSIONS says (a CEA limit). */
    static final int MAX_DORMANT_PER_USER = 3;

    /**
     * Starts a TSO address space for {@code userid} or, when CEA keeps sessions for reconnect (RECONSESSIONS and
     * RECONTIME not 0), reconnects to the user's dormant one with the same logon parameters.
     *
     * @throws SessionLimitException when a new address space is needed and a limit is reached
     */
    public synchronized Started startOrReconnect(String userid, LogonParameters logon) {
        Instant now = clock.now();
        sweepIdleLocked(now);
        for (AddressSpace space : live.values()) {
            if (space.dormant() && space.userid().equals(userid) && space.parameters().equals(logon)) {
                space.reconnect(now);
                sweepNoLaterThan(deadlineLocked(space));
                clock.signal();
                return new Started(space, true);
            }
        }
        return new Started(start(userid, SessionKind.TSO, null, logon), false);
    }

    /**
     * Ends a TSO session at its client's request. When reconnect is enabled and there is room, the address space goes
     * dormant for RECONTIME instead (unless {@code force}, z/OSMF's tsoforcecancel). Returns false if it had ended.
     */
    public synchronized boolean release(AddressSpace space, boolean force) {
        Instant now = clock.now();
        sweepIdleLocked(now);
        if (!space.live() || space.dormant()) {
            return false;
        }
        boolean reconnectOn = parameters.reconSessions() > 0 && !parameters.reconTime().isZero();
        long dormant = live.values().stream().filter(AddressSpace::dormant).count();
        long dormantOfUser = live.values().stream()
                .filter(other -> other.dormant() && other.userid().equals(space.userid())).count();
        if (!force && reconnectOn && dormant < parameters.reconSessions() && dormantOfUser < MAX_DORMANT_PER_USER) {
            space.park(now, now.plus(parameters.reconTime()));
            sweepNoLaterThan(deadlineLocked(space));
            clock.signal();
            return true;
        }
        return end(space, AddressSpace.EndReason.LOGOFF);
    }

    /** Records a request to the address space (keeps it from being idled out); false if it has ended. */
    public synchronized boolean touch(AddressSpace space) {
        Instant now = clock.now();
        sweepIdleLocked(now);
        if (!space.live() || space.dormant()) {
            return false;
        }
        space.touch(now);
        return true;
    }

    /** Ends one address space (LOGOFF, CANCEL); false if it had ended already. */
    public synchronized boolean end(AddressSpace space, AddressSpace.EndReason reason) {
        if (!space.live()) {
            return false;
        }
        space.end(reason, clock.now());
        live.remove(space.asid());
        clock.signal();
        return true;
    }

    @Override
    public List<AddressSpace> cancel(String userid, Integer asid) {
        List<AddressSpace> ended = new ArrayList<>();
        synchronized (this) {
            sweepIdleLocked(clock.now());
            for (AddressSpace space : List.copyOf(live.values())) {
                if (space.userid().equals(userid) && (asid == null || space.asid() == asid)
                        && end(space, AddressSpace.EndReason.CANCELLED)) {
                    ended.add(space);
                }
            }
        }
        // told outside the lock: what the events write (system messages) never waits on the table
        ended.forEach(space -> events.ended(space, AddressSpace.EndReason.CANCELLED));
        return ended;
    }

    @Override
    public List<AddressSpace> endAll(AddressSpace.EndReason reason) {
        List<AddressSpace> ended;
        synchronized (this) {
            ended = List.copyOf(live.values());
            ended.forEach(space -> end(space, reason));
        }
        ended.forEach(space -> events.ended(space, reason));
        return ended;
    }

    /** The live address space with this ASID. */
    @Override
    public synchronized Optional<AddressSpace> byAsid(int asid) {
        sweepIdleLocked(clock.now());
        return Optional.ofNullable(live.get(asid));
    }

    /** The live address spaces, oldest first. */
    @Override
    public synchronized List<AddressSpace> live() {
        sweepIdleLocked(clock.now());
        return List.copyOf(live.values());
    }

    @Override
    public synchronized int inUse() {
        sweepIdleLocked(clock.now());
        return live.size();
    }

    /** The most address spaces in use at once since the system started. */
    @Override
    public synchronized int highCount() {
        return highCount;
    }

    /**
     * How many starts found ALLOWED (MAXSESSIONS) reached and were refused: what F CEA,D,S shows as HIGHCNT. The field
     * notes' system shows {@code IN USE: 1 HIGHCNT: 0}, which a high-water mark of IN USE could not be.
     */
    @Override
    public synchronized int allowedReachedCount() {
        return allowedReached;
    }

    @Override
    public synchronized CeaParameters parameters() {
        return parameters;
    }

    @Override
    public synchronized void useParameters(CeaParameters next) {
        this.parameters = Objects.requireNonNull(next, "next");
    }

    @Override
    public synchronized Duration idleTimeout() {
        return idleTimeout;
    }

    public synchronized void idleTimeout(Duration value) {
        this.idleTimeout = Objects.requireNonNull(value, "value");
        nextSweep = Instant.MIN;
    }

    /** Ends dormant address spaces whose RECONTIME has passed, and idle ones (unless the idle timeout is 0). */
    private void sweepIdleLocked(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        Collection<AddressSpace> spaces = List.copyOf(live.values());
        Instant earliest = Instant.MAX;
        for (AddressSpace space : spaces) {
            Instant deadline = deadlineLocked(space);
            if (deadline == null) {
                continue;
            }
            if (!now.isBefore(deadline)) {
                end(space, space.dormant() ? AddressSpace.EndReason.RECONNECT_EXPIRED : AddressSpace.EndReason.IDLE);
            } else if (deadline.isBefore(earliest)) {
                earliest = deadline;
            }
        }
        nextSweep = earliest;
    }

    /** When the address space ends unless something happens: RECONTIME if dormant, else the idle end; null if never. */
    private Instant deadlineLocked(AddressSpace space) {
        Instant dormantUntil = space.dormantUntil();
        if (dormantUntil != null) {
            return dormantUntil;
        }
        boolean idleOn = !(idleTimeout.isZero() || idleTimeout.isNegative());
        return idleOn ? space.lastRequest().plus(idleTimeout) : null;
    }

    private void sweepNoLaterThan(Instant deadline) {
        if (deadline != null && deadline.isBefore(nextSweep)) {
            nextSweep = deadline;
        }
    }

    /** ASIDs go up and wrap; one in use is skipped, so a new address space never gets the ASID its user just had. */
    private int allocateAsidLocked() {
        for (int tries = 0; tries <= LAST_ASID - FIRST_ASID; tries++) {
            int candidate = nextAsid;
            nextAsid = nextAsid >= LAST_ASID ? FIRST_ASID : nextAsid + 1;
            if (!live.containsKey(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free ASID");
    }
}
