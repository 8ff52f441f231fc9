package dev.zosmfsim.console;

/**
 * A console request z/OSMF refuses, with the console services' return and reason codes; the HTTP layer turns it
 * into z/OSMF's {@code {"reason", "return-code", "reason-code"}} body.
 */
public final class ConsoleException extends RuntimeException {

    /** The causes the console service can report. */
    public enum Kind {
        /** Bad request content (HTTP 400). */
        BAD_REQUEST(400),
        /** The response key or detection key is not known on this console (HTTP 404). */
        UNKNOWN_KEY(404),
        /** The console's TSO/E address space has ended (cancelled, idled out, z/OSMF stopped) (HTTP 500). */
        ADDRESS_SPACE_GONE(500),
        /** The console name is in use by another user: the TSO/E CONSOLE command fails (HTTP 500). */
        CONSOLE_IN_USE(500),
        /** CEA refused the console's address space (HTTP 500). */
        NO_ADDRESS_SPACE(500),
        /** z/OSMF could not reach the TSO address space it started for the console (HTTP 500). */
        TIMEOUT(500);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final int returnCode;
    private final int reasonCode;

    public ConsoleException(Kind kind, int returnCode, int reasonCode, String reason) {
        super(reason, null, false, false);
        this.kind = kind;
        this.returnCode = returnCode;
        this.reasonCode = reasonCode;
    }

    public Kind kind() {
        return kind;
    }

    public int returnCode() {
        return returnCode;
    }

    public int reasonCode() {
        return reasonCode;
    }
}
