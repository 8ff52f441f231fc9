package dev.zosmfsim.http;

import dev.zosmfsim.security.Refusal;

/** The z/OSMF errors the HTTP layer itself answers: logon refusals, the CSRF check, unknown paths, bad requests. */
public final class Errors {

    private Errors() {
    }

    /**
     * A refused logon: 401 with return code 8 and a reason code that tells the causes apart. The first reason codes
     * are RACF's RACROUTE REQUEST=VERIFY return codes (4 user not defined, 8 password not authorized, 12 password
     * expired, 16 new password not valid, 28 user revoked); certificate and token causes have the simulator's own
     * codes from 40 up.
     */
    public static ZosmfError refused(Refusal refusal) {
        return ZosmfError.core(401, 8, reasonCode(refusal.reason()), messageId(refusal.reason()), refusal.detail());
    }

    public static ZosmfError malformedAuthorization() {
        return ZosmfError.core(401, 8, 8, "IZUG410E",
                "the Authorization header is not of the form 'Basic base64(user:password)'");
    }

    /** The CSRF check: a state-changing request without the X-CSRF-ZOSMF-HEADER header is taken as cross-site. */
    public static ZosmfError missingCsrfHeader(String hostAndPort) {
        // z/OSMF's own text (zowe/api-layer issue 4478), word for word: it names neither the method nor the header
        return ZosmfError.filter(403, "IZUG846W", "An HTTP request for a z/OSMF REST service was received"
                + " from a remote site. The request was rejected, however, because the remote site \"\" is not"
                + " permitted to z/OSMF server \"IZUSVR\" on target system \"" + hostAndPort + "\" .");
    }

    /** z/OSMF is stopped (P IZUSVR1): what a client sees of a server that is down, with a body that says so. */
    public static ZosmfError zosmfDown() {
        return ZosmfError.core(503, 16, 1, "IZUG402E", "z/OSMF (IZUSVR1) is not running; start it with S IZUSVR1.");
    }

    public static ZosmfError notFound(String method, String path) {
        return ZosmfError.core(404, 8, 4, "IZUG803E", "No z/OSMF service answers " + method + " " + path + ".");
    }

    public static ZosmfError methodNotAllowed(String method, String path) {
        return ZosmfError.core(405, 8, 5, "IZUG804E", "The service at " + path + " does not accept " + method + ".");
    }

    public static ZosmfError internal(String what) {
        return ZosmfError.core(500, 16, 99, "IZUG999S", "The simulator failed: " + what
                + " (a defect in zosmf-sim; the request journal has the request).");
    }

    public static ZosmfError badRequest(String text) {
        return ZosmfError.core(400, 8, 3, "IZUG801E", text);
    }

    /**
     * A request the web server refused before any service saw it (Jetty: 400, 414, 431, 505...; Javalin: a
     * malformed parameter). {@code reason} is the server's short reason, cut to printable characters.
     */
    public static ZosmfError refusedByServer(int status, String reason) {
        if (status == 413) {
            return tooLarge(ZosmfServer.MAX_REQUEST_BYTES);
        }
        String why = reason == null || reason.isBlank() ? "status " + status
                : reason.replaceAll("[^\\x20-\\x7E]", "?");
        return ZosmfError.core(status, 8, 2, "IZUG800E", "The request was refused by the web server: "
                + (why.length() > 200 ? why.substring(0, 200) : why) + ".");
    }

    /** z/OSMF stopped (or the simulator is closing) while the request waited. */
    public static ZosmfError stopping() {
        return ZosmfError.core(503, 16, 2, "IZUG402E", "z/OSMF is stopping; the request was not completed.");
    }

    /** The client announced a body and did not send it all (it gave up or its connection broke). */
    public static ZosmfError bodyNotReceived() {
        return ZosmfError.core(400, 8, 7, "IZUG806E", "The request body was not received in full.");
    }

    public static ZosmfError tooLarge(long limit) {
        return ZosmfError.core(413, 8, 6, "IZUG805E", "The request body is larger than " + limit + " bytes.");
    }

    public static int reasonCode(Refusal.Reason reason) {
        switch (reason) {
            case UNKNOWN_USER:
                return 4;
            case WRONG_PASSWORD:
                return 8;
            case PASSWORD_EXPIRED:
                return 12;
            case NEW_PASSWORD_INVALID:
                return 16;
            case USER_REVOKED:
                return 28;
            case NO_CREDENTIALS:
                return 40;
            case CERTIFICATE_UNTRUSTED:
                return 44;
            case CERTIFICATE_EXPIRED:
                return 48;
            case CERTIFICATE_NOT_YET_VALID:
                return 52;
            case CERTIFICATE_NOT_MAPPED:
                return 56;
            case CERTIFICATE_NOTRUST:
                return 60;
            case TOKEN_INVALID:
                return 64;
            case TOKEN_EXPIRED:
                return 68;
            default:
                throw new IllegalArgumentException("no reason code for " + reason);
        }
    }

    private static String messageId(Refusal.Reason reason) {
        switch (reason) {
            case PASSWORD_EXPIRED:
                return "IZUG411E";
            case USER_REVOKED:
                return "IZUG412E";
            case TOKEN_EXPIRED:
            case TOKEN_INVALID:
                return "IZUG413E";
            case CERTIFICATE_UNTRUSTED:
            case CERTIFICATE_EXPIRED:
            case CERTIFICATE_NOT_YET_VALID:
            case CERTIFICATE_NOT_MAPPED:
            case CERTIFICATE_NOTRUST:
                return "IZUG414E";
            default:
                return "IZUG410E";
        }
    }
}
