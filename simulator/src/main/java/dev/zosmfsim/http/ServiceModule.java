package dev.zosmfsim.http;

import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.zosmf.ZosmfMaintenance;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * One z/OSMF REST service, or the simulator's admin API: the path it lives under, who may call it, the key fault
 * rules name it by, and its routes with the exception handlers that put its typed errors into its error shape.
 *
 * <p>The server knows services only through this interface: the security filter, the fault filter and the request
 * journal ask the module that owns a path. {@code dev.zosmfsim.ServiceModules} is the one list of them.
 */
public interface ServiceModule {

    /** Who may call a route of the service. */
    enum Logon {
        /** anyone: no logon is asked for (z/OSMF's information service, a password change) */
        OPEN,
        /** a z/OSMF user: password, client certificate or token, checked by the security filter */
        ZOSMF_USER,
        /** the simulator's admin: its token or a SPECIAL user's certificate, checked by the module itself */
        ADMIN
    }

    /** The service's name, as fault rules, the request journal and the docs call it: {@code console}, {@code tso}. */
    String name();

    /** The path the service's routes live under, without a trailing slash, e.g. {@code /zosmf/restconsoles}. */
    String pathPrefix();

    /** Whether {@code path} belongs to this service. */
    default boolean owns(String path) {
        String prefix = pathPrefix();
        // the prefix itself or below it; asked for every request, so without building "prefix/"
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    /** Who may send {@code method} to {@code path} (a path this module owns). */
    Logon logon(HandlerType method, String path);

    /**
     * Whether {@code method path} exists on a z/OSMF of this release and maintenance: a route that an APAR brings is
     * absent where the APAR is not applied, and is answered 404 without asking for a logon, as a path no service
     * serves. All routes exist unless the module says otherwise.
     */
    default boolean present(HandlerType method, String path, ZosmfMaintenance maintenance) {
        return true;
    }

    /** The key fault rules single this service out by; null for a service that fault rules do not reach. */
    FaultService faultService();

    /**
     * What a fault rule may match in a request beyond its method, path and user: the console it names, the command
     * it carries. {@code userid} is the logged-on user (null if none); {@code json} reads a body without refusing it.
     */
    default FaultSubject faultSubject(Context ctx, String userid, JsonWriter json) {
        return FaultSubject.NONE;
    }

    /**
     * A bad request in the service's error shape: a query parameter that fails its check, a body field that does
     * not fit its record. {@code text} says what is wrong.
     */
    default ZosmfError badRequest(String text) {
        return Errors.badRequest(text);
    }

    /** What a request to this service gets when z/OSMF stops while it waits, in the service's error shape. */
    default ZosmfError stopping() {
        return Errors.stopping();
    }

    /** Adds the service's routes and the exception handlers for its typed errors. */
    void register(RoutesConfig routes, ServerContext context);
}
