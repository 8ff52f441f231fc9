package dev.zosmfsim.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * z/OSMF's defence against cross-site requests: a request that changes state must carry X-CSRF-ZOSMF-HEADER (any
 * value), a header a page cannot add to a request for another site. The z/OSMF services and the admin API both ask.
 */
public final class CsrfCheck {

    public static final String HEADER = "X-CSRF-ZOSMF-HEADER";

    private CsrfCheck() {
    }

    /** Whether {@code method} changes state: POST, PUT, DELETE. */
    public static boolean changesState(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.DELETE;
    }

    /** Whether the request changes state and lacks the header. */
    public static boolean fails(Context ctx) {
        return changesState(ctx.method()) && ctx.header(HEADER) == null;
    }
}
