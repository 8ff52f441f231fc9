package dev.zosmfsim.http;

import dev.zosmfsim.SimulatedSystem;
import dev.zosmfsim.tls.TlsContexts;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTPS port of one simulated system: Javalin on a Jetty TLS connector that wants (does not need) a client
 * certificate, so that password and certificate logons share the port. Only TLS 1.2 and 1.3 are spoken.
 */
public final class ZosmfServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ZosmfServer.class);
    /** Larger request bodies are refused before they are read (Jetty answers 413). */
    static final long MAX_REQUEST_BYTES = 1_048_576;

    private final Javalin app;
    private final ServerConnector connector;

    private ZosmfServer(Javalin app, ServerConnector connector) {
        this.app = app;
        this.connector = connector;
    }

    /** Starts serving {@code system} on {@code bindHost}:{@code port} (0 picks a free port). */
    public static ZosmfServer start(SimulatedSystem system, SSLContext sslContext, String bindHost, int port,
            RequestJournal journal) {
        JsonWriter json = new JsonWriter();
        SecurityFilter security = new SecurityFilter(system);
        ServerConnector[] connector = new ServerConnector[1];
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.addConnector((server, httpConfiguration) -> {
                connector[0] = tlsConnector(server, httpConfiguration, sslContext, bindHost, port);
                return connector[0];
            });
            config.requestLogger.http((ctx, millis) -> journal.record(system.clock().now(), ctx.method().name(),
                    ctx.path(), ctx.statusCode(), SecurityFilter.userid(ctx)));
            routes(config, system, json, security);
        });
        app.start();
        return new ZosmfServer(app, connector[0]);
    }

    private static void routes(JavalinConfig config, SimulatedSystem system, JsonWriter json, SecurityFilter security) {
        config.routes.before(ZosmfPaths.PREFIX + "/*", security::handle);
        InfoRoutes.register(config.routes, system, json);
        AuthenticationRoutes.register(config.routes, system, json);
        ConsoleRoutes.register(config.routes, system, json);
        config.routes.exception(ZosmfError.class, (error, ctx) -> json.write(ctx, error.status(), error.body()));
        config.routes.exception(Exception.class, (error, ctx) -> {
            LOG.error("defect: {} {} failed", ctx.method(), ctx.path(), error);
            ZosmfError internal = Errors.internal(error.getClass().getSimpleName());
            json.write(ctx, internal.status(), internal.body());
        });
        config.routes.error(404, ctx -> unlessAnswered(ctx, json, Errors.notFound(ctx.method().name(), ctx.path())));
        config.routes.error(405, ctx -> unlessAnswered(ctx, json,
                Errors.methodNotAllowed(ctx.method().name(), ctx.path())));
        config.routes.error(413, ctx -> unlessAnswered(ctx, json, Errors.tooLarge(MAX_REQUEST_BYTES)));
    }

    /** Javalin's error handlers also run after a route set the status itself; keep the route's own body then. */
    private static void unlessAnswered(Context ctx, JsonWriter json, ZosmfError error) {
        if (ctx.result() == null || ctx.result().isEmpty() || !"application/json".equals(ctx.contentType())) {
            json.write(ctx, error.status(), error.body());
        }
    }

    private static ServerConnector tlsConnector(org.eclipse.jetty.server.Server server, HttpConfiguration base,
            SSLContext sslContext, String bindHost, int port) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setSslContext(sslContext);
        tls.setWantClientAuth(true);
        tls.setIncludeProtocols(TlsContexts.PROTOCOLS);
        HttpConfiguration https = new HttpConfiguration(base);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // the server certificate names localhost and loopback addresses; clients may use any extra name as well
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(https));
        connector.setHost(bindHost);
        connector.setPort(port);
        return connector;
    }

    /** The port the server listens on (the real one when 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        app.stop();
    }
}
