package dev.zosmfsim.clienttests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a real client program to completion with a time limit, capturing what it prints. */
final class Processes {

    /** What a finished program left: its exit code and output. */
    record Result(int exitCode, String stdout, String stderr) {
        String describe() {
            return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }

    private Processes() {
    }

    static Result run(List<String> command, Map<String, String> environment, Path workingDirectory, Duration limit)
            throws IOException, InterruptedException {
        return run(command, environment, workingDirectory, limit, new byte[0]);
    }

    /** Runs a program with {@code input} on its standard input, closed after it. */
    static Result run(List<String> command, Map<String, String> environment, Path workingDirectory, Duration limit,
            byte[] input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input);
        }
        CompletableFuture<String> stdout = readAll(process.getInputStream());
        CompletableFuture<String> stderr = readAll(process.getErrorStream());
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish within " + limit + ": " + command);
        }
        return new Result(process.exitValue(), stdout.join(), stderr.join());
    }

    static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Path.of(folder, program).toFile().canExecute()) {
                return true;
            }
        }
        return false;
    }

    static CompletableFuture<String> readAll(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<unreadable: " + e.getMessage() + ">";
            }
        });
    }
}
