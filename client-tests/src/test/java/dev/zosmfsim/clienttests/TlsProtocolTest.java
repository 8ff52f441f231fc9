package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.tls.KeyAlgorithm;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The port speaks TLS 1.2 and 1.3 only, with forward-secret key exchange and authenticated encryption only, for EC
 * and RSA server keys alike. (CurlTest shows curl failing to speak TLS 1.1; here the server's own answer to a TLS
 * 1.0 or 1.1 ClientHello is read byte by byte, whatever the client's own library would allow.)
 */
class TlsProtocolTest {

    /** TLS 1.3's suites, and TLS 1.2's ECDHE with AES-GCM or ChaCha20-Poly1305: AEAD and forward secrecy. */
    private static final Pattern STRONG = Pattern.compile(
            "TLS_AES_(128|256)_GCM_SHA(256|384)|TLS_CHACHA20_POLY1305_SHA256"
                    + "|TLS_ECDHE_(ECDSA|RSA)_WITH_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305_SHA256)");

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void tls12And13AreSpoken(String protocol) throws Exception {
        try (ZosmfSimulator simulator = simulator(KeyAlgorithm.EC_P256);
                SSLSocket socket = socket(simulator)) {
            socket.setEnabledProtocols(new String[] {protocol});
            socket.startHandshake();
            assertEquals(protocol, socket.getSession().getProtocol());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0x0301, 0x0302})
    void tls10And11ClientHellosGetNoServerHello(int version) throws Exception {
        try (ZosmfSimulator simulator = simulator(KeyAlgorithm.EC_P256);
                Socket socket = new Socket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(clientHello(version));
            socket.getOutputStream().flush();
            byte[] reply = readRecordHeader(socket);
            if (reply.length == 0) {
                return; // the server closed the connection without a word: refused
            }
            assertNotEquals(0x16, reply[0] & 0xFF, "the server answered a TLS " + Integer.toHexString(version)
                    + " ClientHello with a handshake: " + Arrays.toString(reply));
            assertEquals(0x15, reply[0] & 0xFF, "an alert: " + Arrays.toString(reply));
            int description = reply[6] & 0xFF;
            assertTrue(description == 70 || description == 40, "protocol_version or handshake_failure: "
                    + description);
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class)
    void onlyForwardSecretAeadSuitesAreNegotiated(KeyAlgorithm keyAlgorithm) throws Exception {
        List<String> accepted = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        try (ZosmfSimulator simulator = simulator(keyAlgorithm)) {
            try (SSLSocket probe = socket(simulator)) {
                tried.addAll(Arrays.asList(probe.getSupportedCipherSuites()));
            }
            tried.removeIf(suite -> suite.endsWith("_SCSV"));
            for (String suite : tried) {
                try (SSLSocket socket = socket(simulator)) {
                    socket.setEnabledProtocols(new String[] {suite.startsWith("TLS_AES") || suite.startsWith(
                            "TLS_CHACHA20") ? "TLSv1.3" : "TLSv1.2"});
                    socket.setEnabledCipherSuites(new String[] {suite});
                    socket.startHandshake();
                    accepted.add(socket.getSession().getCipherSuite());
                } catch (IOException | IllegalArgumentException refused) {
                    // the server (or the client's own policy) will not use this suite
                }
            }
        }
        assertFalse(accepted.isEmpty(), "no suite at all out of " + tried);
        assertTrue(accepted.stream().anyMatch(suite -> suite.startsWith("TLS_ECDHE_")), "no TLS 1.2 suite: " + accepted);
        List<String> weak = accepted.stream().filter(suite -> !STRONG.matcher(suite).matches()).toList();
        assertEquals(List.of(), weak, "weak suites negotiated with a " + keyAlgorithm + " server key");
    }

    private static ZosmfSimulator simulator(KeyAlgorithm keyAlgorithm) {
        return ZosmfSimulator.builder().scenario("default").clock(SimClock.manual()).keyAlgorithm(keyAlgorithm).start();
    }

    private static SSLSocket socket(ZosmfSimulator simulator) throws IOException {
        SSLSocket socket = (SSLSocket) simulator.sslContext().getSocketFactory().createSocket("127.0.0.1",
                simulator.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** The first TLS record header and two bytes more (an alert's level and description), or none if closed. */
    private static byte[] readRecordHeader(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] head = new byte[7];
        try {
            in.readFully(head);
        } catch (EOFException | SocketTimeoutException closed) {
            return new byte[0];
        } catch (IOException reset) {
            return new byte[0];
        }
        return head;
    }

    /** A ClientHello of {@code version} (0x0301 TLS 1.0, 0x0302 TLS 1.1) offering the suites those versions had. */
    private static byte[] clientHello(int version) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(version >> 8);
        body.write(version);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        body.writeBytes(random);
        body.write(0); // no session id
        int[] suites = {0xC009, 0xC00A, 0xC013, 0xC014, 0x002F, 0x0035};
        writeShort(body, suites.length * 2);
        for (int suite : suites) {
            writeShort(body, suite);
        }
        body.write(1); // compression: null only
        body.write(0);
        ByteArrayOutputStream extensions = new ByteArrayOutputStream();
        writeShort(extensions, 0x000A); // supported_groups: secp256r1
        writeShort(extensions, 4);
        writeShort(extensions, 2);
        writeShort(extensions, 0x0017);
        writeShort(extensions, 0x000B); // ec_point_formats: uncompressed
        writeShort(extensions, 2);
        extensions.write(1);
        extensions.write(0);
        writeShort(body, extensions.size());
        body.writeBytes(extensions.toByteArray());

        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        handshake.write(1); // ClientHello
        handshake.write(body.size() >> 16);
        writeShort(handshake, body.size());
        handshake.writeBytes(body.toByteArray());

        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(0x16);
        writeShort(record, 0x0301);
        writeShort(record, handshake.size());
        record.writeBytes(handshake.toByteArray());
        return record.toByteArray();
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value >> 8);
        out.write(value);
    }
}
