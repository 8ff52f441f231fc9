package dev.zosmfsim.http;

import dev.zosmfsim.system.SimulatedSystem;
import java.util.function.Supplier;
import org.eclipse.jetty.io.AbstractConnection;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The TLS layer of the port, which asks the fault rules about every new connection: when a stallHandshake rule fires,
 * the connection is accepted but never read from, so the client's handshake waits until its own timeout fires (or
 * the port's idle timeout closes the connection).
 */
final class StallingSslConnectionFactory extends SslConnectionFactory {

    private final Supplier<SimulatedSystem> systems;

    StallingSslConnectionFactory(SslContextFactory.Server tls, String nextProtocol, Supplier<SimulatedSystem> systems) {
        super(tls, nextProtocol);
        this.systems = systems;
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
