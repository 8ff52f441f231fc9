package dev.zosmfsim.http;

import dev.zosmfsim.system.SimulatedSystem;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a service module's handlers are built with: the system as it is now (an admin reset replaces it), the
 * server's one JSON writer, the names the server answers to (its certificate's), and the server's own threads, on
 * which an answer that waited is written.
 */
public record ServerContext(Supplier<SimulatedSystem> systems, JsonWriter json, Set<String> hostNames,
        Executor serverThreads) {

    public ServerContext {
        Set<String> names = new TreeSet<>(List.of("localhost", "127.0.0.1", "::1"));
        hostNames.forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        hostNames = Set.copyOf(names);
    }

    /**
     * Answers the request once {@code work} completes, with {@code answer} run on the server's threads; meanwhile no
     * thread waits for it (the request is suspended). A failure of {@code work} goes to the exception handlers as
     * if it had been thrown by the route.
     */
    public <T> void answerWhen(Context ctx, CompletableFuture<T> work, Consumer<T> answer) {
        if (work.isDone() && !work.isCompletedExceptionally()) {
            answer.accept(work.join());
            return;
        }
        ctx.future(() -> work.thenAcceptAsync(answer, serverThreads));
    }

    /** The system as it is now. */
    public SimulatedSystem system() {
        return systems.get();
    }

    /**
     * The server's base URL for URLs it hands out: {@code https://} and the Host header when that names this server,
     * else the address and port the client connected to. A Host header a client made up never goes into them.
     */
    public String baseUrl(Context ctx) {
        String host = ctx.header("Host");
        int port = ctx.req().getLocalPort();
        if (servesAs(host, port)) {
            return "https://" + host;
        }
        return connectedUrl(ctx);
    }

    /** {@code https://} and the address and port the client connected to (IPv6 in brackets). */
    public static String connectedUrl(Context ctx) {
        String address = ctx.req().getLocalAddr();
        return "https://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + ctx.req().getLocalPort();
    }

    /**
     * Whether a Host header ({@code name}, {@code name:port}, {@code [v6]:port}) names this server on
     * {@code localPort}: only then may it go into URLs the server hands out, never a name a client made up.
     */
    public boolean servesAs(String hostHeader, int localPort) {
        if (hostHeader == null || hostHeader.length() > 300) {
            return false;
        }
        String host = hostHeader;
        String port = null;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0) {
                return false;
            }
            port = host.length() > close + 1 && host.charAt(close + 1) == ':' ? host.substring(close + 2) : null;
            if (host.length() > close + 1 && port == null) {
                return false;
            }
            host = host.substring(1, close);
        } else if (host.indexOf(':') >= 0) {
            port = host.substring(host.indexOf(':') + 1);
            host = host.substring(0, host.indexOf(':'));
        }
        return hostNames.contains(host.toLowerCase(Locale.ROOT))
                && (port == null || port.equals(Integer.toString(localPort)));
    }
}
