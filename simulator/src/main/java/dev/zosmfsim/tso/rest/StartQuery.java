package dev.zosmfsim.tso.rest;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * The query of a TSO start as the client wrote it. A '#' cannot stand in a request target (RFC 3986 makes it the start
 * of a fragment, which clients never send), yet a client that does not encode the account ({@code acct=ACCT#}) sends
 * it raw; the parser then cuts the query there and drops the parameters after it. Nothing after a '#' can be a
 * fragment in a request, so the server reads it back as data: the '#' belongs to the value it follows.
 */
final class StartQuery {

    private final Map<String, String> parameters = new HashMap<>();

    private StartQuery(String query) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(decode(name), decode(value));
        }
    }

    static StartQuery of(Context ctx) {
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        String fragment = request == null ? null : request.getHttpURI().getFragment();
        return new StartQuery(fragment == null ? query : query + "#" + fragment);
    }

    /** The query of any other request, as Javalin reads it. */
    static StartQuery plain(Context ctx) {
        return new StartQuery(ctx.queryString() == null ? "" : ctx.queryString());
    }

    /** The parameter's value, or null when the client did not send it. */
    String get(String name) {
        return parameters.get(name);
    }

    private static String decode(String text) {
        try {
            // '#' is data here: keep it, and '+' as URLDecoder reads it
            return URLDecoder.decode(text.replace("#", "%23"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
