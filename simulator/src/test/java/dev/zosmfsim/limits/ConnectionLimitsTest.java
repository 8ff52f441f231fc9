package dev.zosmfsim.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/**
 * The port's limits over real loopback connections: a client over its connection limit is refused while another
 * client is served; a header trickled a line at a time and a body trickled a byte at a time are cut off (small
 * configured limits; the waits are bounded socket reads, never sleeps); handshakes from one address take turns, and
 * one that stalls holds up no other.
 */
class ConnectionLimitsTest {

    private static final String INFO = "GET /zosmf/info HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @Test
    void aClientOverItsConnectionLimitIsRefusedWhileAnotherClientIsServed() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder()
                .limits(limits -> limits.withMaxConnectionsPerClient(3)).start()) {
            List<SSLSocket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    SSLSocket socket = connect(simulator, "127.0.0.2");
                    socket.startHandshake();
                    held.add(socket);
                }
                assertTrue(refused(connect(simulator, "127.0.0.2")), "a fourth connection from 127.0.0.2");
                try (SSLSocket other = connect(simulator, "127.0.0.3")) {
                    assertTrue(answer(other, INFO).startsWith("HTTP/1.1 200"), "127.0.0.3 is another client");
                }
                // the held connections are served too: the limit counts connections, it does not end them
                assertTrue(answer(held.get(0), INFO).startsWith("HTTP/1.1 200"));
            } finally {
                for (SSLSocket socket : held) {
                    socket.close();
                }
            }
            // once they are closed, the client may connect again, and again: refusals are not counted against it
            for (int i = 0; i < 5; i++) {
                assertTrue(eventuallyServed(simulator, "127.0.0.2"), "127.0.0.2 is served again after closing");
            }
        }
    }

    @Test
    void aHeaderTrickledALineAtATimeIsCutOffAtTheHeaderTimeout() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder()
                .limits(limits -> limits.withHeaderTimeout(Duration.ofSeconds(1))).start();
                SSLSocket socket = connect(simulator, "127.0.0.1")) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /zosmf/info HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // a header line every 100 ms: never idle, never complete; the header timeout must end it
            assertTrue(cutOffWhileSending(socket, n -> ("X-Line-" + n + ": x\r\n").getBytes(StandardCharsets.US_ASCII)),
                    "the connection stayed open for 30 s of header lines");
        }
    }

    @Test
    void aBodyTrickledAByteAtATimeIsCutOffByTheMinimumBodyRate() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder()
                .limits(limits -> limits.withMinBodyRate(1_000)).start();
                SSLSocket socket = connect(simulator, "127.0.0.1")) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /zosmf/services/authenticate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                    + "\r\nContent-Length: 1000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertTrue(cutOffWhileSending(socket, n -> new byte[] {' '}), "a body at 10 bytes/s went on for 30 s");
        }
    }

    @Test
    void aBodyTrickledInWithinASecondIsReadWholeBeforeTheRoute() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().start();
                SSLSocket socket = connect(simulator, "127.0.0.1")) {
            String body = "{\"oldPwd\":\"x\"}";
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /zosmf/services/authenticate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                    + "\r\nX-CSRF-ZOSMF-HEADER: true\r\nContent-Length: " + body.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(50);
            byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < bytes.length - 1; i++) {
                out.write(bytes[i]);
                out.flush();
                assertEquals(-2, readOrTimeout(socket.getInputStream()), "nothing is answered before the body is whole");
            }
            out.write(bytes[bytes.length - 1]);
            out.flush();
            socket.setSoTimeout(10_000);
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 4"), "the whole body reached the route: " + answer);
        }
    }

    @Test
    void aStalledHandshakeBlocksNoOtherHandshakeFromItsAddress() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder()
                .limits(limits -> limits.withMaxHandshakesPerClient(1)).start();
                Socket stalled = plain(simulator, "127.0.0.2")) {
            byte[] hello = clientHello(simulator);
            // half a ClientHello, then nothing: the server has read it and waits for the rest
            stalled.getOutputStream().write(hello, 0, hello.length / 2);
            stalled.getOutputStream().flush();
            try (SSLSocket other = connect(simulator, "127.0.0.2")) {
                assertTrue(answer(other, INFO).startsWith("HTTP/1.1 200"), "a handshake from the same address");
            }
        }
    }

    @Test
    void handshakesFromOneAddressTakeTurnsAndAllComplete() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder()
                .limits(limits -> limits.withMaxHandshakesPerClient(1)).start()) {
            // ClientHellos whose clients are gone before their turn: their places must not be lost
            byte[] hello = clientHello(simulator);
            for (int i = 0; i < 30; i++) {
                try (Socket gone = plain(simulator, "127.0.0.2")) {
                    gone.getOutputStream().write(hello);
                    gone.getOutputStream().flush();
                }
            }
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(20);
            try {
                List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    answers.add(clients.submit(() -> {
                        try (SSLSocket socket = connect(simulator, "127.0.0.2")) {
                            return answer(socket, INFO);
                        }
                    }));
                }
                for (java.util.concurrent.Future<String> answer : answers) {
                    assertTrue(answer.get(20, java.util.concurrent.TimeUnit.SECONDS).startsWith("HTTP/1.1 200"));
                }
            } finally {
                clients.shutdownNow();
            }
        }
    }

    /** The first flight of a TLS client of the simulator: its ClientHello record. */
    private static byte[] clientHello(ZosmfSimulator simulator) throws IOException {
        javax.net.ssl.SSLEngine engine = simulator.sslContext().createSSLEngine("localhost", simulator.port());
        engine.setUseClientMode(true);
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(java.nio.ByteBuffer.allocate(0), out);
        out.flip();
        byte[] bytes = new byte[out.remaining()];
        out.get(bytes);
        return bytes;
    }

    /** A plain TCP connection from {@code from} to the simulator's port. */
    private static Socket plain(ZosmfSimulator simulator, String from) throws IOException {
        Socket plain = new Socket();
        plain.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        plain.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), simulator.port()), 10_000);
        return plain;
    }

    /**
     * Sends a piece every 100 ms (the waits are reads with a timeout) until the server closes the connection: true
     * if it did within 30 s.
     */
    private static boolean cutOffWhileSending(SSLSocket socket, java.util.function.IntFunction<byte[]> piece)
            throws IOException {
        socket.setSoTimeout(100);
        InputStream in = socket.getInputStream();
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (int n = 0; System.nanoTime() < end; n++) {
            try {
                socket.getOutputStream().write(piece.apply(n));
                socket.getOutputStream().flush();
            } catch (IOException closed) {
                return true;
            }
            int read = readOrTimeout(in);
            if (read == -1) {
                return true;
            }
            assertFalse(read >= 0, "the server answered a request it never got whole");
        }
        return false;
    }

    /** The next byte, -1 at the end of the stream (or a reset), -2 when nothing came within the socket's timeout. */
    private static int readOrTimeout(InputStream in) {
        try {
            return in.read();
        } catch (SocketTimeoutException e) {
            return -2;
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean refused(SSLSocket socket) {
        try (socket) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            return readOrTimeout(socket.getInputStream()) == -1;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean eventuallyServed(ZosmfSimulator simulator, String from) throws IOException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            try (SSLSocket socket = connect(simulator, from)) {
                if (answer(socket, INFO).startsWith("HTTP/1.1 200")) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server may not have seen the earlier connections close yet
            }
        }
        return false;
    }

    private static String answer(SSLSocket socket, String request) throws IOException {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
    }

    /** A TLS socket from {@code from} (any 127.x address is this machine) to the simulator. */
    private static SSLSocket connect(ZosmfSimulator simulator, String from) throws IOException {
        return (SSLSocket) simulator.sslContext().getSocketFactory().createSocket(plain(simulator, from), "localhost",
                simulator.port(), true);
    }
}
