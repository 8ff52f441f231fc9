package dev.zosmfsim.cli;

/**
 * The simulator could not start for a reason outside the command line's words: a folder it cannot use, a port in
 * use, an address it cannot bind. The message is the one line the user sees; the exit code is {@link #EXIT_CODE}.
 */
final class StartFailure extends RuntimeException {

    /** The exit code of every start failure (a usage error is 2). */
    static final int EXIT_CODE = 1;

    StartFailure(String message) {
        super(message, null, false, false);
    }
}
