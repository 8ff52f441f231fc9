package dev.zosmfsim.http;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * How many TLS handshakes of one client address the port works on at once; the others wait their turn without a
 * thread and without CPU (their bytes stay in the socket). A handshake costs the server a key exchange and a
 * signature, milliseconds of CPU, while a request on a connection already open costs a fraction of that: a wave of
 * reconnecting clients from one address (a flood, or hundreds of slow attackers cut off at once) would otherwise
 * fill every worker thread with handshakes and keep the cores from the clients already connected. Turns are handed
 * out in arrival order; a place is held only while the server works on a handshake ({@link GatedSslConnection}).
 */
final class HandshakeGate {

    private final int perClient;
    private final Executor executor;
    /** The addresses with handshakes running: how many, and the turns waiting. Guarded by {@code this}. */
    private final Map<InetAddress, Turns> clients = new HashMap<>();

    private static final class Turns {
        int running;
        final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    }

    /** At most {@code perClient} handshakes at once per client address; waiting turns start on {@code executor}. */
    HandshakeGate(int perClient, Executor executor) {
        if (perClient < 1) {
            throw new IllegalArgumentException("at least one handshake per client, got " + perClient);
        }
        this.perClient = perClient;
        this.executor = executor;
    }

    /** Runs {@code start} now (on this thread) when the client has a handshake to spare, else when its turn comes. */
    void enter(InetAddress client, Runnable start) {
        synchronized (this) {
            Turns turns = clients.computeIfAbsent(client, key -> new Turns());
            if (turns.running >= perClient) {
                turns.waiting.add(start);
                return;
            }
            turns.running++;
        }
        start.run();
    }

    /** A handshake of {@code client} that entered has ended: the next waiting one, if any, takes its place. */
    void leave(InetAddress client) {
        Runnable next;
        synchronized (this) {
            Turns turns = clients.get(client);
            if (turns == null) {
                return;
            }
            next = turns.waiting.poll();
            if (next == null && --turns.running <= 0) {
                clients.remove(client);
            }
        }
        if (next != null) {
            executor.execute(next);
        }
    }

    /**
     * Takes a waiting turn back (its connection closed first); false when it is no longer waiting, because it has
     * been handed its place already and will run.
     */
    synchronized boolean withdraw(InetAddress client, Runnable start) {
        Turns turns = clients.get(client);
        return turns != null && turns.waiting.remove(start);
    }

    /** Handshakes running and waiting for {@code client} now, for tests. */
    synchronized int[] load(InetAddress client) {
        Turns turns = clients.get(client);
        return turns == null ? new int[] {0, 0} : new int[] {turns.running, turns.waiting.size()};
    }
}
