package dev.zosmfsim.bench.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.bench.HttpResponse;
import dev.zosmfsim.bench.HttpsConnection;
import dev.zosmfsim.bench.RequestBytes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;

/**
 * One user's way in for the soak: a keep-alive connection with the user's TLS context (a client certificate for a
 * certificate logon), and the Basic header for a password logon. Reconnects when the server closed the connection.
 */
final class SoakClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String userid;
    private final SSLContext tls;
    private final InetSocketAddress server;
    private final UnaryOperator<RequestBytes> credentials;
    final boolean presentsCertificate;
    private HttpsConnection connection;

    private SoakClient(String userid, SSLContext tls, int port, UnaryOperator<RequestBytes> credentials,
            boolean presentsCertificate) {
        this.userid = userid;
        this.presentsCertificate = presentsCertificate;
        this.tls = tls;
        this.server = new InetSocketAddress("127.0.0.1", port);
        this.credentials = credentials;
    }

    static SoakClient password(String userid, String password, SSLContext tls, int port) {
        return new SoakClient(userid, tls, port, request -> request.basic(userid, password), false);
    }

    static SoakClient certificate(String userid, SSLContext tls, int port) {
        return new SoakClient(userid, tls, port, UnaryOperator.identity(), true);
    }

    /** Sends with this client's credentials. */
    HttpResponse send(RequestBytes request) throws IOException {
        return sendAsIs(credentials.apply(request));
    }

    /** Sends without adding credentials (the request carries its own: a token, a wrong password). */
    HttpResponse sendAsIs(RequestBytes request) throws IOException {
        byte[] bytes = request.bytes(server);
        for (int attempt = 0; ; attempt++) {
            if (connection == null) {
                connection = HttpsConnection.open(tls, server);
            }
            try {
                HttpResponse response = connection.exchange(bytes);
                if ("close".equalsIgnoreCase(response.header("Connection"))) {
                    drop();
                }
                return response;
            } catch (IOException e) {
                drop();
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }

    static JsonNode json(HttpResponse response) throws IOException {
        return JSON.readTree(response.body());
    }

    private void drop() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (IOException e) {
            // closing a broken connection
        }
        connection = null;
    }

    @Override
    public void close() {
        drop();
    }
}
