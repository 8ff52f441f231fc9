package dev.zosmfsim.console;

import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.cea.AddressSpaces;
import dev.zosmfsim.cea.CeaParameters;
import dev.zosmfsim.cea.LogonParameters;
import dev.zosmfsim.cea.SessionKind;
import dev.zosmfsim.cea.SessionLimitException;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.syslog.SystemLog;
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
import java.util.concurrent.CompletableFuture;
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
    /** What a command routed to a system the sysplex does not have gets (IBM's z/OSMF Ansible collection). */
    static final String INVALID_SYSTEM = " IEE618I ROUTE COMMAND REJECTED, INVALID SYSTEM NAME";
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
    private final SystemLog hardcopy;
    private final CommandRouter router;
    private final CommandAuthorizer authorizer;
    private final String consoleAccount;
    private final CommandRoutes routes;
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
            SystemMessages messages, SystemLog hardcopy, CommandRouter router, CommandAuthorizer authorizer,
            String consoleAccount, CommandRoutes routes) {
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
        this.hardcopy = parts.hardcopy();
        this.router = parts.router();
        this.authorizer = parts.authorizer();
        this.consoleAccount = parts.consoleAccount();
        this.routes = parts.routes();
    }

    /**
     * Issues a command on {@code consoleName} for {@code userid}. {@code client} is the caller's address, as
     * z/OSMF's log shows it.
     */
    public Issued issue(String userid, String consoleName, IssueRequest request, String client)
            throws InterruptedException {
        return SimClock.join(issueAsync(userid, consoleName, request, client));
    }

    /**
     * {@link #issue} without a waiting thread: the future completes when the first solicited message (or the
     * sol-key, or the detection) has arrived on the clock, or its window has passed. What can be refused at once
     * (the console in use, no address space) is thrown, not put in the future.
     */
    public CompletableFuture<Issued> issueAsync(String userid, String consoleName, IssueRequest request,
            String client) {
        Console console = claim(userid, consoleName);
        return ensureAddressSpace(console, userid, client)
                .thenCompose(ready -> issueOn(console, userid, request));
    }

    private CompletableFuture<Issued> issueOn(Console console, String userid, IssueRequest request) {
        KeyMatcher solKey = request.solKey() == null ? null
                : KeyMatcher.of(request.solKey().text(), request.solKey().regex());
        IssueRequest.Watch watch = request.unsolicited();
        KeyMatcher unsolKey = watch == null ? null : KeyMatcher.of(watch.key().text(), watch.key().regex());
        String consoleName = console.name;
        Instant issued = clock.now();
        OperatorCommand command = OperatorCommand.parse(request.command());
        String key = "C" + nextKeyNumber();
        // the echo comes first in the log: what the command itself writes (IEF450I, IZUG401I) follows it
        hardcopy.command(issued, consoleName, request.command(), key);
        // the system field routes the command to that system of the sysplex, which answers from its own model
        Reply reply = request.system() == null
                ? router.respond(command, context(userid, consoleName, issued, authorizer), userid, authorizer)
                : routes.console(request.system()).map(target -> target.answerRouted(command, userid, consoleName,
                        authorizer)).orElseGet(() -> Reply.now(INVALID_SYSTEM));
        logResponse(issued, consoleName, reply, key);
        PendingResponse pending = new PendingResponse(issued, reply, solKey);
        Optional<String> detectionKey = unsolKey == null ? Optional.empty() : Optional.of("D" + nextKeyNumber());
        Detection detection = unsolKey == null ? null
                : new Detection(unsolKey, issued, issued.plus(watch.detectTime()));
        synchronized (this) {
            console.remember(key, pending);
            detectionKey.ifPresent(detectionName -> console.detections.put(detectionName, detection));
        }
        clock.signal();

        CompletableFuture<List<String>> solicited = request.async() ? CompletableFuture.completedFuture(List.of())
                : clock.when(issued.plus(COLLECTION_WINDOW),
                        () -> solKey != null ? pending.solKeySeen(clock.now()) : pending.anyArrived(clock.now()))
                        .thenApply(arrived -> pending.collect(clock.now()));
        return solicited.thenCompose(lines -> {
            if (detection == null || !watch.sync()) {
                return CompletableFuture.completedFuture(Optional.<DetectionResult>empty());
            }
            return clock.when(issued.plus(watch.syncTimeout()),
                    () -> detection.result(messages, clock.now()).status() == DetectionStatus.DETECTED)
                    .thenApply(found -> {
                        DetectionResult result = detection.result(messages, clock.now());
                        return Optional.of(result.status() == DetectionStatus.WAITING
                                ? new DetectionResult(DetectionStatus.TIMEOUT, Optional.empty())
                                : result);
                    });
        }).thenApply(detected -> new Issued(consoleName, key, solicited.join(), solKey == null
                ? Optional.empty() : Optional.of(pending.solKeySeen(clock.now())), detectionKey, detected));
    }

    /** Each batch of a reply goes to the hardcopy log at the time it arrives, tied to its command by the CART. */
    private void logResponse(Instant issued, String consoleName, Reply reply, String cart) {
        for (Reply.Batch batch : reply.batches()) {
            hardcopy.response(issued.plus(batch.delay()), consoleName, batch.lines(), cart);
        }
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

    private CommandContext context(String userid, String consoleName, Instant now, CommandAuthorizer issuer) {
        return new CommandContext(userid, consoleName, now, system, iplTime, addressSpaces, addressSpaces, ceaMembers,
                zosmf, messages, issuer);
    }

    /**
     * A command that another system of the sysplex routed here (RO, or the console service's {@code system}
     * field): answered from this system's model, with the issuer's authority checked here as well.
     */
    public Reply answerRouted(OperatorCommand command, String userid, String consoleName, CommandAuthorizer issuer) {
        return router.respond(command, context(userid, consoleName, clock.now(), issuer), userid, issuer);
    }

    /**
     * A command from the system's master console, as the admin API issues it: MASTER authority, no EMCS console and
     * no address space; every line of the reply is returned at once.
     */
    public List<String> operatorCommand(String command) {
        Instant issued = clock.now();
        CommandAuthorizer master = (userid, need) -> true;
        CommandContext context = context("*MASTER*", "MASTER", issued, master);
        hardcopy.command(issued, "MASTER", command, null);
        Reply reply = router.respond(OperatorCommand.parse(command), context, "*MASTER*", master);
        logResponse(issued, "MASTER", reply, null);
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

    /** Completes when the console has a live address space; one that cannot be reached fails after a while. */
    private CompletableFuture<Void> ensureAddressSpace(Console console, String userid, String client) {
        AddressSpace current;
        synchronized (this) {
            current = console.space;
        }
        if (current != null && addressSpaces.touch(current)) {
            return CompletableFuture.completedFuture(null);
        }
        LogonParameters logon = LogonParameters.console(consoleAccount);
        log.log(String.format("%08X", Thread.currentThread().getId()), "com.ibm.zoszmf.consoles.tsoconnect.Connection",
                "startTso", "INFO", "Prepare to start new TSO/E address space with acct: " + logon.account()
                        + ", proc: " + logon.logonProc() + ", rsize: " + logon.region() + ", apptag: "
                        + SessionKind.CONSOLE.appId());
        if (!tcpip.reachableAs(zosmf.inForce())) {
            return timeOutConnecting(console, userid, client);
        }
        synchronized (this) {
            // the first commands on a new console may race here: only one of them starts its address space
            if (console.space != null && addressSpaces.touch(console.space)) {
                return CompletableFuture.completedFuture(null);
            }
            try {
                console.space = addressSpaces.start(userid, SessionKind.CONSOLE, console.name, logon);
            } catch (SessionLimitException e) {
                throw new ConsoleException(ConsoleException.Kind.NO_ADDRESS_SPACE, 2, 20,
                        "Failed to create TSO/E address space for console " + console.name + ": " + e.getMessage());
            }
        }
        messages.write(userid, " IEF125I " + userid + " - LOGGED ON - TIME=" + DisplayTime.TIME.format(
                system.localTime(clock.now())));
        return CompletableFuture.completedFuture(null);
    }

    /** The field notes' failure: z/OSMF connects to its own HOSTNAME, which does not reach the TSO address space. */
    private CompletableFuture<Void> timeOutConnecting(Console console, String userid, String client) {
        log.raw(String.format("[tx%016X:%s@%s (PUT) /zosmf/restconsoles/consoles/%s?null]",
                transactions.incrementAndGet(), userid, client, console.name));
        return clock.after(TSO_CONNECT_TIMEOUT).thenApply(passed -> {
            throw connectTimedOut(console);
        });
    }

    private ConsoleException connectTimedOut(Console console) {
        log.log(String.format("%08X", Thread.currentThread().getId()), "com.ibm.zoszmf.consoles.tsoconnect.Connection",
                "run", "WARNING", "exception when run as server:");
        log.raw("java.net.SocketTimeoutException: Connect timed out");
        log.raw("\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:531)");
        log.raw("\tat com.ibm.zoszmf.consoles.tsoconnect.Connection$3.run(Connection.java:372)");
        return new ConsoleException(ConsoleException.Kind.TIMEOUT, 2, 21,
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
}
