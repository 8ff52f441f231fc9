package dev.zosmfsim.limits;

import java.time.Duration;
import java.util.List;

/**
 * What the simulator's port holds at most, and how long a client may take, so that a slow or greedy client cannot
 * starve the others: connections in all and per client address, the server's worker threads, the idle time of a
 * connection, the whole time a request's header may take (a header line every few seconds does not keep a connection
 * open for ever), and the slowest rate a request body may arrive at.
 *
 * <p>The defaults keep a laptop's simulator usable under a thousand slow clients and a thousand long polls: waits and
 * body reads hold no thread, so the connection limits (file descriptors, memory) are what bound the load. The command
 * line ({@code --limit NAME=VALUE}), the scenario ({@code limits:}) and the container ({@code ZOSMF_SIM_LIMITS}) set
 * them by the names in {@link #NAMES}.
 */
public record ServerLimits(int maxConnections, int maxConnectionsPerClient, int maxThreads, Duration idleTimeout,
        Duration headerTimeout, long minBodyRate, int maxHandshakesPerClient) {

    /** The names the command line, the scenario's keys and the container's variable use, in this order. */
    public static final List<String> NAMES = List.of("max-connections", "max-connections-per-client", "max-threads",
            "idle-timeout", "header-timeout", "min-body-rate", "max-handshakes-per-client");

    /**
     * The defaults: 4,000 connections, 1,000 per client, 64 threads (waits and body reads hold none, so more only
     * cost memory), 30 s idle, 20 s for a header, 256 bytes/s, and one TLS handshake at a time per client address
     * (milliseconds of CPU each: a client's burst of new connections waits its turns, and a flood of them takes one
     * core at the most).
     */
    public static final ServerLimits DEFAULTS = new ServerLimits(4_000, 1_000, 64, Duration.ofSeconds(30),
            Duration.ofSeconds(20), 256, 1);

    public ServerLimits {
        require(maxConnections >= 1 && maxConnections <= 1_000_000, "max-connections", "from 1 to 1000000",
                maxConnections);
        require(maxConnectionsPerClient >= 1 && maxConnectionsPerClient <= maxConnections,
                "max-connections-per-client", "from 1 to max-connections (" + maxConnections + ")",
                maxConnectionsPerClient);
        // the port's acceptor and selector take threads of their own; fewer than 8 leave none for requests
        require(maxThreads >= 8 && maxThreads <= 10_000, "max-threads", "from 8 to 10000", maxThreads);
        require(idleTimeout != null && !idleTimeout.isNegative() && !idleTimeout.isZero()
                && idleTimeout.compareTo(Duration.ofHours(24)) <= 0, "idle-timeout", "from 1ms to 24h", idleTimeout);
        require(headerTimeout != null && !headerTimeout.isNegative() && !headerTimeout.isZero()
                && headerTimeout.compareTo(Duration.ofHours(1)) <= 0, "header-timeout", "from 1ms to 1h", headerTimeout);
        require(minBodyRate >= 0 && minBodyRate <= 1_000_000_000L, "min-body-rate",
                "bytes per second from 0 (no minimum) to 1000000000", minBodyRate);
        require(maxHandshakesPerClient >= 1 && maxHandshakesPerClient <= maxConnectionsPerClient,
                "max-handshakes-per-client", "from 1 to max-connections-per-client (" + maxConnectionsPerClient + ")",
                maxHandshakesPerClient);
    }

    public ServerLimits withMaxConnections(int value) {
        int perClient = Math.min(maxConnectionsPerClient, value);
        return new ServerLimits(value, perClient, maxThreads, idleTimeout, headerTimeout, minBodyRate,
                Math.min(maxHandshakesPerClient, perClient));
    }

    public ServerLimits withMaxConnectionsPerClient(int value) {
        return new ServerLimits(maxConnections, value, maxThreads, idleTimeout, headerTimeout, minBodyRate,
                Math.min(maxHandshakesPerClient, value));
    }

    public ServerLimits withMaxThreads(int value) {
        return new ServerLimits(maxConnections, maxConnectionsPerClient, value, idleTimeout, headerTimeout,
                minBodyRate, maxHandshakesPerClient);
    }

    public ServerLimits withIdleTimeout(Duration value) {
        return new ServerLimits(maxConnections, maxConnectionsPerClient, maxThreads, value, headerTimeout,
                minBodyRate, maxHandshakesPerClient);
    }

    public ServerLimits withHeaderTimeout(Duration value) {
        return new ServerLimits(maxConnections, maxConnectionsPerClient, maxThreads, idleTimeout, value,
                minBodyRate, maxHandshakesPerClient);
    }

    public ServerLimits withMinBodyRate(long value) {
        return new ServerLimits(maxConnections, maxConnectionsPerClient, maxThreads, idleTimeout, headerTimeout,
                value, maxHandshakesPerClient);
    }

    public ServerLimits withMaxHandshakesPerClient(int value) {
        return new ServerLimits(maxConnections, maxConnectionsPerClient, maxThreads, idleTimeout, headerTimeout,
                minBodyRate, value);
    }

    /**
     * These limits with the one named {@code name} (one of {@link #NAMES}) set from {@code value}: a whole number,
     * or for the timeouts a {@link Duration}. The caller parses duration text its own way.
     */
    public ServerLimits with(String name, long number, Duration duration) {
        switch (name) {
            case "max-connections":
                return withMaxConnections(whole(name, number));
            case "max-connections-per-client":
                return withMaxConnectionsPerClient(whole(name, number));
            case "max-threads":
                return withMaxThreads(whole(name, number));
            case "idle-timeout":
                return withIdleTimeout(duration);
            case "header-timeout":
                return withHeaderTimeout(duration);
            case "min-body-rate":
                return withMinBodyRate(number);
            case "max-handshakes-per-client":
                return withMaxHandshakesPerClient(whole(name, number));
            default:
                throw new IllegalArgumentException("unknown limit '" + name + "' (expected one of: "
                        + String.join(", ", NAMES) + ")");
        }
    }

    /** Whether the limit {@code name} is a duration (else a whole number). */
    public static boolean isDuration(String name) {
        return name.endsWith("-timeout");
    }

    private static int whole(String name, long number) {
        if (number < 0 || number > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be a whole number, got " + number);
        }
        return (int) number;
    }

    private static void require(boolean holds, String name, String expected, Object got) {
        if (!holds) {
            throw new IllegalArgumentException(name + " must be " + expected + ", got " + got);
        }
    }
}
