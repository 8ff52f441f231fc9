package dev.zosmfsim.jes.rest;

import dev.zosmfsim.http.LoggedOnUser;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.jes.Jes2;
import dev.zosmfsim.jes.JesException;
import dev.zosmfsim.jes.Job;
import dev.zosmfsim.jes.JobStatus;
import dev.zosmfsim.jes.SpoolFile;
import dev.zosmfsim.system.SimulatedSystem;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The handlers of the jobs interface: thin, over {@link Jes2}; refusals are {@link JesException}s. */
final class JobsRoutes {

    private static final String NAME = "[A-Za-z@#$][A-Za-z0-9@#$]{0,7}";
    private static final String JOBID = "[A-Za-z][A-Za-z0-9]{1,7}";
    private static final String SYMBOL_HEADER = "x-ibm-jcl-symbol-";

    private final ServerContext context;

    JobsRoutes(ServerContext context) {
        this.context = context;
    }

    void list(Context ctx) {
        String userid = LoggedOnUser.of(ctx);
        List<Job> jobs = system().jes().list(userid, JobsQuery.filter(ctx, userid));
        boolean execData = JobsQuery.flag(ctx, "exec-data");
        String base = context.baseUrl(ctx);
        String sysname = system().identity().sysname();
        context.json().write(ctx, 200, jobs.stream()
                .map(job -> JobsBodies.JobDocument.of(job, job.status(), base, sysname, execData, false)).toList());
    }

    void status(Context ctx) {
        Job job = job(ctx);
        context.json().write(ctx, 200, JobsBodies.JobDocument.of(job, job.status(), context.baseUrl(ctx),
                system().identity().sysname(), JobsQuery.flag(ctx, "exec-data"), JobsQuery.flag(ctx, "step-data")));
    }

    void files(Context ctx) {
        filesOf(ctx, job(ctx));
    }

    private void filesOf(Context ctx, Job job) {
        String base = context.baseUrl(ctx);
        context.json().write(ctx, 200, job.spool().stream().map(file -> JobsBodies.FileDocument.of(job, file, base))
                .toList());
    }

    void records(Context ctx) {
        Job job = job(ctx);
        String which = ctx.pathParam("file");
        List<String> records;
        if (which.equalsIgnoreCase("JCL")) {
            records = job.jcl();
        } else if (which.matches("\\d{1,6}")) {
            int id = Integer.parseInt(which);
            records = job.spool().stream().filter(file -> file.id() == id).map(SpoolFile::records).findFirst()
                    .orElseThrow(() -> JesException.service(10, "No spool file found for reference: '"
                            + job.jobname() + "(" + job.jobId() + ")', file id " + id));
        } else {
            throw noMatchFor(ctx);
        }
        String mode = ctx.queryParam("mode");
        if (mode != null && !List.of("text", "record", "binary").contains(mode.toLowerCase(Locale.ROOT))) {
            throw JesException.service(4, "Value of mode query parameter is not valid");
        }
        records = RecordRange.apply(records, ctx.header("X-IBM-Record-Range"));
        StringBuilder text = new StringBuilder();
        records.forEach(record -> text.append(record).append('\n'));
        ctx.status(200).contentType("text/plain; charset=UTF-8").result(text.toString());
    }

    void submit(Context ctx) {
        String jobClass = SubmitInput.header(ctx, "X-IBM-Intrdr-Class", "A", "[A-Za-z0-9]");
        String correlator = ctx.header("X-IBM-User-Correlator");
        if (correlator != null && !correlator.matches("[A-Za-z@#$][A-Za-z0-9@#$ ]{0,31}")) {
            throw JesException.service(4, "Value of X-IBM-User-Correlator header is not valid");
        }
        List<String> cards = SubmitInput.cards(context, ctx);
        Job job = system().jes().submit(new Jes2.Submission(cards, LoggedOnUser.of(ctx), symbols(ctx), correlator,
                jobClass));
        context.json().write(ctx, 201, JobsBodies.JobDocument.of(job, JobStatus.INPUT, context.baseUrl(ctx),
                system().identity().sysname(), false, false));
    }

    void modify(Context ctx) {
        Job job = job(ctx);
        JobsBodies.ModifyBody body = RequestBodies.read(ctx, context.json(), JobsBodies.ModifyBody.class,
                text -> JobsModule.error(JesException.service(4, text)));
        boolean sync = version(body.version());
        String userid = LoggedOnUser.of(ctx);
        Jes2 jes = system().jes();
        Jes2.Feedback feedback;
        if (body.jobClass() != null && body.request() == null) {
            feedback = jes.changeClass(userid, job, body.jobClass());
        } else if (body.request() != null && body.jobClass() == null) {
            feedback = switch (body.request().toLowerCase(Locale.ROOT)) {
                case "cancel" -> jes.cancel(userid, job, false);
                case "hold" -> jes.hold(userid, job, true);
                case "release" -> jes.hold(userid, job, false);
                default -> throw JesException.service(4, "Value of request is not valid: '" + body.request()
                        + "'; expected cancel, hold or release");
            };
        } else {
            throw JesException.service(4, "The request body must name one request (cancel, hold, release) or a"
                    + " class");
        }
        answer(ctx, feedback, sync);
    }

    void purge(Context ctx) {
        Job job = job(ctx);
        boolean sync = version(ctx.header("X-IBM-Job-Modify-Version"));
        answer(ctx, system().jes().cancel(LoggedOnUser.of(ctx), job, true), sync);
    }

    /** Version 2.0 answers when done (200 with the feedback); 1.0, the default, as accepted (202). */
    private static boolean version(String version) {
        if (version == null || version.equals("1.0")) {
            return false;
        }
        if (version.equals("2.0")) {
            return true;
        }
        throw JesException.service(4, "Value of version is not valid: '" + version + "'; expected 1.0 or 2.0");
    }

    private void answer(Context ctx, Jes2.Feedback feedback, boolean sync) {
        context.json().write(ctx, sync ? 200 : 202, JobsBodies.Feedback.of(feedback, system().identity().sysname()));
    }

    static void noMatch(Context ctx) {
        throw noMatchFor(ctx);
    }

    private static JesException noMatchFor(Context ctx) {
        return JesException.service(7, "No match for method " + ctx.method().name() + " and pathInfo='"
                + JobsModule.pathInfo(ctx) + "'");
    }

    /**
     * {@code GET /jobs/{name}/{id}} is a job's status, but {@code GET /jobs/{correlator}/files} its spool files: the
     * two paths have the same shape, so the first segment tells them apart.
     */
    void statusOrFiles(Context ctx) {
        String first = ctx.pathParam("jobname");
        if (ctx.pathParam("jobid").equals("files") && JobReference.isCorrelator(first)) {
            filesOf(ctx, JobReference.find(system().jes(), LoggedOnUser.of(ctx), first));
        } else {
            status(ctx);
        }
    }

    /**
     * The job a path names (by name and id, or by correlator), if the user may see it; a name or id that cannot be
     * one is reason 7, as z/OSMF has it.
     */
    private Job job(Context ctx) {
        String correlator = ctx.pathParamMap().get("correlator");
        if (correlator != null) {
            if (!JobReference.isCorrelator(correlator)) {
                throw noMatchFor(ctx);
            }
            return JobReference.find(system().jes(), LoggedOnUser.of(ctx), correlator);
        }
        String jobname = ctx.pathParam("jobname");
        String jobid = ctx.pathParam("jobid");
        if (!jobname.matches(NAME) || !jobid.matches(JOBID)) {
            throw noMatchFor(ctx);
        }
        return system().jes().find(LoggedOnUser.of(ctx), jobname.toUpperCase(Locale.ROOT),
                jobid.toUpperCase(Locale.ROOT));
    }

    private static Map<String, String> symbols(Context ctx) {
        Map<String, String> symbols = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : ctx.headerMap().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith(SYMBOL_HEADER)) {
                String symbol = name.substring(SYMBOL_HEADER.length()).toUpperCase(Locale.ROOT);
                if (!symbol.matches("[A-Z@#$][A-Z0-9@#$]{0,7}")) {
                    throw JesException.service(4, "The JCL symbol name '" + symbol + "' is not valid");
                }
                symbols.put(symbol, header.getValue());
            }
        }
        return symbols;
    }

    private SimulatedSystem system() {
        return context.system();
    }
}
