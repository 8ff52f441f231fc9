package dev.zosmfsim.jes.rest;

import dev.zosmfsim.http.LoggedOnUser;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.jes.JclFiles;
import dev.zosmfsim.jes.JesException;
import dev.zosmfsim.system.JobDataSetAuthority;
import dev.zosmfsim.system.SimulatedSystem;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * What a submit hands the internal reader: the JCL in the body (text/plain), or the data set or z/OS UNIX file that
 * an application/json body {@code {"file": ...}} names. X-IBM-Intrdr-Recfm and -Lrecl describe the internal reader:
 * for text and a UNIX file F (the default) refuses a card longer than the LRECL (80 by default); for a data set they
 * may be left out, and when given must be the data set's own.
 */
final class SubmitInput {

    private SubmitInput() {
    }

    /** The cards of the job a submit request carries or names. */
    static List<String> cards(ServerContext context, Context ctx) {
        String recfm = header(ctx, "X-IBM-Intrdr-Recfm", null, "F|V");
        String lrecl = header(ctx, "X-IBM-Intrdr-Lrecl", null, "\\d{1,5}");
        header(ctx, "X-IBM-Intrdr-Mode", "TEXT", "(?i)TEXT|RECORD|BINARY");
        if (!RequestBodies.isJson(ctx.header("Content-Type"))) {
            String body = RequestBodies.text(ctx);
            if (body.isBlank()) {
                throw JesException.service(8, "Job input was not recognized by system as a job");
            }
            return fitting(JclFiles.cards(body), recfm, lrecl);
        }
        JobsBodies.SubmitFile body = RequestBodies.read(ctx, context.json(), JobsBodies.SubmitFile.class,
                text -> JobsModule.error(JesException.service(4, text)));
        if (body.file() == null) {
            throw JesException.service(4, "The request body must name the file to submit: {\"file\": \"//'DSNAME"
                    + "(MEMBER)'\"} or {\"file\": \"/path\"}");
        }
        SimulatedSystem system = context.system();
        JclFiles.Source source = new JclFiles(system.datasets(), JobDataSetAuthority.of(system.datasetAuthority()),
                system.unixFiles(), system.unixUsers())
                .read(LoggedOnUser.of(ctx), body.file());
        if (source.recfm() == null) {
            return fitting(source.cards(), recfm, lrecl);
        }
        if (recfm != null && !recfm.equals(source.recfm()) || lrecl != null
                && Integer.parseInt(lrecl) != source.lrecl()) {
            throw JesException.service(4, "X-IBM-Intrdr-Recfm and X-IBM-Intrdr-Lrecl must match the data set's record"
                    + " format and length (" + source.recfm() + ", " + source.lrecl() + ") or be left out");
        }
        return source.cards();
    }

    /** The cards, when each fits the internal reader's records. */
    private static List<String> fitting(List<String> cards, String recfm, String lrecl) {
        int length = lrecl == null ? 80 : Integer.parseInt(lrecl);
        for (int i = 0; i < cards.size(); i++) {
            if (!"V".equals(recfm) && cards.get(i).length() > length) {
                throw JesException.service(4, "Record " + (i + 1) + " of the job is longer than the internal reader's"
                        + " record length, " + length);
            }
        }
        return cards;
    }

    /** A header's value (upper case), {@code otherwise} when absent; a value not of {@code pattern} is reason 4. */
    static String header(Context ctx, String name, String otherwise, String pattern) {
        String value = ctx.header(name);
        if (value == null) {
            return otherwise;
        }
        if (!value.strip().matches(pattern)) {
            throw JesException.service(4, "Value of " + name + " header is not valid");
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
