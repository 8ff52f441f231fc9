package dev.zosmfsim.http;

import io.javalin.http.Context;

/** The user the security filter logged a request on as. */
public final class LoggedOnUser {

    private LoggedOnUser() {
    }

    /** The logged-on userid of a request, or null for a request that needed no logon. */
    public static String of(Context ctx) {
        return SecurityFilter.userid(ctx);
    }
}
