package dev.zosmfsim.http;

import dev.zosmfsim.tls.TlsContexts;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * The Jetty set-up of the simulator's TLS port: a client certificate is wanted (not needed), TLS 1.2 and 1.3 only
 * with forward-secret AEAD suites,
 * the certificate chain handed to requests, and an idle timeout. Public so that the benchmark's bare "ceiling"
 * server runs on exactly the same settings.
 */
public final class TlsPort {

    /** A connection that sends nothing for this long is closed (also ends stalled handshakes). */
    public static final long IDLE_TIMEOUT_MILLIS = 30_000;

    private TlsPort() {
    }

    /** The TLS side: the given server context, client certificates wanted, only the protocols the simulator speaks. */
    public static SslContextFactory.Server tls(SSLContext sslContext) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setSslContext(sslContext);
        tls.setWantClientAuth(true);
        tls.setIncludeProtocols(TlsContexts.PROTOCOLS);
        tls.setIncludeCipherSuites(TlsContexts.CIPHER_SUITES);
        return tls;
    }

    /** The HTTP side over TLS: requests carry the client's certificate chain. */
    public static HttpConfiguration https(HttpConfiguration base) {
        HttpConfiguration https = new HttpConfiguration(base);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // the server certificate names localhost and loopback addresses; clients may use any extra name as well
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        return https;
    }

    /** At most this much heap, and as much direct memory, is kept in the port's pool of I/O buffers. */
    static final long POOLED_BYTES = 4L * 1024 * 1024;

    /** Worker threads the port grows to under load; idle ones above the minimum end after a few seconds. */
    public static final int MAX_THREADS = 250;

    /**
     * A worker thread above the pool's minimum that has had nothing to do for this long ends. Jetty's default is a
     * minute, so after a load peak its threads, their stacks and their malloc arenas stayed that long; nothing here
     * waits on a thread, so a burst's threads are not needed again once it is over (bench/NOTES.md, issue 20).
     */
    static final int THREAD_IDLE_MILLIS = 5_000;

    /**
     * The server's worker threads. Javalin's default pool starts 8 threads, and a stop waits for each to end: a test
     * that starts a simulator per method pays for that every time, while 2 (the connector's acceptor and selector)
     * are all an idle simulator needs; more are made as requests come.
     */
    public static ThreadPool threadPool() {
        return threadPool(MAX_THREADS);
    }

    /**
     * The server's worker threads, at most {@code maxThreads}. Jetty ends only one idle thread per idle timeout by
     * default, so the 64 threads of a load peak took five minutes to go; here all of them may end within one idle
     * timeout once they have been idle that long (Jetty spreads the ends over the period).
     */
    public static ThreadPool threadPool(int maxThreads) {
        QueuedThreadPool pool = new QueuedThreadPool(maxThreads, 2, THREAD_IDLE_MILLIS);
        pool.setName("JettyServerThreadPool");
        pool.setMaxEvictCount(maxThreads);
        return pool;
    }

    /** A connector on {@code host:port} (0 picks a free port) with the port's idle timeout. */
    public static ServerConnector connector(Server server, String host, int port, ConnectionFactory... factories) {
        return connector(server, host, port, IDLE_TIMEOUT_MILLIS, factories);
    }

    /** A connector on {@code host:port} (0 picks a free port) with the given idle timeout. */
    public static ServerConnector connector(Server server, String host, int port, long idleTimeoutMillis,
            ConnectionFactory... factories) {
        // one acceptor and one selector: two cores serve all the loopback clients a simulator has, and every thread
        // taken here is one fewer for requests
        // the buffers kept for reuse are bounded: after a thousand connections are gone, their buffers go too
        ArrayByteBufferPool buffers = new ArrayByteBufferPool(0, -1, -1, -1, POOLED_BYTES, POOLED_BYTES);
        ServerConnector connector = new ServerConnector(server, null, null, buffers, 1, 1, factories);
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(idleTimeoutMillis);
        // connections over the limits are refused at once; the kernel's queue only holds those not yet accepted
        connector.setAcceptQueueSize(1024);
        return connector;
    }
}
