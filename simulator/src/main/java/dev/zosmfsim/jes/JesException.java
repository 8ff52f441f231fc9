package dev.zosmfsim.jes;

/**
 * A request the jobs interface refuses, with the numbers z/OSMF's error report carries: HTTP status, return code,
 * reason and category (6 is the service layer).
 */
public final class JesException extends RuntimeException {

    private final int status;
    private final int returnCode;
    private final int reason;
    private final int category;

    public JesException(int status, int returnCode, int reason, int category, String message) {
        super(message, null, false, false);
        this.status = status;
        this.returnCode = returnCode;
        this.reason = reason;
        this.category = category;
    }

    /** A service-layer refusal: HTTP 400, rc 4, category 6, with {@code reason}. */
    public static JesException service(int reason, String message) {
        return new JesException(400, 4, reason, 6, message);
    }

    /** No job of that name and id (reason 10), as z/OSMF words it. */
    public static JesException notFound(String jobname, String jobid) {
        return service(10, "No job found for reference: '" + jobname + "(" + jobid + ")'");
    }

    public int status() {
        return status;
    }

    public int returnCode() {
        return returnCode;
    }

    public int reason() {
        return reason;
    }

    public int category() {
        return category;
    }
}
