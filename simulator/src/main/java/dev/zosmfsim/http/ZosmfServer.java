package dev.zosmfsim.http;

import dev.zosmfsim.journal.RequestJournal;
import dev.zosmfsim.limits.ServerLimits;
import dev.zosmfsim.system.SimulatedSystem;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTPS port of one simulated system: Javalin on a Jetty TLS connector that wants (does not need) a client
 * certificate, so that password and certificate logons share the port. Only TLS 1.2 and 1.3 are spoken, with
 * forward-secret AEAD cipher suites only ({@link TlsContexts#CIPHER_SUITES}). The z/OSMF services live under
 * {@code /zosmf}, the simulator's admin API under {@code /zosmf-sim/v1}.
 */
public final class ZosmfServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ZosmfServer.class);
    /** Larger request bodies are refused before they are read (Jetty answers 413). */
    static final long MAX_REQUEST_BYTES = 1_048_576;

    /** The size of the buffer each answer is copied to the client through; most answers fit in one. */
    static final int RESPONSE_COPY_BYTES = 4096;

    private final Javalin app;
    private final ServerConnector connector;

    /**
     * What a server is started with. {@code systems} gives the system as it is now (a reset replaces it);
     * {@code services} are the service modules it serves; {@code hostNames} the names (beside localhost, 127.0.0.1 and
     * ::1) its certificate carries.
     */
    public record Settings(Supplier<SimulatedSystem> systems, List<ServiceModule> services, SSLContext sslContext,
            String bindHost, int port, RequestJournal journal, List<String> hostNames, ServerLimits limits) {
    }

    private ZosmfServer(Javalin app, ServerConnector connector) {
        this.app = app;
        this.connector = connector;
    }

    /** Starts serving; {@code settings.port()} 0 picks a free port. */
    public static ZosmfServer start(Settings settings) {
        JsonWriter json = new JsonWriter();
        ServiceDirectory services = new ServiceDirectory(settings.services());
        ServerConnector[] connector = new ServerConnector[1];
        org.eclipse.jetty.util.thread.ThreadPool threads = TlsPort.threadPool(settings.limits().maxThreads());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // Javalin otherwise starts a thread per server that sleeps 5 s to warn about a server never started; it
            // holds the whole server that long, so a test suite with a simulator per test kept hundreds alive
            config.startup.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            // Javalin copies every answer to the client through a buffer of this size, new for each answer; its
            // default (Jetty's output buffer, 32 KiB) made that copy nine tenths of all the memory the server
            // allocated under load, and the collections it caused 7.5 % of the time (bench/NOTES.md, issue 18)
            config.http.responseBufferSize = RESPONSE_COPY_BYTES;
            config.http.compressionStrategy = Compression.gzip();
            config.jetty.threadPool = threads;
            // Javalin hangs its servlet context below the innermost wrapper it finds
            config.jetty.modifyServer(server -> {
                // bodies are read before the route, without a thread; Javalin's context goes below the last wrapper
                FaultResponseHandler faults = new FaultResponseHandler();
                faults.setHandler(new EagerBodies());
                server.setHandler(faults);
                server.setErrorHandler(new JsonErrorHandler(json.mapper()));
            });
            config.jetty.addConnector((server, httpConfiguration) -> {
                connector[0] = tlsConnector(server, httpConfiguration, settings);
                return connector[0];
            });
            config.requestLogger.http((ctx, millis) -> settings.journal().record(settings.systems().get().clock().now(),
                    ctx.method().name(), ctx.path(), services.serviceOf(ctx.path()), ctx.statusCode(),
                    SecurityFilter.userid(ctx), ctx.attribute(FaultFilter.FIRED)));
            routes(config, settings, services, json, threads);
        });
        app.start();
        return new ZosmfServer(app, connector[0]);
    }

    private static void routes(JavalinConfig config, Settings settings, ServiceDirectory services, JsonWriter json,
            java.util.concurrent.Executor threads) {
        Supplier<SimulatedSystem> systems = settings.systems();
        config.routes.before(new SecurityFilter(systems, services)::handle);
        FaultFilter faults = new FaultFilter(systems, services, json, threads);
        config.routes.before(ServiceDirectory.ZOSMF_PREFIX + "/*", faults::handle);
        // a z/OSMF service outside /zosmf (the JWT builder's key endpoint) is reached by fault rules too
        services.modules().stream().filter(module -> module.faultService() != null
                && !module.pathPrefix().startsWith(ServiceDirectory.ZOSMF_PREFIX + "/"))
                .forEach(module -> config.routes.before(module.pathPrefix() + "/*", faults::handle));
        java.util.Set<String> names = new java.util.HashSet<>(settings.hostNames());
        names.add(settings.bindHost());
        ServerContext context = new ServerContext(systems, json, names, threads);
        services.modules().forEach(module -> module.register(config.routes, context));
        config.routes.exception(ZosmfError.class, (error, ctx) -> json.write(ctx, error));
        config.routes.exception(JsonWriter.BindingProblem.class, (problem, ctx) ->
                answerBadRequest(ctx, json, services, problem.getMessage()));
        config.routes.exception(RequestBodies.UnreadableBody.class, (problem, ctx) ->
                answerBadRequest(ctx, json, services, problem.getMessage()));
        config.routes.exception(ValidationException.class, (problem, ctx) ->
                answerBadRequest(ctx, json, services, QueryProblems.describe(problem)));
        config.routes.exception(FaultFilter.DroppedByFault.class, (error, ctx) -> ctx.status(500));
        config.routes.exception(HttpResponseException.class, (error, ctx) -> {
            // Javalin's own refusals (no route, wrong method, body too large) in z/OSMF's shape, never its text
            ZosmfError refused = error.getStatus() == 404 ? Errors.notFound(ctx.method().name(), ctx.path())
                    : error.getStatus() == 405 ? Errors.methodNotAllowed(ctx.method().name(), ctx.path())
                    : Errors.refusedByServer(error.getStatus(), error.getMessage());
            json.write(ctx, refused);
        });
        config.routes.exception(InterruptedException.class, (error, ctx) -> {
            Thread.currentThread().interrupt();
            ZosmfError stopping = services.owner(ctx.path()).map(ServiceModule::stopping).orElse(Errors.stopping());
            json.write(ctx, stopping);
        });
        config.routes.exception(Exception.class, (error, ctx) -> {
            LOG.error("defect: {} {} failed", ctx.method(), ctx.path(), error);
            ZosmfError internal = Errors.internal(error.getClass().getSimpleName());
            json.write(ctx, internal);
        });
        config.routes.error(404, ctx -> unlessAnswered(ctx, json, Errors.notFound(ctx.method().name(), ctx.path())));
        config.routes.error(405, ctx -> unlessAnswered(ctx, json,
                Errors.methodNotAllowed(ctx.method().name(), ctx.path())));
        config.routes.error(413, ctx -> unlessAnswered(ctx, json, Errors.tooLarge(MAX_REQUEST_BYTES)));
    }

    /** A bad request, in the shape of the service that owns the path. */
    private static void answerBadRequest(Context ctx, JsonWriter json, ServiceDirectory services, String text) {
        ZosmfError error = services.owner(ctx.path()).map(module -> module.badRequest(text))
                .orElse(Errors.badRequest(text));
        json.write(ctx, error);
    }

    /**
     * Javalin's error handlers also run after a route answered with that status itself; keep the route's own body
     * then. Anything else (Javalin's own text, which it labels JSON when the request was JSON) is replaced.
     */
    private static void unlessAnswered(Context ctx, JsonWriter json, ZosmfError error) {
        if (!JsonWriter.answered(ctx)) {
            json.write(ctx, error);
        }
    }

    private static ServerConnector tlsConnector(org.eclipse.jetty.server.Server server, HttpConfiguration base,
            Settings settings) {
        ServerConnector connector = TlsPort.connector(server, settings.bindHost(), settings.port(),
                settings.limits().idleTimeout().toMillis(),
                new StallingSslConnectionFactory(TlsPort.tls(settings.sslContext()), "http/1.1", settings.systems(),
                        new HandshakeGate(settings.limits().maxHandshakesPerClient(), server.getThreadPool())),
                new HttpConnectionFactory(TlsPort.https(base)));
        connector.addBean(new ConnectionGuard(settings.limits(), connector));
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
