package dev.zosmfsim.bench.peer;

import dev.zosmfsim.bench.CeilingServer;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar benchmarks.jar ceiling-server}: the bare Javalin ceiling as a process of its own, for the peer
 * benchmark. Prints {@code ceiling ready on https://127.0.0.1:<port>} once it serves and runs until it is killed.
 */
public final class CeilingProcess {

    private CeilingProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        CeilingServer server = CeilingServer.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.println("ceiling ready on https://127.0.0.1:" + server.port());
        System.out.flush();
        stopped.await();
    }
}
