package dev.zosmfsim.console;

import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.cea.AddressSpaces;
import dev.zosmfsim.cea.CeaParameters;
import dev.zosmfsim.cea.LogonParameters;
import dev.zosmfsim.cea.SessionKind;
import dev.zosmfsim.cea.SessionLimitException;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.zosmf.IzugLog;
import dev.zosmfsim.zosmf.SystemIdentity;
import dev.zosmfsim.zosmf.TcpipStack;
import dev.zosmfsim.zosmf.ZosmfServerState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * z/OSMF's console service over the one model of the system. Each EMCS console runs in a CEA TSO address space of its
 * user: the first command on a console starts it (taking a CEA session slot), later commands reuse it, and it ends
 * when idle, when cancelled or when z/OSMF stops; the next command then starts a fresh one.
 *
 * <p>A command's messages arrive over time on the simulator clock. A synchronous issue waits up to the collection
 * window (3 s) for the first of them (or for its sol-key); what has not arrived by then is collected later with the
 * response key.
 */
public final class ConsoleService {

    /** How long a synchronous issue waits for the first solicited message. */
    public static final Duration COLLECTION_WINDOW = Duration.ofSeconds(3);
    /** How long z/OSMF waits to connect to a console's TSO address space before it gives up. */
    public static final Duration TSO_CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final int KEPT_RESPONSES_PER_CONSOLE = 1_000;
    /** The reason z/OSMF gives when another user's console of the name is active (return code 5, reason 7). */
    static final String CONSOLE_IN_USE_REASON = "Failed to create console due to TSO/E CONSOLE command got an error."
            + " IKJ55303I THE CONSOLE COMMAND HAS TERMINATED.+    ";
    /** Consoles without a live address space are forgotten once this many are known. */
    private static final int FORGET_CONSOLES_ABOVE = 1_000;

    private final SimClock clock;
    private final SystemIdentity system;
    private final Instant iplTime;
    private final AddressSpaces addressSpaces;
    private final Map<String, CeaParameters> ceaMembers;
    private final ZosmfServerState zosmf;
    private final TcpipStack tcpip;
    private final IzugLog log;
    private final SystemMessages messages;
    private final CommandRouter router;
    private final CommandAuthorizer authorizer;
    private final String consoleAccount;
    /** Response keys are "C" and seven digits (C1046283 in Zowe's captured responses); detection keys share them. */
    private final AtomicLong keys = new AtomicLong(1_046_282);
    private final AtomicLong transactions = new AtomicLong(0xE);
    private final Map<String, Console> consoles = new LinkedHashMap<>();

    /** The outcome of one command. */
    public record Issued(String consoleName, String responseKey, List<String> lines, Optional<Boolean> solKeyDetected,
            Optional<String> detectionKey, Optional<DetectionResult> detection) {
    }

    /** Messages collected for a response key. */
    public record Collected(List<String> lines, Optional<Boolean> solKeyDetected) {
    }

    /** Where an unsolicited-message detection stands. */
    public record DetectionResult(DetectionStatus status, Optional<String> message) {
    }

    /** What the console service is built from: the parts of the system it reads and changes. */
    public record Parts(SimClock clock, SystemIdentity system, Instant iplTime, AddressSpaces addressSpaces,
            Map<String, CeaParameters> ceaMembers, ZosmfServerState zosmf, TcpipStack tcpip, IzugLog log,
            SystemMessages messages, CommandRouter router, CommandAuthorizer authorizer, String consoleAccount) {
    }

    public ConsoleService(Parts parts) {
        this.clock = parts.clock();
        this.system = parts.system();
        this.iplTime = parts.iplTime();
        this.addressSpaces = parts.addressSpaces();
        this.ceaMembers = parts.ceaMembers();
        this.zosmf = parts.zosmf();
        this.tcpip = parts.tcpip();
        this.log = parts.log();
        this.messages = parts.messages();
        this.router = parts.router();
        this.authorizer = parts.authorizer();
        this.consoleAccount = parts.consoleAccount();
    }

    /**
     * Issues a command on {@code consoleName} for {@code userid}. {@code client} is the caller's address, as
     * z/OSMF's log shows it.
     */
    public Issued issue(String userid, String consoleName, IssueRequest request, String client)
            throws InterruptedException {
        KeyMatcher solKey = request.solKey() == null ? null
                : KeyMatcher.of(request.solKey().text(), request.solKey().regex());
        IssueRequest.Watch watch = request.unsolicited();
        KeyMatcher unsolKey = watch == null ? null : KeyMatcher.of(watch.key().text(), watch.key().regex());
        Console console = claim(userid, consoleName);
        ensureAddressSpace(console, userid, client);

        Instant issued = clock.now();
        CommandContext context = context(userid, consoleName, issued);
        Reply reply = request.system() != null && !request.system().equalsIgnoreCase(system.sysname())
                ? Reply.now(" IEE618I ROUTE COMMAND REJECTED, INVALID SYSTEM NAME")
                : router.respond(OperatorCommand.parse(request.command()), context, userid, authorizer);
        String key = "C" + nextKeyNumber();
        PendingResponse pending = new PendingResponse(issued, reply, solKey);
        Optional<String> detectionKey = Optional.empty();
        Detection detection = null;
        synchronized (this) {
            console.remember(key, pending);
            if (unsolKey != null) {
                detection = new Detection(unsolKey, issued, issued.plus(watch.detectTime()));
                detectionKey = Optional.of("D" + nextKeyNumber());
                console.detections.put(detectionKey.get(), detection);
            }
        }
        clock.signal();

        List<String> lines = List.of();
        if (!request.async()) {
            Instant window = issued.plus(COLLECTION_WINDOW);
            clock.awaitUntil(window, () -> solKey != null ? pending.solKeySeen(clock.now()) : pending.anyArrived(clock.now()));
            lines = pending.collect(clock.now());
        }
        Optional<DetectionResult> detected = Optional.empty();
        if (detection != null && watch.sync()) {
            Detection waitingFor = detection;
            clock.awaitUntil(issued.plus(watch.syncTimeout()),
                    () -> waitingFor.result(messages, clock.now()).status() == DetectionStatus.DETECTED);
            DetectionResult result = detection.result(messages, clock.now());
            detected = Optional.of(result.status() == DetectionStatus.WAITING
                    ? new DetectionResult(DetectionStatus.TIMEOUT, Optional.empty())
                    : result);
        }
        Optional<Boolean> solDetected = solKey == null ? Optional.empty() : Optional.of(pending.solKeySeen(clock.now()));
        return new Issued(consoleName, key, lines, solDetected, detectionKey, detected);
    }

    /** Seven digits, always: after 9999999 the numbers start again at 1000000. */
    private long nextKeyNumber() {
        return 1_000_000 + (keys.incrementAndGet() - 1_000_000) % 9_000_000;
    }

    /** The messages of an earlier command that have arrived and were not collected yet. */
    public Collected collect(String userid, String consoleName, String responseKey) {
        PendingResponse pending;
        synchronized (this) {
            Console console = existing(userid, consoleName);
            pending = known(console.responses, responseKey, "command response", consoleName);
            requireLiveAddressSpace(console);
        }
        List<String> lines = pending.collect(clock.now());
        // detected in the messages handed out now: a later empty collect says false again, which is what ends the
        // Zowe CLI's collect loop (it polls on while the last answer said true)
        return new Collected(lines, pending.solKey == null ? Optional.empty()
                : Optional.of(pending.solKey.matchesAny(lines)));
    }

    /** The result of an unsolicited-message detection started by an earlier issue. */
    public DetectionResult detection(String userid, String consoleName, String detectionKey) {
        Detection detection;
        synchronized (this) {
            detection = known(existing(userid, consoleName).detections, detectionKey, "detection", consoleName);
        }
        return detection.result(messages, clock.now());
    }

    /** What {@code key} names on the console; z/OSMF's rc 1 reason 7 when it names nothing there. */
    private static <T> T known(Map<String, T> byKey, String key, String what, String consoleName) {
        T found = byKey.get(key);
        if (found == null) {
            throw new ConsoleException(ConsoleException.Kind.UNKNOWN_KEY, 1, 7,
                    "No " + what + " with key " + key + " is known on console " + consoleName);
        }
        return found;
    }

    private CommandContext context(String userid, String consoleName, Instant now) {
        return new CommandContext(userid, consoleName, now, system, iplTime, addressSpaces, addressSpaces, ceaMembers,
                zosmf, messages);
    }

    /**
     * A command from the system's master console, as the admin API issues it: MASTER authority, no EMCS console and
     * no address space; every line of the reply is returned at once.
     */
    public List<String> operatorCommand(String command) {
        CommandContext context = context("*MASTER*", "MASTER", clock.now());
        Reply reply = router.respond(OperatorCommand.parse(command), context, "*MASTER*", (userid, need) -> true);
        return reply.batches().stream().flatMap(batch -> batch.lines().stream()).toList();
    }

    /** The consoles that have an address space now, by name, with their user. */
    public synchronized Map<String, String> activeConsoles() {
        Map<String, String> active = new LinkedHashMap<>();
        consoles.values().stream().filter(console -> console.space != null && console.space.live())
                .forEach(console -> active.put(console.name, console.owner));
        return active;
    }

    private synchronized Console claim(String userid, String consoleName) {
        if (consoles.size() >= FORGET_CONSOLES_ABOVE) {
            // a console whose address space has ended has nothing left to collect: forget it
            consoles.values().removeIf(known -> known.space == null || !known.space.live());
        }
        Console console = consoles.computeIfAbsent(consoleName, Console::new);
        if (console.owner != null && !console.owner.equals(userid) && console.space != null && console.space.live()) {
            // z/OSMF's reason text exactly, trailing blanks included; it does not name the console's user
            throw new ConsoleException(ConsoleException.Kind.CONSOLE_IN_USE, 5, 7, CONSOLE_IN_USE_REASON);
        }
        console.owner = userid;
        return console;
    }

    private Console existing(String userid, String consoleName) {
        Console console = consoles.get(consoleName);
        if (console == null || !userid.equals(console.owner)) {
            throw new ConsoleException(ConsoleException.Kind.ADDRESS_SPACE_GONE, 3, 12,
                    "The TSO/E address space for console " + consoleName + " can not be found");
        }
        return console;
    }

    private void requireLiveAddressSpace(Console console) {
        if (console.space == null || !addressSpaces.touch(console.space)) {
            throw new ConsoleException(ConsoleException.Kind.ADDRESS_SPACE_GONE, 3, 12,
                    "The TSO/E address space for console " + console.name + " can not be found");
        }
    }

    private void ensureAddressSpace(Console console, String userid, String client) throws InterruptedException {
        AddressSpace current;
        synchronized (this) {
            current = console.space;
        }
        if (current != null && addressSpaces.touch(current)) {
            return;
        }
        LogonParameters logon = LogonParameters.console(consoleAccount);
        log.log(String.format("%08X", Thread.currentThread().getId()), "com.ibm.zoszmf.consoles.tsoconnect.Connection",
                "startTso", "INFO", "Prepare to start new TSO/E address space with acct: " + logon.account()
                        + ", proc: " + logon.logonProc() + ", rsize: " + logon.region() + ", apptag: "
                        + SessionKind.CONSOLE.appId());
        if (!tcpip.reachableAs(zosmf.inForce())) {
            timeOutConnecting(console, userid, client);
        }
        synchronized (this) {
            // the first commands on a new console may race here: only one of them starts its address space
            if (console.space != null && addressSpaces.touch(console.space)) {
                return;
            }
            try {
                console.space = addressSpaces.start(userid, SessionKind.CONSOLE, console.name, logon);
            } catch (SessionLimitException e) {
                throw new ConsoleException(ConsoleException.Kind.NO_ADDRESS_SPACE, 2, 20,
                        "Failed to create TSO/E address space for console " + console.name + ": " + e.getMessage());
            }
        }
        messages.write(" IEF125I " + userid + " - LOGGED ON - TIME=" + DisplayTime.TIME.format(
                system.localTime(clock.now())));
    }

    /** The field notes' failure: z/OSMF connects to its own HOSTNAME, which does not reach the TSO address space. */
    private void timeOutConnecting(Console console, String userid, String client) throws InterruptedException {
        log.raw(String.format("[tx%016X:%s@%s (PUT) /zosmf/restconsoles/consoles/%s?null]",
                transactions.incrementAndGet(), userid, client, console.name));
        clock.sleep(TSO_CONNECT_TIMEOUT);
        log.log(String.format("%08X", Thread.currentThread().getId()), "com.ibm.zoszmf.consoles.tsoconnect.Connection",
                "run", "WARNING", "exception when run as server:");
        log.raw("java.net.SocketTimeoutException: Connect timed out");
        log.raw("\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:531)");
        log.raw("\tat com.ibm.zoszmf.consoles.tsoconnect.Connection$3.run(Connection.java:372)");
        throw new ConsoleException(ConsoleException.Kind.TIMEOUT, 2, 21,
                "Timeout when creating TSO address space for console " + console.name);
    }

    /** One EMCS console: its user, its address space, the responses and detections not yet forgotten. */
    private static final class Console {
        final String name;
        String owner;
        AddressSpace space;
        final LinkedHashMap<String, PendingResponse> responses = new LinkedHashMap<>();
        final Map<String, Detection> detections = new LinkedHashMap<>();

        Console(String name) {
            this.name = name;
        }

        void remember(String key, PendingResponse pending) {
            responses.put(key, pending);
            while (responses.size() > KEPT_RESPONSES_PER_CONSOLE) {
                responses.remove(responses.keySet().iterator().next());
            }
            while (detections.size() > KEPT_RESPONSES_PER_CONSOLE) {
                detections.remove(detections.keySet().iterator().next());
            }
        }
    }

    /** A command's messages, arriving over time, and how many of them were handed out. */
    private static final class PendingResponse {
        private final List<Instant> arrivals = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();
        private final KeyMatcher solKey;
        private int collected;

        PendingResponse(Instant issued, Reply reply, KeyMatcher solKey) {
            this.solKey = solKey;
            List<Reply.Batch> batches = new ArrayList<>(reply.batches());
            batches.sort(java.util.Comparator.comparing(Reply.Batch::delay));
            for (Reply.Batch batch : batches) {
                for (String line : batch.lines()) {
                    arrivals.add(issued.plus(batch.delay()));
                    lines.add(line);
                }
            }
        }

        synchronized boolean anyArrived(Instant now) {
            return arrivedCount(now) > 0;
        }

        synchronized boolean solKeySeen(Instant now) {
            return solKey != null && solKey.matchesAny(lines.subList(0, arrivedCount(now)));
        }

        synchronized List<String> collect(Instant now) {
            int arrived = arrivedCount(now);
            List<String> taken = arrived > collected ? List.copyOf(lines.subList(collected, arrived)) : List.of();
            collected = Math.max(collected, arrived);
            return taken;
        }

        private int arrivedCount(Instant now) {
            int count = 0;
            while (count < arrivals.size() && !arrivals.get(count).isAfter(now)) {
                count++;
            }
            return count;
        }
    }

    /** An unsolicited-message detection: a keyword looked for in the system's messages for a while. */
    private record Detection(KeyMatcher key, Instant from, Instant until) {
        DetectionResult result(SystemMessages messages, Instant now) {
            Instant to = now.isBefore(until) ? now : until;
            for (SystemMessages.Message message : messages.between(from, to)) {
                if (key.matches(message.text())) {
                    return new DetectionResult(DetectionStatus.DETECTED, Optional.of(message.text()));
                }
            }
            return new DetectionResult(now.isBefore(until) ? DetectionStatus.WAITING : DetectionStatus.EXPIRED,
                    Optional.empty());
        }
    }
}
