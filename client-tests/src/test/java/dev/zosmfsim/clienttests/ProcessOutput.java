package dev.zosmfsim.clienttests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Reads a running process's output line by line in the background, so a test can wait for one line with a bound. */
final class ProcessOutput {

    private static final String END = "\u0000end of output";

    private final LinkedBlockingQueue<String> unread = new LinkedBlockingQueue<>();
    private final List<String> lines = new ArrayList<>();

    ProcessOutput(Process process) {
        CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    unread.add(line);
                }
            } catch (IOException e) {
                unread.add("<output unreadable: " + e.getMessage() + ">");
            } finally {
                unread.add(END);
            }
        });
    }

    /** Waits at most {@code limit} for a line that {@code wanted} accepts; returns it, or fails with the output. */
    String awaitLine(Predicate<String> wanted, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            String line = unread.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                throw new AssertionError((line == null ? "no such line within " + limit : "the output ended")
                        + "; output so far:\n" + text());
            }
            synchronized (lines) {
                lines.add(line);
            }
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** Everything read so far, including what no one waited for. */
    String text() {
        List<String> all;
        synchronized (lines) {
            all = new ArrayList<>(lines);
        }
        unread.stream().filter(line -> !line.equals(END)).forEach(all::add);
        return String.join("\n", all);
    }
}
