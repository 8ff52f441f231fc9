package dev.zosmfsim.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Turns at the handshake gate: how many run at once per address, in which order the others come, and withdrawals. */
class HandshakeGateTest {

    private final List<String> ran = new ArrayList<>();
    private final HandshakeGate gate = new HandshakeGate(2, Runnable::run);

    private Runnable handshake(String name) {
        return () -> ran.add(name);
    }

    @Test
    void twoRunAtOnceAndTheOthersTakeTheirTurnsInArrivalOrder() throws Exception {
        InetAddress client = InetAddress.getByName("127.0.0.2");
        for (String name : List.of("a", "b", "c", "d")) {
            gate.enter(client, handshake(name));
        }
        assertEquals(List.of("a", "b"), ran);
        assertArrayEquals(new int[] {2, 2}, gate.load(client));
        gate.leave(client);
        assertEquals(List.of("a", "b", "c"), ran);
        gate.leave(client);
        gate.leave(client);
        assertEquals(List.of("a", "b", "c", "d"), ran);
        gate.leave(client);
        assertArrayEquals(new int[] {0, 0}, gate.load(client), "an address with nothing running is forgotten");
    }

    @Test
    void anotherAddressDoesNotWaitBehindABusyOne() throws Exception {
        InetAddress busy = InetAddress.getByName("127.0.0.2");
        gate.enter(busy, handshake("a"));
        gate.enter(busy, handshake("b"));
        gate.enter(busy, handshake("c"));
        gate.enter(InetAddress.getByName("127.0.0.3"), handshake("other"));
        assertEquals(List.of("a", "b", "other"), ran);
    }

    @Test
    void aWithdrawnTurnNeverRunsAndTakesNoPlace() throws Exception {
        InetAddress client = InetAddress.getByName("127.0.0.2");
        gate.enter(client, handshake("a"));
        gate.enter(client, handshake("b"));
        Runnable closed = handshake("closed");
        gate.enter(client, closed);
        gate.enter(client, handshake("d"));
        assertTrue(gate.withdraw(client, closed));
        assertFalse(gate.withdraw(client, closed), "withdrawn once");
        gate.leave(client);
        assertEquals(List.of("a", "b", "d"), ran);
        gate.leave(client);
        gate.leave(client);
        assertArrayEquals(new int[] {0, 0}, gate.load(client));
    }

    @Test
    void atLeastOneHandshakeRuns() {
        assertThrows(IllegalArgumentException.class, () -> new HandshakeGate(0, Runnable::run));
    }
}
