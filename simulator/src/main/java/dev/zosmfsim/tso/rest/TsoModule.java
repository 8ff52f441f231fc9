package dev.zosmfsim.tso.rest;

import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.http.BaseServiceModule;
import dev.zosmfsim.http.FaultSubject;
import dev.zosmfsim.http.JsonWriter;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.http.ZosmfError;
import dev.zosmfsim.tso.TsoException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import dev.zosmfsim.zosmf.ZosmfFunction;
import dev.zosmfsim.zosmf.ZosmfMaintenance;
import io.javalin.http.HandlerType;
import java.util.regex.Pattern;

/**
 * z/OSMF's TSO/E address space services under {@code /zosmf/tsoApp}. Their errors carry the message in
 * {@code msgData} ({@code messageId}, {@code messageText}) beside the usual response fields. An unknown or ended
 * servlet key is answered as z/OSMF answers it: status 200 with IZUG1126E (the Zowe CLI reads it so).
 */
public final class TsoModule extends BaseServiceModule {

    public static final String PREFIX = "/zosmf/tsoApp";

    public TsoModule() {
        super("tso", PREFIX, FaultService.TSO);
    }

    /** The command a PUT carries: the one-shot service's tsoCmd, or the data sent to an address space. */
    @Override
    public FaultSubject faultSubject(Context ctx, String userid, JsonWriter json) {
        if (ctx.method() != HandlerType.PUT) {
            return FaultSubject.NONE;
        }
        String command = RequestBodies.peekString(ctx, json, "/tsoCmd");
        return new FaultSubject(null, command != null ? command
                : RequestBodies.peekString(ctx, json, "/TSO RESPONSE/DATA"));
    }

    /** {@code PUT /zosmf/tsoApp/v1/tso} comes with APAR PH35244 (in z/OSMF's base from V2R5 on). */
    @Override
    public boolean present(HandlerType method, String path, ZosmfMaintenance maintenance) {
        return !path.matches(Pattern.quote(PREFIX) + "/v\\d+/tso")
                || maintenance.provides(ZosmfFunction.TSO_COMMAND);
    }

    @Override
    public ZosmfError badRequest(String text) {
        return badRequestError(text);
    }

    static ZosmfError badRequestError(String text) {
        return ZosmfError.tso(400, null, "IZUG1103E", text);
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        TsoRoutes handlers = new TsoRoutes(context);
        routes.post(PREFIX + "/tso", handlers::start);
        routes.get(PREFIX + "/tso/{servletKey}", handlers::receive);
        routes.put(PREFIX + "/tso/{servletKey}", handlers::send);
        routes.delete(PREFIX + "/tso/{servletKey}", handlers::end);
        routes.put(PREFIX + "/tso/ping/{servletKey}", handlers::ping);
        routes.put(PREFIX + "/{version}/tso", handlers::issue);
        routes.exception(TsoException.class, (error, ctx) -> {
            int status = error.kind() == TsoException.Kind.UNKNOWN_KEY ? 200
                    : error.kind() == TsoException.Kind.BAD_REQUEST ? 400 : 500;
            String key = error.servletKey() != null ? error.servletKey() : ctx.pathParamMap().get("servletKey");
            context.json().write(ctx, status, ZosmfError.tsoBody(key, error.messageId(), error.getMessage()));
        });
    }
}
