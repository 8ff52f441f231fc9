package dev.zosmfsim.http;

import dev.zosmfsim.limits.ServerLimits;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The port's limits that a slow or greedy client cannot dodge (see {@link ServerLimits}):
 * <ul>
 *   <li>connections in all and per client address: one over either limit is closed as soon as it is accepted (no
 *       answer: z/OSMF's Liberty has no such limit, so there is no z/OSMF answer to imitate, and a closed
 *       connection costs the server least);</li>
 *   <li>the header timeout: a request's header must be complete within it, counted from its first byte (for a new
 *       connection, from the accept, so a trickled TLS handshake counts too) - however often a line arrives;</li>
 *   <li>the minimum body rate: a body that arrives more slowly, on average since its header, ends the connection.</li>
 * </ul>
 * The idle timeout is the connector's own. A sweep looks at the connections a few times per header timeout.
 */
final class ConnectionGuard extends AbstractLifeCycle implements Connection.Listener {

    /** A body may start slowly for this long before its rate counts. */
    private static final long BODY_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ServerLimits limits;
    private final org.eclipse.jetty.server.Connector connector;
    private final AtomicInteger total = new AtomicInteger();
    private final Map<InetAddress, AtomicInteger> perClient = new ConcurrentHashMap<>();
    /** The client each counted connection was from (a closed socket no longer says). */
    private final Map<Connection, InetAddress> counted = new ConcurrentHashMap<>();
    private final Map<HttpConnection, Progress> requests = new ConcurrentHashMap<>();
    private volatile Scheduler.Task sweep;
    private final MemoryAfterLoad memory;

    /** What a connection is doing: reading a request's header, reading its body, or anything else. */
    private enum Phase { HEADER, BODY, OTHER }

    /** Where a connection's current request stands: which message, in which phase, since when, from which byte. */
    private record Progress(Phase phase, long message, long sinceNanos, long bytesAtStart) {
    }

    ConnectionGuard(ServerLimits limits, org.eclipse.jetty.server.Connector connector) {
        this.limits = limits;
        this.connector = connector;
        HeapGiveBack heap = HeapGiveBack.ofThisVm();
        // the buffers the peak's connections left in the pool go with them (their direct memory at the collection)
        this.memory = new MemoryAfterLoad(() -> {
            connector.getByteBufferPool().clear();
            heap.run();
        });
    }

    /** Connections open now, as the limits count them. */
    int connections() {
        return total.get();
    }

    @Override
    public void onOpened(Connection connection) {
        EndPoint endPoint = connection.getEndPoint();
        if (connection instanceof HttpConnection http) {
            requests.put(http, new Progress(Phase.HEADER, 0, System.nanoTime(), 0));
        }
        if (!(endPoint instanceof SocketChannelEndPoint)) {
            return;
        }
        InetAddress address = client(endPoint);
        counted.put(connection, address);
        int all = total.incrementAndGet();
        int fromClient = perClient.computeIfAbsent(address, key -> new AtomicInteger()).incrementAndGet();
        if (all > limits.maxConnections() || fromClient > limits.maxConnectionsPerClient()) {
            endPoint.close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        if (connection instanceof HttpConnection http) {
            requests.remove(http);
        }
        InetAddress address = counted.remove(connection);
        if (address == null) {
            return;
        }
        total.decrementAndGet();
        AtomicInteger count = perClient.get(address);
        if (count != null && count.decrementAndGet() <= 0) {
            perClient.computeIfPresent(address, (key, left) -> left.get() <= 0 ? null : left);
        }
    }

    @Override
    protected void doStart() {
        scheduleSweep();
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = sweep;
        if (task != null) {
            task.cancel();
        }
    }

    private void scheduleSweep() {
        long every = Math.max(20, Math.min(1_000, limits.headerTimeout().toMillis() / 4));
        sweep = connector.getScheduler().schedule(() -> {
            if (isRunning()) {
                long now = System.nanoTime();
                sweepOnce(now);
                memory.observe(total.get(), now);
                scheduleSweep();
            }
        }, every, TimeUnit.MILLISECONDS);
    }

    /** Ends the connections whose header took too long or whose body comes too slowly. */
    void sweepOnce(long now) {
        long headerNanos = limits.headerTimeout().toNanos();
        requests.replaceAll((connection, known) -> {
            Progress current = progress(connection, known, now);
            long elapsed = now - current.sinceNanos();
            boolean tooSlow = switch (current.phase()) {
                case HEADER -> elapsed > headerNanos;
                case BODY -> elapsed > BODY_GRACE_NANOS && limits.minBodyRate() > 0
                        && (connection.getBytesIn() - current.bytesAtStart()) * 1e9 / elapsed < limits.minBodyRate();
                case OTHER -> false;
            };
            if (tooSlow) {
                network(connection.getEndPoint()).close();
            }
            return current;
        });
    }

    /**
     * The connection's request as it stands now. A new connection reads its first header from the accept on (so a
     * trickled TLS handshake counts); later headers from their first byte. Being answered, or waiting between
     * requests, is the idle timeout's business.
     */
    private static Progress progress(HttpConnection connection, Progress known, long now) {
        long message = connection.getMessagesIn();
        HttpParser parser = connection.getParser();
        Phase phase;
        if (parser.inContentState() && (parser.isChunking() || parser.getContentRead() < parser.getContentLength())) {
            // a body still to come (an empty one leaves the parser in a content state until the route reads it)
            phase = Phase.BODY;
        } else if (!parser.inContentState() && parser.inHeaderState() && (!parser.isStart() || message == 0)) {
            phase = Phase.HEADER;
        } else {
            phase = Phase.OTHER;
        }
        if (known.phase() == phase && known.message() == message) {
            return known;
        }
        return new Progress(phase, message, now, connection.getBytesIn());
    }

    /** The socket's own end point under a TLS one: closing only the TLS side would leave the socket open. */
    private static EndPoint network(EndPoint endPoint) {
        EndPoint network = endPoint;
        while (network instanceof EndPoint.Wrapper wrapper) {
            network = wrapper.unwrap();
        }
        return network;
    }

    /** The client address of a connection (loopback when the end point has no internet address). */
    static InetAddress client(EndPoint endPoint) {
        SocketAddress remote = endPoint.getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : InetAddress.getLoopbackAddress();
    }
}
