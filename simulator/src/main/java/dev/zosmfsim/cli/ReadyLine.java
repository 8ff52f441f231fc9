package dev.zosmfsim.cli;

import java.net.URI;

/**
 * The line the command line prints once the simulator serves and its credential files are written. Scripts, the
 * container's wait strategy and tests wait for it, so its form is part of the public contract.
 */
public final class ReadyLine {

    /** The whole ready line as a regular expression; group 1 is the port. */
    public static final String REGEX = "zosmf-sim ready on https://\\S+:(\\d+)";

    private ReadyLine() {
    }

    /** The ready line for a simulator serving at {@code baseUri}. */
    public static String of(URI baseUri) {
        return "zosmf-sim ready on " + baseUri;
    }
}
