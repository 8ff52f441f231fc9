package dev.zosmfsim.jes.rest;

import dev.zosmfsim.jes.Jes2;
import dev.zosmfsim.jes.JesException;
import dev.zosmfsim.jes.Job;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A job named by its correlator, as IBM's jobs interface takes it in place of {@code jobname/jobid}: the 31-character
 * system part, a colon (IBM's pages say semicolon: both are taken), and the user part of up to 32 characters; and the
 * URL form z/OSMF writes in a job document's {@code url}: the correlator with its colon percent-encoded.
 */
final class JobReference {

    /** The system part: type letter, seven digits, then 23 characters of system name, time and dots. */
    private static final String CORRELATOR = "[JST]\\d{7}[A-Za-z0-9@#$.]{23}[:;][A-Za-z0-9@#$ ]{0,32}";

    private JobReference() {
    }

    /** Whether a path segment is a job correlator (a job name never is: it is at most 8 characters). */
    static boolean isCorrelator(String segment) {
        return segment.matches(CORRELATOR);
    }

    /** The job with this correlator that {@code userid} may see; "No job found" as for a name and id. */
    static Job find(Jes2 jes, String userid, String correlator) {
        String wanted = correlator.substring(0, 31) + ":" + correlator.substring(32);
        Optional<Job> job = jes.byId(correlator.substring(0, 8))
                .filter(found -> found.correlator().equalsIgnoreCase(wanted));
        JesException notFound = JesException.service(10, "No job found for reference: '" + correlator + "'");
        if (job.isEmpty()) {
            throw notFound;
        }
        try {
            return jes.find(userid, job.get().jobname(), job.get().jobId());
        } catch (JesException refused) {
            throw notFound;
        }
    }

    /** The job's URL: {@code <base>/zosmf/restjobs/jobs/<correlator, percent-encoded>}, as z/OSMF writes it. */
    static String url(String baseUrl, Job job) {
        return baseUrl + JobsModule.JOBS + "/" + URLEncoder.encode(job.correlator(), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
