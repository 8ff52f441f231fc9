package dev.zosmfsim.jes.rest;

import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.http.BaseServiceModule;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.http.ZosmfError;
import dev.zosmfsim.jes.JesException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The z/OS jobs REST interface under {@code /zosmf/restjobs}: list, status, spool files and their records, the JCL,
 * submit, hold, release, change class, cancel and purge; a job named by jobname and jobid or by its correlator. Its errors are z/OSMF's error report
 * {@code {"rc", "reason", "category", "message"}}: bad requests are HTTP 400 with rc 4 and category 6 (the service
 * layer), reason 4 for a bad query value, 7 for a path no service matches, 10 for a job that is not there.
 */
public final class JobsModule extends BaseServiceModule {

    public static final String PREFIX = "/zosmf/restjobs";
    static final String JOBS = PREFIX + "/jobs";

    public JobsModule() {
        super("jobs", PREFIX, FaultService.JOBS);
    }

    @Override
    public ZosmfError badRequest(String text) {
        return error(JesException.service(4, text));
    }

    @Override
    public ZosmfError stopping() {
        return error(new JesException(503, 8, 99, 7, "z/OSMF is stopping; the request was not completed"));
    }

    static ZosmfError error(JesException e) {
        return new ZosmfError(e.status(), new JobsBodies.ErrorReport(e.returnCode(), e.reason(), e.category(),
                ZosmfError.printable(e.getMessage())));
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        JobsRoutes handlers = new JobsRoutes(context);
        routes.get(JOBS, handlers::list);
        routes.put(JOBS, handlers::submit);
        routes.get(JOBS + "/{correlator}", handlers::status);
        routes.put(JOBS + "/{correlator}", handlers::modify);
        routes.delete(JOBS + "/{correlator}", handlers::purge);
        routes.get(JOBS + "/{correlator}/files/{file}/records", handlers::records);
        routes.get(JOBS + "/{jobname}/{jobid}", handlers::statusOrFiles);
        routes.put(JOBS + "/{jobname}/{jobid}", handlers::modify);
        routes.delete(JOBS + "/{jobname}/{jobid}", handlers::purge);
        routes.get(JOBS + "/{jobname}/{jobid}/files", handlers::files);
        routes.get(JOBS + "/{jobname}/{jobid}/files/{file}/records", handlers::records);
        // what no route above matches is z/OSMF's "No match for method ... and pathInfo" (reason 7), not a 404
        routes.get(PREFIX + "/<rest>", JobsRoutes::noMatch);
        routes.put(PREFIX + "/<rest>", JobsRoutes::noMatch);
        routes.delete(PREFIX + "/<rest>", JobsRoutes::noMatch);
        routes.post(PREFIX + "/<rest>", JobsRoutes::noMatch);
        routes.post(JOBS, JobsRoutes::noMatch);
        routes.exception(JesException.class, (error, ctx) -> context.json().write(ctx, error(error)));
    }

    /** The path after {@code /zosmf/restjobs/jobs}, as z/OSMF's messages quote it. */
    static String pathInfo(Context ctx) {
        String path = ctx.path();
        return path.startsWith(JOBS) ? path.substring(JOBS.length()) : path.substring(PREFIX.length());
    }
}
