package dev.zosmfsim.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * How {@link RawHttp} reads a response off the wire: chunk sizes count bytes, so a body whose chunks cut through a
 * character that UTF-8 writes in several bytes still comes out as the text that was sent.
 */
class RawHttpTest {

    private static final String TEXT = "{\"message\":\"IZUG8xx ÄÖÜ€ quoted\"}";

    @Test
    void aChunkedBodyWithChunksCuttingThroughCharactersComesOutWhole() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        int euro = TEXT.indexOf('€');
        int cut = TEXT.substring(0, euro).getBytes(StandardCharsets.UTF_8).length + 1; // inside the 3 bytes of '€'
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked"
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        int[] cuts = {0, TEXT.indexOf('Ä') + 1, cut, body.length}; // the second cut splits 'Ä' too
        for (int i = 1; i < cuts.length; i++) {
            wire.writeBytes((Integer.toHexString(cuts[i] - cuts[i - 1]) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            wire.write(body, cuts[i - 1], cuts[i] - cuts[i - 1]);
            wire.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        wire.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        RawHttp.Response response = readFromLoopback(wire.toByteArray());

        assertEquals(400, response.status());
        assertEquals(TEXT, response.body());
        assertEquals("IZUG8xx ÄÖÜ€ quoted", response.json().get("message").asText());
        assertFalse(response.timedOut());
    }

    @Test
    void aBodyOfKnownLengthWithNonAsciiComesOutWhole() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        wire.writeBytes(body);

        RawHttp.Response response = readFromLoopback(wire.toByteArray());

        assertEquals(200, response.status());
        assertEquals(TEXT, response.body());
        assertEquals(String.valueOf(body.length), response.header("content-length"));
    }

    /** Serves {@code bytes} once from a loopback port, then closes; reads them with {@link RawHttp}. */
    private static RawHttp.Response readFromLoopback(byte[] bytes) throws Exception {
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.setSoTimeout(RawHttp.READ_TIMEOUT_MILLIS);
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (Socket accepted = server.accept()) {
                    OutputStream out = accepted.getOutputStream();
                    out.write(bytes);
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                socket.setSoTimeout(RawHttp.READ_TIMEOUT_MILLIS);
                RawHttp.Response response = RawHttp.read(socket.getInputStream());
                served.get(RawHttp.READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                return response;
            }
        }
    }
}
