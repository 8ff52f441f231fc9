package dev.zosmfsim.cli;

import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;

/**
 * Turns what went wrong while the server started into one line that names the port or the address. The server's
 * own wrapper says "port already in use" whatever the bind failed on, so the deepest cause decides.
 */
final class StartProblem {

    private StartProblem() {
    }

    static String describe(RuntimeException error, String bind, int port) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
            return "cannot listen on " + bind + ": no such host or address";
        }
        if (root instanceof BindException) {
            if (lower.contains("in use")) {
                return "cannot listen on " + bind + " port " + port + ": the port is in use (--port 0 picks a free one)";
            }
            if (lower.contains("assign")) {
                return "cannot listen on " + bind + ": not an address of this machine";
            }
            if (lower.contains("permission")) {
                return "cannot listen on " + bind + " port " + port + ": permission denied (ports below 1024 need"
                        + " privileges)";
            }
            return "cannot listen on " + bind + " port " + port + ": " + message;
        }
        return "cannot start: " + Main.rootMessage(error);
    }
}
