package dev.zosmfsim.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One keep-alive HTTP/1.1 connection over TLS, with blocking I/O and no more work per request than writing the
 * request's bytes and reading the response. The load driver uses it instead of {@code java.net.http.HttpClient},
 * whose per-request cost would take a large share of the two cores the server runs on.
 */
public final class HttpsConnection implements Closeable {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int READ_TIMEOUT_MILLIS = 60_000;

    private final SSLSocket socket;
    private final OutputStream out;
    private final InputStream in;

    private HttpsConnection(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        this.in = new BufferedInputStream(socket.getInputStream(), 16384);
    }

    /** Connects and completes the TLS handshake (presenting a client certificate if the context holds one). */
    public static HttpsConnection open(SSLContext context, InetSocketAddress address) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        try {
            socket.connect(address, CONNECT_TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            socket.startHandshake();
            return new HttpsConnection(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends one request and reads its whole response. */
    public HttpResponse exchange(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        return HttpResponse.read(in);
    }

    /**
     * Closes the connection and invalidates its TLS session, so that the client's next connection cannot resume it
     * and makes a full handshake.
     */
    public void closeAndForgetSession() throws IOException {
        socket.getSession().invalidate();
        close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** Reads one CRLF-terminated line (ISO-8859-1); null at the end of the stream before any byte. */
    static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.length() == 0) {
                    return null;
                }
                throw new EOFException("the connection ended inside a line");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) b);
        }
    }
}
