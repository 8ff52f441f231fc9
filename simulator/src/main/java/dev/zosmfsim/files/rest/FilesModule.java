package dev.zosmfsim.files.rest;

import dev.zosmfsim.datasets.DataSetException;
import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.http.BaseServiceModule;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.http.ZosmfError;
import io.javalin.config.RoutesConfig;

/**
 * z/OSMF's data set and file services under {@code /zosmf/restfiles}: data sets and members ({@code /ds}) and
 * z/OS UNIX files ({@code /fs}). Errors come as {@code {category, rc, reason, message, details}}.
 */
public final class FilesModule extends BaseServiceModule {

    public static final String PREFIX = "/zosmf/restfiles";

    public FilesModule() {
        super("files", PREFIX, FaultService.FILES);
    }

    @Override
    public ZosmfError badRequest(String text) {
        return FilesError.badRequest(text);
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        DataSetRoutes dataSets = new DataSetRoutes(context);
        routes.get(PREFIX + "/ds", dataSets::list);
        routes.get(PREFIX + "/ds/<path>", dataSets::get);
        routes.put(PREFIX + "/ds/<path>", dataSets::put);
        routes.post(PREFIX + "/ds/<path>", dataSets::create);
        routes.delete(PREFIX + "/ds/<path>", dataSets::delete);
        UnixRoutes files = new UnixRoutes(context);
        routes.get(PREFIX + "/fs", files::list);
        routes.get(PREFIX + "/fs/<path>", files::read);
        routes.put(PREFIX + "/fs/<path>", files::put);
        routes.post(PREFIX + "/fs/<path>", files::create);
        routes.delete(PREFIX + "/fs/<path>", files::delete);
        routes.exception(DataSetException.class, (error, ctx) -> context.json().write(ctx, FilesError.of(error)));
        routes.exception(dev.zosmfsim.uss.UnixException.class, (error, ctx) ->
                context.json().write(ctx, FilesError.of(error)));
    }
}
