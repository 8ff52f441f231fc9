package dev.zosmfsim.tso;

import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.cea.AddressSpaces;
import dev.zosmfsim.cea.LogonParameters;
import dev.zosmfsim.cea.SessionKind;
import dev.zosmfsim.cea.SessionLimitException;
import dev.zosmfsim.clock.SimClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * z/OSMF's TSO/E address space services over the CEA address-space table: start (or reconnect), send, receive,
 * ping, end, and the one-shot command. Every session is an address space in the one table, so the console's
 * displays show it and CANCEL ends it; the service keeps only the conversation (servlet key, output queue).
 *
 * <p>Once a session runs, nothing checks its user again: a user revoked after logging on keeps the session, as on
 * z/OS, until it is cancelled, idles out or logs off.
 */
public final class TsoService {

    private final SimClock clock;
    private final AddressSpaces spaces;
    private final ZoneOffset localOffset;
    private final TsoSettings settings;
    private final TsoCommands commands;
    private final LogonFailures logonFailures;
    private final Map<String, TsoSession> sessions = new ConcurrentHashMap<>();
    /** The output queues of dormant address spaces, kept for the reconnect. */
    private final Map<AddressSpace, Deque<TsoMessage>> parked = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();
    /** Logons that failed (unknown procedure or account), by servlet key: the user and what is left to read. */
    private final Map<String, FailedLogon> failedLogons = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, FailedLogon> eldest) {
                    return size() > KEPT_FAILED_LOGONS;
                }
            });
    private static final int KEPT_FAILED_LOGONS = 1_000;

    /**
     * A logon TSO/E refused: no address space runs, but the servlet key answers until it is ended. The start's answer
     * carries the IKJ messages; then the logon waits for a corrected value, which the client reads as the prompt.
     */
    private record FailedLogon(String userid, Deque<TsoMessage> unread) {
    }

    /** The answer to a start: the session (null when the logon failed), and the messages written so far. */
    public record Started(TsoSession session, String servletKey, boolean reused, List<TsoMessage> messages) {
    }

    /** The answer to a send or receive: the messages read, or none and the timeout indication. */
    public record Received(String servletKey, List<TsoMessage> messages, boolean timedOut) {
    }

    /** The answer to a one-shot command: its lines (READY last), and for a stateful one the session's key. */
    public record Issued(List<String> lines, boolean promptReceived, String servletKey, Optional<Boolean> keywordDetected) {
    }

    public TsoService(SimClock clock, AddressSpaces spaces, ZoneOffset localOffset, TsoSettings settings,
            TsoCommands commands) {
        this(clock, spaces, localOffset, settings, commands, LogonFailures.NONE);
    }

    public TsoService(SimClock clock, AddressSpaces spaces, ZoneOffset localOffset, TsoSettings settings,
            TsoCommands commands, LogonFailures logonFailures) {
        this.logonFailures = logonFailures;
        this.clock = clock;
        this.spaces = spaces;
        this.localOffset = localOffset;
        this.settings = settings;
        this.commands = commands;
    }

    /**
     * Starts a TSO/E address space, or reconnects to the user's dormant one (RECONSESSIONS). A logon procedure or
     * account the system does not know makes the logon fail with TSO/E's IKJ messages, as on z/OS.
     *
     * @throws TsoException when CEA refuses the address space (MAXSESSIONS or MAXSESSPERUSER reached)
     */
    public Started start(String userid, TsoStartRequest request) {
        Instant now = clock.now();
        String failedKey = userid + "-0-" + letters(keys.incrementAndGet());
        if (!settings.knowsProcedure(request.proc())) {
            String refused = "IKJ56482I THE PROCEDURE NAME " + request.proc().toUpperCase(java.util.Locale.ROOT)
                    + " HAS NOT BEEN DEFINED FOR USE";
            logonFailures.procedureRefused(userid, request, List.of(refused));
            return failed(userid, failedKey, List.of(TsoMessage.line(refused)));
        }
        if (!settings.knowsAccount(request.account())) {
            return failed(userid, failedKey, List.of(
                    TsoMessage.line("IKJ56486I THE ACCOUNT NUMBER " + request.account() + " HAS NOT BEEN DEFINED FOR USE"),
                    TsoMessage.line("IKJ56429A REENTER -")));
        }
        AddressSpaces.Started started;
        try {
            started = spaces.startOrReconnect(userid, request.logon());
        } catch (SessionLimitException e) {
            throw refused(e);
        }
        parked.keySet().removeIf(space -> !space.live());
        if (keys.get() % 256 == 0) {
            // sessions whose address space ended unseen (idle, cancelled) are forgotten now and then
            sessions.values().removeIf(ended -> !ended.addressSpace().live() || ended.addressSpace().dormant());
        }
        Deque<TsoMessage> queue = started.reused() ? parked.remove(started.space()) : null;
        TsoSession session = open(started.space(), now, queue == null ? TsoSession.newQueue() : queue);
        sessions.put(session.servletKey(), session);
        if (!started.reused()) {
            session.write(List.of(
                    TsoMessage.line("IKJ56455I " + userid + " LOGON IN PROGRESS AT " + TsoDates.clock(now, localOffset)
                            + " ON " + TsoDates.date(now, localOffset)),
                    TsoMessage.line("IKJ56951I NO BROADCAST MESSAGES")));
        }
        session.write(ready());
        return new Started(session, session.servletKey(), started.reused(), session.take());
    }

    /**
     * Sends a command to the session; with {@code readReply} the answer carries the output that follows it. A send
     * counts as activity: it keeps the address space from idling out.
     */
    public Received send(String userid, String servletKey, String text, boolean readReply) throws InterruptedException {
        return SimClock.join(sendAsync(userid, servletKey, text, readReply));
    }

    /**
     * {@link #send} without a waiting thread: the future completes when the reply is there or the receive wait
     * passes. An unknown key fails at once (thrown, not in the future).
     */
    public CompletableFuture<Received> sendAsync(String userid, String servletKey, String text, boolean readReply) {
        TsoSession session = live(userid, servletKey);
        session.write(execute(session, text));
        clock.signal();
        return readReply ? read(session) : CompletableFuture.completedFuture(new Received(servletKey, List.of(), false));
    }

    /**
     * Reads the session's output; waits up to the receive wait on the clock when there is none yet. A failed logon's
     * key answers the prompt its logon waits on, then times out like an idle session.
     */
    public Received receive(String userid, String servletKey) throws InterruptedException {
        return SimClock.join(receiveAsync(userid, servletKey));
    }

    /**
     * {@link #receive} without a waiting thread: the future completes when output arrives, the session ends or the
     * receive wait passes on the clock. An unknown key fails at once (thrown, not in the future).
     */
    public CompletableFuture<Received> receiveAsync(String userid, String servletKey) {
        FailedLogon failed = failedLogon(userid, servletKey);
        if (failed != null) {
            List<TsoMessage> unread;
            synchronized (failed) {
                unread = List.copyOf(failed.unread());
                failed.unread().clear();
            }
            if (unread.isEmpty()) {
                return clock.after(settings.receiveWait()).thenApply(passed -> new Received(servletKey, unread, true));
            }
            return CompletableFuture.completedFuture(new Received(servletKey, unread, false));
        }
        return read(live(userid, servletKey));
    }

    private Started failed(String userid, String servletKey, List<TsoMessage> messages) {
        failedLogons.put(servletKey, new FailedLogon(userid, new java.util.ArrayDeque<>(List.of(TsoMessage.prompt()))));
        return new Started(null, servletKey, false, messages);
    }

    /** The user's failed logon with this key, or null. */
    private FailedLogon failedLogon(String userid, String servletKey) {
        FailedLogon failed = servletKey == null ? null : failedLogons.get(servletKey);
        return failed != null && failed.userid().equals(userid) ? failed : null;
    }

    private CompletableFuture<Received> read(TsoSession session) {
        String servletKey = session.servletKey();
        return clock.when(clock.now().plus(settings.receiveWait()),
                () -> session.hasOutput() || !session.addressSpace().live()).thenApply(arrived -> {
                    List<TsoMessage> messages = session.take();
                    return new Received(servletKey, messages, !arrived && messages.isEmpty());
                });
    }

    /** Keeps the session alive; fails like any request if it has ended. */
    public void ping(String userid, String servletKey) {
        if (failedLogon(userid, servletKey) == null) {
            live(userid, servletKey);
        }
    }

    /**
     * Ends the session. With reconnect enabled, the address space goes dormant for RECONTIME unless {@code force}
     * (tsoforcecancel) asks for it to end.
     */
    public void end(String userid, String servletKey, boolean force) {
        if (failedLogon(userid, servletKey) != null) {
            failedLogons.remove(servletKey);
            return;
        }
        TsoSession session = live(userid, servletKey);
        sessions.remove(servletKey);
        if (spaces.release(session.addressSpace(), force) && session.addressSpace().dormant()) {
            parked.put(session.addressSpace(), session.queue());
        }
    }

    /**
     * One command in an address space: a fresh one that ends afterwards (stateless), or a kept one (stateful: the
     * session {@code servletKey} names, or a new one whose key is returned).
     */
    public Issued issue(String userid, String command, boolean stateful, String servletKey, String keyword) {
        TsoSession session;
        if (servletKey != null) {
            session = live(userid, servletKey);
            session.take();
        } else {
            AddressSpace space;
            try {
                space = spaces.start(userid, SessionKind.TSO, null, defaultLogon());
            } catch (SessionLimitException e) {
                throw refused(e);
            }
            session = open(space, clock.now(), TsoSession.newQueue());
            if (stateful) {
                sessions.put(session.servletKey(), session);
            }
        }
        List<TsoMessage> output = execute(session, command);
        List<String> lines = new ArrayList<>();
        boolean prompt = false;
        for (TsoMessage message : output) {
            if (message instanceof TsoMessage.Line line) {
                lines.add(line.text());
            } else {
                prompt = true;
            }
        }
        if (!stateful) {
            spaces.release(session.addressSpace(), true);
        }
        Optional<Boolean> detected = keyword == null ? Optional.empty()
                : Optional.of(lines.stream().anyMatch(line -> line.contains(keyword)));
        return new Issued(lines, prompt, stateful ? session.servletKey() : null, detected);
    }

    /** The sessions clients hold now (live address spaces only). */
    public List<TsoSession> sessions() {
        sessions.values().removeIf(session -> !session.addressSpace().live() || session.addressSpace().dormant());
        return List.copyOf(sessions.values());
    }

    /** A conversation with {@code space}, under a new servlet key of z/OSMF's form {@code USERID-asid-letters}. */
    private TsoSession open(AddressSpace space, Instant now, Deque<TsoMessage> queue) {
        String key = space.userid() + "-" + space.asid() + "-" + letters(keys.incrementAndGet());
        return new TsoSession(key, space, now, queue);
    }

    private LogonParameters defaultLogon() {
        return TsoStartRequest.defaults(settings.defaultAccount()).logon();
    }

    /** Runs a command line in the session: its output, then READY and the prompt (LOGOFF ends the session). */
    private List<TsoMessage> execute(TsoSession session, String text) {
        TsoCommandLine line = TsoCommandLine.parse(text);
        Instant now = clock.now();
        List<TsoMessage> output = new ArrayList<>();
        if (line.name().isEmpty()) {
            output.addAll(ready());
            return output;
        }
        if (line.name().equals("LOGOFF")) {
            output.add(TsoMessage.line("IKJ56470I " + session.userid() + " LOGGED OFF TSO AT "
                    + TsoDates.clock(now, localOffset) + " ON " + TsoDates.date(now, localOffset)));
            sessions.remove(session.servletKey());
            spaces.end(session.addressSpace(), AddressSpace.EndReason.LOGOFF);
            return output;
        }
        TsoContext context = new TsoContext(session.userid(), now, localOffset, session.loggedOn());
        commands.run(line, context).forEach(text1 -> output.add(TsoMessage.line(text1)));
        output.addAll(ready());
        return output;
    }

    private static List<TsoMessage> ready() {
        // real output has the blank after READY
        return List.of(TsoMessage.line("READY "), TsoMessage.prompt());
    }

    /** The user's live session with this key; a request to it counts as activity. */
    private TsoSession live(String userid, String servletKey) {
        TsoSession session = servletKey == null ? null : sessions.get(servletKey);
        if (session == null || !session.userid().equals(userid)) {
            throw TsoException.unknownKey(servletKey);
        }
        if (!spaces.touch(session.addressSpace())) {
            sessions.remove(servletKey);
            throw TsoException.unknownKey(servletKey);
        }
        return session;
    }

    private static TsoException refused(SessionLimitException e) {
        return new TsoException(TsoException.Kind.NO_ADDRESS_SPACE, "IZUG1121E", null,
                "The TSO/E address space could not be created. " + e.getMessage() + ".");
    }

    /** Eight lower-case letters, as z/OSMF's servlet keys end: the sequence number in base 26. */
    static String letters(long sequence) {
        char[] letters = new char[8];
        long rest = sequence;
        for (int i = letters.length - 1; i >= 0; i--) {
            letters[i] = (char) ('a' + rest % 26);
            rest /= 26;
        }
        return new String(letters);
    }
}
