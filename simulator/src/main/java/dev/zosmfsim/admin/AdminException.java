package dev.zosmfsim.admin;

/**
 * An admin operation refused, with the status and reason code the admin API answers it with: 400 (reason 10 a
 * scenario field, 13 any other bad input), 404 (11 an unknown user, 14 an unknown fault rule), 409 (12 a conflict
 * with the system's state). Only these become 4xx answers; any other exception is a defect.
 */
public final class AdminException extends RuntimeException {

    private final int status;
    private final int reasonCode;

    public AdminException(int status, int reasonCode, String message) {
        super(message, null, false, false);
        this.status = status;
        this.reasonCode = reasonCode;
    }

    public static AdminException badRequest(String message) {
        return new AdminException(400, 13, message);
    }

    public static AdminException badField(String field, String message) {
        return new AdminException(400, 10, field + ": " + message);
    }

    public static AdminException unknownUser(String userid) {
        return new AdminException(404, 11, "user " + userid + " is not defined to RACF");
    }

    public static AdminException conflict(String message) {
        return new AdminException(409, 12, message);
    }

    public static AdminException notFound(String message) {
        return new AdminException(404, 14, message);
    }

    public int status() {
        return status;
    }

    public int reasonCode() {
        return reasonCode;
    }
}
