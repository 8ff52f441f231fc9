package dev.zosmfsim.tso;

import dev.zosmfsim.cea.AddressSpace;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A client's TSO/E session: its servlet key and the address space it talks to, with the output waiting to be read.
 * The address space (in the CEA table) decides whether the session lives; the session only holds the conversation.
 */
public final class TsoSession {

    /** Output kept for a client that does not read it; the oldest lines go first. */
    private static final int MAX_QUEUED = 10_000;

    private final String servletKey;
    private final AddressSpace space;
    private final Instant loggedOn;
    private final Deque<TsoMessage> output;

    TsoSession(String servletKey, AddressSpace space, Instant loggedOn, Deque<TsoMessage> output) {
        this.servletKey = servletKey;
        this.space = space;
        this.loggedOn = loggedOn;
        this.output = output;
    }

    public String servletKey() {
        return servletKey;
    }

    public String userid() {
        return space.userid();
    }

    public AddressSpace addressSpace() {
        return space;
    }

    /** z/OSMF's queueID: the CEA message queue's id, in decimal. */
    public String queueId() {
        return Long.toString(Long.parseLong(space.messageQueueId(), 16));
    }

    /** z/OSMF's sessionID: the ASID in hex, as {@code 0x4e}. */
    public String sessionId() {
        return "0x" + Integer.toHexString(space.asid());
    }

    Instant loggedOn() {
        return loggedOn;
    }

    /** The output queue, shared with a reconnect to the same address space. */
    Deque<TsoMessage> queue() {
        return output;
    }

    synchronized void write(List<TsoMessage> messages) {
        output.addAll(messages);
        while (output.size() > MAX_QUEUED) {
            output.removeFirst();
        }
    }

    synchronized boolean hasOutput() {
        return !output.isEmpty();
    }

    /** Everything written and not yet read, in order. */
    synchronized List<TsoMessage> take() {
        List<TsoMessage> taken = new ArrayList<>(output);
        output.clear();
        return taken;
    }

    static Deque<TsoMessage> newQueue() {
        return new ArrayDeque<>();
    }
}
