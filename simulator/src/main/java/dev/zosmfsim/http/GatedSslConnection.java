package dev.zosmfsim.http;

import java.net.InetAddress;
import javax.net.ssl.SSLEngine;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.io.ssl.SslHandshakeListener;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * A TLS connection whose handshake takes turns at the port's {@link HandshakeGate}: until the handshake is complete,
 * each time the client's handshake bytes arrive they are read and answered (the key exchange and the signature, the
 * costly part) only once the client address has a handshake to spare. The place is held only while the server
 * works, never while it waits for the client, so a client that stalls its handshake blocks no one. After the
 * handshake the connection is an ordinary one.
 */
final class GatedSslConnection extends SslConnection {

    private final HandshakeGate gate;
    private final InetAddress client;
    private final Runnable turn = this::takeTurn;
    private volatile boolean handshaken;

    GatedSslConnection(ByteBufferPool buffers, java.util.concurrent.Executor executor, SslContextFactory tls,
            EndPoint endPoint, SSLEngine engine, boolean directEncryption, boolean directDecryption,
            HandshakeGate gate) {
        super(buffers, executor, tls, endPoint, engine, directEncryption, directDecryption);
        this.gate = gate;
        this.client = ConnectionGuard.client(endPoint);
        addHandshakeListener(new SslHandshakeListener() {
            @Override
            public void handshakeSucceeded(Event event) {
                handshaken = true;
            }

            @Override
            public void handshakeFailed(Event event, Throwable failure) {
                handshaken = true; // the connection closes; nothing left to take turns for
            }
        });
    }

    @Override
    public void onFillable() {
        if (handshaken) {
            super.onFillable();
        } else {
            // nothing is read until the turn comes; the bytes wait in the socket
            gate.enter(client, turn);
        }
    }

    /** Reads and answers what the client sent, on this thread (Jetty's TLS layer works inline), then makes way. */
    private void takeTurn() {
        try {
            super.onFillable();
        } finally {
            gate.leave(client);
        }
    }

    @Override
    public void onClose(Throwable cause) {
        try {
            super.onClose(cause);
        } finally {
            // a turn already handed out runs on a closed connection, which reads nothing, and makes way
            gate.withdraw(client, turn);
        }
    }
}
