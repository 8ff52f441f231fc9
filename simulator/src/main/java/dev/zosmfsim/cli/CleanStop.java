package dev.zosmfsim.cli;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and {@code kill}/{@code docker stop} (SIGTERM) ask for a stop: the waiting main thread stops the
 * simulator, prints a line and exits 0, which CI reads as success. Without this a signal ends the JVM with 130 or
 * 143. Where the JVM offers no signal handling, the shutdown hook still stops the simulator cleanly.
 */
final class CleanStop {

    private final CountDownLatch requested = new CountDownLatch(1);
    private volatile String signal;

    /** Installs the handlers; false where this JVM cannot. */
    boolean install() {
        try {
            for (String name : new String[] {"TERM", "INT"}) {
                Signal.handle(new Signal(name), received -> {
                    signal = "SIG" + received.getName();
                    requested.countDown();
                });
            }
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            return false;
        }
    }

    /** Waits for a signal; returns its name. */
    String await() throws InterruptedException {
        requested.await();
        return signal;
    }
}
