package dev.zosmfsim.bench.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** What the benchmark reads about the simulator's process (Linux /proc), and how it trusts its CA. */
final class ProcessFacts {

    private static final Pattern READY = Pattern.compile("ready on (https://[^/\\s]+)");

    private ProcessFacts() {
    }

    /** The resident set of a process, in kB (Linux /proc). */
    static long rssKb(long pid) {
        return status(pid, "VmRSS:");
    }

    /** A number from a process's /proc status (Linux), -1 when it cannot be read. */
    static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** How many sockets a process has open (Linux /proc). */
    static int sockets(long pid) {
        try (var fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return (int) fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException gone) {
                    return false;
                }
            }).count();
        } catch (IOException e) {
            return -1;
        }
    }

    static SSLContext trusting(Path caPem) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(caPem)) {
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    /** Waits for the simulator's ready line; its URL. The rest of its output is drained, not kept. */
    static String awaitReady(Process simulator) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(simulator.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (lines.readLine() != null) {
                            // the simulator's output is not part of the figures
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                }, "simulator-output");
                drain.setDaemon(true);
                drain.start();
                return ready.group(1);
            }
        }
        throw new IOException("the simulator ended before it was ready");
    }
}
