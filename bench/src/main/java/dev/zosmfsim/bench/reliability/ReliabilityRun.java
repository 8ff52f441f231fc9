package dev.zosmfsim.bench.reliability;

import dev.zosmfsim.bench.HttpResponse;
import dev.zosmfsim.bench.Samples;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The reliability benchmark (issue 20): the simulator in its own process (the command given), attacked on loopback by
 * slow clients (bodies trickled to /zosmf/services/authenticate a byte every 20 s, headers a line every 20 s) from
 * 127.0.0.2 and by TSO receive long polls of a logged-on user from 127.0.0.3, while a well-behaved client on
 * 127.0.0.1 issues D T on a console and measures its own latency. Prints a Markdown section: the load held beside
 * the targets (D T p99 under 100 ms, no failures; RSS back within 20 % of its start after the attack).
 *
 * <p>usage: {@code reliability ATTACKERS POLLERS ATTACK_SECONDS -- COMMAND...} (the command starts the simulator;
 * this adds {@code --port 0 --out DIR}).
 */
public final class ReliabilityRun {

    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            "IBMUSER:SYS1".getBytes(StandardCharsets.US_ASCII));

    private final AtomicBoolean attacking = new AtomicBoolean(true);
    private final AtomicInteger attackersOpen = new AtomicInteger();
    private final AtomicLong attackerConnects = new AtomicLong();
    private final AtomicLong attackersCutOff = new AtomicLong();
    private final AtomicLong attackersRefused = new AtomicLong();
    private final AtomicInteger pollsWaiting = new AtomicInteger();
    /** Every socket the attack has open, closed at its end (a blocked read does not notice an interrupt). */
    private final java.util.Set<Socket> open = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicLong pollsAnswered = new AtomicLong();
    private final AtomicLong pollErrors = new AtomicLong();
    private SSLContext tls;
    private InetSocketAddress server;
    private String servletKey;

    public static void main(String[] args) throws Exception {
        int attackers = Integer.parseInt(args[0]);
        int pollers = Integer.parseInt(args[1]);
        int attackSeconds = Integer.parseInt(args[2]);
        List<String> command = new ArrayList<>(List.of(args).subList(4, args.length));
        new ReliabilityRun().run(attackers, pollers, attackSeconds, command);
    }

    private void run(int attackers, int pollers, int attackSeconds, List<String> command) throws Exception {
        Path out = Files.createTempDirectory("zosmf-sim-reliability");
        command.addAll(List.of("--port", "0", "--out", out.resolve("out").toString()));
        Process simulator = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            simulatorPid = simulator.pid();
            String url = ProcessFacts.awaitReady(simulator);
            java.net.URI uri = java.net.URI.create(url);
            server = new InetSocketAddress(InetAddress.getByName(uri.getHost()), uri.getPort());
            tls = ProcessFacts.trusting(out.resolve("out/ca.pem"));
            long pid = simulator.pid();
            Client client = new Client();
            client.measure(300, null);
            long rssStart = ProcessFacts.rssKb(pid);
            diagnose(pid);
            servletKey = startTso();

            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < attackers; i++) {
                boolean body = i % 2 == 0;
                threads.add(start("attacker-" + i, () -> attack(body)));
            }
            for (int i = 0; i < pollers; i++) {
                threads.add(start("poller-" + i, this::poll));
            }
            // the load builds up while the well-behaved client measures: its figures count from the start
            long attackEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(attackSeconds);
            Client.Figures during = client.measureUntil(attackEnd, this::sample);
            long rssPeak = ProcessFacts.rssKb(pid);
            attacking.set(false);
            for (Thread thread : threads) {
                thread.interrupt();
            }
            for (Socket socket : open) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closed already
                }
            }
            for (Thread thread : threads) {
                thread.join(20_000);
            }
            // the simulator's memory once the attack is over: idle connections gone, a little time to settle
            long settleEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
            Client.Figures after = client.measureUntil(settleEnd, null);
            long rssAfter = ProcessFacts.rssKb(pid);
            threadsAfter = ProcessFacts.status(pid, "Threads:");
            report(attackers, pollers, attackSeconds, during, after, rssStart, rssPeak, rssAfter, pid);
            diagnose(pid);
        } finally {
            simulator.destroy();
            if (!simulator.waitFor(20, TimeUnit.SECONDS)) {
                simulator.destroyForcibly();
            }
        }
    }

    /** With BENCH_DIAG set: the simulator's heap, its native memory (with NMT on) and its heap's classes, now. */
    private static void diagnose(long pid) throws IOException, InterruptedException {
        if (System.getenv("BENCH_DIAG") != null) {
            for (String what : List.of("GC.heap_info", "VM.native_memory", "GC.class_histogram")) {
                new ProcessBuilder("jcmd", Long.toString(pid), what).inheritIO().start().waitFor();
            }
        }
    }

    private final List<String> samples = new ArrayList<>();
    private int maxAttackersOpen;
    private int maxPollsWaiting;
    private int maxServerSockets;
    private long maxServerThreads;
    private long lastSample;
    private long threadsAfter;

    private void sample(long pid) {
        long now = System.nanoTime();
        if (now - lastSample < TimeUnit.SECONDS.toNanos(1)) {
            return;
        }
        lastSample = now;
        maxAttackersOpen = Math.max(maxAttackersOpen, attackersOpen.get());
        maxPollsWaiting = Math.max(maxPollsWaiting, pollsWaiting.get());
        maxServerSockets = Math.max(maxServerSockets, ProcessFacts.sockets(pid));
        maxServerThreads = Math.max(maxServerThreads, ProcessFacts.status(pid, "Threads:"));
    }

    private void report(int attackers, int pollers, int seconds, Client.Figures during, Client.Figures after,
            long rssStart, long rssPeak, long rssAfter, long pid) {
        double back = 100.0 * (rssAfter - rssStart) / rssStart;
        System.out.println("- attack: " + attackers + " slow attackers from 127.0.0.2 (half trickle a PUT body to"
                + " /zosmf/services/authenticate a byte every 20 s, half a header line every 20 s; each reconnects"
                + " 5 s after it is cut off) and " + pollers + " TSO receive long polls of IBMUSER on one session from 127.0.0.3,"
                + " for " + seconds + " s; the well-behaved client (127.0.0.1, one kept connection) issues D T on"
                + " console BENCHCN one after another meanwhile");
        System.out.println("- load held (most at once, sampled each second): " + maxAttackersOpen
                + " attacker connections open, " + maxPollsWaiting + " long polls waiting, " + maxServerSockets
                + " sockets open in the simulator process, " + maxServerThreads + " threads in it (" + threadsAfter
                + " after the attack)");
        System.out.println("- attackers: " + attackerConnects.get() + " connections made, " + attackersCutOff.get()
                + " cut off by the server (header timeout, minimum body rate), " + attackersRefused.get()
                + " refused at connect or handshake; long polls answered: " + pollsAnswered.get() + " (errors "
                + pollErrors.get() + ")");
        System.out.println();
        System.out.println("| figure | measured | target | met |");
        System.out.println("| --- | --- | --- | --- |");
        System.out.printf(Locale.ROOT, "| D T during the attack: requests, p50, p99, max | %d, %.1f ms, %.1f ms, %.1f ms"
                + " | p99 < 100 ms | %s |%n", during.count(), during.p50(), during.p99(), during.max(),
                during.p99() < 100 ? "yes" : "no");
        System.out.printf(Locale.ROOT, "| D T failures during the attack | %d | 0 | %s |%n", during.failures(),
                during.failures() == 0 ? "yes" : "no");
        System.out.printf(Locale.ROOT, "| D T after the attack: requests, p50, p99, failures | %d, %.1f ms, %.1f ms,"
                + " %d | - | - |%n", after.count(), after.p50(), after.p99(), after.failures());
        System.out.printf(Locale.ROOT, "| RSS of the simulator: start, peak, 25 s after the attack | %d MB, %d MB, %d MB"
                + " (%+.0f %%) | within 20 %% of the start | %s |%n", rssStart / 1024, rssPeak / 1024,
                rssAfter / 1024, back, Math.abs(back) <= 20 ? "yes" : "no");
    }

    /** One slow attacker: connects, trickles, and connects again whenever the server cuts it off. */
    private void attack(boolean body) {
        while (attacking.get()) {
            try (SSLSocket socket = connect("127.0.0.2")) {
                attackerConnects.incrementAndGet();
                try {
                    socket.startHandshake();
                } catch (IOException refused) {
                    attackersRefused.incrementAndGet();
                    pause(RECONNECT_MILLIS);
                    continue;
                }
                attackersOpen.incrementAndGet();
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write((body ? "PUT /zosmf/services/authenticate HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
                            : "GET /zosmf/info HTTP/1.1\r\nHost: localhost\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    socket.setSoTimeout(20_000);
                    InputStream in = socket.getInputStream();
                    for (int n = 0; attacking.get(); n++) {
                        try {
                            if (in.read() < 0) {
                                attackersCutOff.incrementAndGet();
                                break;
                            }
                        } catch (SocketTimeoutException quiet) {
                            out.write(body ? "{".getBytes(StandardCharsets.US_ASCII)
                                    : ("X-Slow-" + n + ": x\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                        }
                    }
                } finally {
                    attackersOpen.decrementAndGet();
                }
            } catch (IOException cut) {
                if (attacking.get()) {
                    attackersCutOff.incrementAndGet();
                }
            }
            // a slow attacker is slow to come back too; reconnecting at once would be a handshake flood instead
            pause(RECONNECT_MILLIS);
        }
    }

    /** How long a cut-off attacker waits before it connects again. */
    private static final long RECONNECT_MILLIS = 5_000;

    /** One long poller: TSO receives on the session, one after another on a kept connection. */
    private void poll() {
        byte[] request = ("GET /zosmf/tsoApp/tso/" + servletKey + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + AUTH + "\r\nX-CSRF-ZOSMF-HEADER: true\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        while (attacking.get()) {
            try (SSLSocket socket = connect("127.0.0.3")) {
                socket.setSoTimeout(60_000);
                OutputStream out = new BufferedOutputStream(socket.getOutputStream());
                InputStream in = new BufferedInputStream(socket.getInputStream());
                while (attacking.get()) {
                    out.write(request);
                    out.flush();
                    pollsWaiting.incrementAndGet();
                    try {
                        HttpResponse answer = readResponse(in);
                        if (answer.status() == 200) {
                            pollsAnswered.incrementAndGet();
                        } else {
                            pollErrors.incrementAndGet();
                        }
                    } finally {
                        pollsWaiting.decrementAndGet();
                    }
                }
            } catch (IOException e) {
                if (attacking.get()) {
                    pollErrors.incrementAndGet();
                    pause(200);
                }
            }
        }
    }

    private static HttpResponse readResponse(InputStream in) throws IOException {
        return HttpResponse.read(in);
    }

    /** The well-behaved client: D T on one console over one kept connection, each request timed. */
    private final class Client {
        private final byte[] request;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        record Figures(int count, double p50, double p99, double max, int failures) {
        }

        Client() {
            String body = "{\"cmd\":\"D T\"}";
            request = ("PUT /zosmf/restconsoles/consoles/BENCHCN HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + AUTH + "\r\nX-CSRF-ZOSMF-HEADER: true\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
        }

        Figures measure(int count, java.util.function.LongConsumer between) {
            return run(() -> false, count, between);
        }

        Figures measureUntil(long endNanos, java.util.function.LongConsumer between) {
            return run(() -> System.nanoTime() >= endNanos, Integer.MAX_VALUE, between);
        }

        private Figures run(java.util.function.BooleanSupplier over, int count, java.util.function.LongConsumer between) {
            List<Long> nanos = new ArrayList<>();
            int failures = 0;
            for (int i = 0; i < count && !over.getAsBoolean(); i++) {
                long start = System.nanoTime();
                try {
                    if (socket == null) {
                        SSLSocket fresh = connect("127.0.0.1");
                        fresh.setSoTimeout(10_000);
                        socket = fresh;
                        out = new BufferedOutputStream(fresh.getOutputStream());
                        in = new BufferedInputStream(fresh.getInputStream());
                    }
                    out.write(request);
                    out.flush();
                    HttpResponse answer = readResponse(in);
                    if (answer.status() != 200 || !answer.text().contains("IEE136I")) {
                        failures++;
                    }
                } catch (IOException e) {
                    failures++;
                    closeQuietly();
                }
                nanos.add(System.nanoTime() - start);
                if (between != null) {
                    between.accept(simulatorPid);
                }
                // about 50 commands a second: a steady client, not a load generator
                pause(20);
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Figures(sorted.length, Samples.percentile(sorted, 50) / 1e6, Samples.percentile(sorted, 99) / 1e6,
                    sorted[sorted.length - 1] / 1e6, failures);
        }

        private void closeQuietly() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // already gone
            }
            socket = null;
        }
    }

    private long simulatorPid;

    private String startTso() throws IOException {
        try (SSLSocket socket = connect("127.0.0.1")) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23 HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + AUTH + "\r\nX-CSRF-ZOSMF-HEADER: true\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            HttpResponse answer = readResponse(new BufferedInputStream(socket.getInputStream()));
            Matcher key = Pattern.compile("\"servletKey\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.text());
            if (!key.find()) {
                throw new IOException("no TSO session: " + answer.status() + " " + answer.text());
            }
            return key.group(1);
        }
    }

    private SSLSocket connect(String from) throws IOException {
        Socket plain = new Socket();
        if (!from.equals("127.0.0.1")) {
            open.add(plain);
        }
        try {
            plain.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            plain.connect(server, 10_000);
            plain.setTcpNoDelay(true);
            return (SSLSocket) tls.getSocketFactory().createSocket(plain, "localhost", server.getPort(), true);
        } catch (IOException e) {
            plain.close();
            throw e;
        }
    }


    private static Thread start(String name, Runnable body) {
        Thread thread = new Thread(null, body, name, 256 * 1024);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
