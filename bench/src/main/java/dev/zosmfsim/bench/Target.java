package dev.zosmfsim.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import javax.net.ssl.SSLContext;

/**
 * Where the load driver sends one kind of request: a server's address, the client TLS context (with or without a
 * client certificate) and the request, plus the status every answer must have.
 */
public record Target(String name, SSLContext tls, InetSocketAddress address, byte[] request, int expectedStatus) {

    public static Target of(String name, SSLContext tls, int port, RequestBytes request) {
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        return new Target(name, tls, address, request.bytes(address), 200);
    }

    /** The same target, each request asking for the connection to be closed afterwards. */
    public Target withRequest(RequestBytes other) {
        return new Target(name, tls, address, other.bytes(address), expectedStatus);
    }

    /** The same target, expecting another status (an error the figure is about). */
    public Target expecting(int status) {
        return new Target(name, tls, address, request, status);
    }

    public HttpsConnection connect() throws IOException {
        return HttpsConnection.open(tls, address);
    }

    /** Sends the request on {@code connection} and fails loudly on a wrong status: a figure of errors is no figure. */
    public HttpResponse send(HttpsConnection connection) throws IOException {
        HttpResponse response = connection.exchange(request);
        if (response.status() != expectedStatus) {
            throw new IllegalStateException(name + ": expected status " + expectedStatus + ", got " + response.status()
                    + ": " + response.text());
        }
        return response;
    }
}
