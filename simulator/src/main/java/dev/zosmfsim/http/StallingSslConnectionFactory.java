package dev.zosmfsim.http;

import dev.zosmfsim.system.SimulatedSystem;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import org.eclipse.jetty.io.AbstractConnection;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The TLS layer of the port, which asks the fault rules about every new connection: when a stallHandshake rule fires,
 * the connection is accepted but never read from, so the client's handshake waits until its own timeout fires (or
 * the port's idle timeout closes the connection). Every other connection's handshake waits for its turn at the
 * port's {@link HandshakeGate}.
 */
final class StallingSslConnectionFactory extends SslConnectionFactory {

    private final Supplier<SimulatedSystem> systems;

    private final HandshakeGate gate;

    StallingSslConnectionFactory(SslContextFactory.Server tls, String nextProtocol, Supplier<SimulatedSystem> systems,
            HandshakeGate gate) {
        super(tls, nextProtocol);
        this.systems = systems;
        this.gate = gate;
    }

    @Override
    protected SslConnection newSslConnection(Connector connector, EndPoint endPoint, SSLEngine engine) {
        return new GatedSslConnection(connector.getByteBufferPool(), connector.getExecutor(), getSslContextFactory(),
                endPoint, engine, isDirectBuffersForEncryption(), isDirectBuffersForDecryption(), gate);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        if (systems.get().faults().onConnection()) {
            return configure(new StalledConnection(endPoint, connector), connector, endPoint);
        }
        return super.newConnection(connector, endPoint);
    }

    /** A connection that never asks to read, so the client's ClientHello is never answered. */
    private static final class StalledConnection extends AbstractConnection {
        StalledConnection(EndPoint endPoint, Connector connector) {
            super(endPoint, connector.getExecutor());
        }

        @Override
        public void onFillable() {
            // never called: the connection does not ask to read
        }
    }
}
