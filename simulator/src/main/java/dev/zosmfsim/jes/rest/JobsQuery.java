package dev.zosmfsim.jes.rest;

import dev.zosmfsim.jes.JesException;
import dev.zosmfsim.jes.JobFilter;
import dev.zosmfsim.jes.JobStatus;
import dev.zosmfsim.jes.NamePattern;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The list's query parameters, checked as z/OSMF checks them ("Value of owner query parameter is not valid", reason
 * 4): owner (default the caller; {@code *} for everyone), prefix (default {@code *}), jobid, status, max-jobs (1 to
 * 1000, default 1000), user-correlator.
 */
final class JobsQuery {

    private JobsQuery() {
    }

    static JobFilter filter(Context ctx, String userid) {
        String owner = value(ctx, "owner", userid);
        String prefix = value(ctx, "prefix", "*");
        if (!NamePattern.validName(owner)) {
            throw invalid("owner");
        }
        if (!NamePattern.validName(prefix)) {
            throw invalid("prefix");
        }
        String jobid = ctx.queryParam("jobid");
        if (jobid != null && !jobid.matches("[A-Za-z0-9*%]{1,8}")) {
            throw invalid("jobid");
        }
        String status = ctx.queryParam("status");
        JobStatus wanted = null;
        if (status != null && !status.equals("*")) {
            try {
                wanted = JobStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid("status");
            }
        }
        String max = ctx.queryParam("max-jobs");
        int maxJobs = JobFilter.MAX_JOBS;
        if (max != null) {
            if (!max.matches("\\d{1,4}") || Integer.parseInt(max) < 1 || Integer.parseInt(max) > JobFilter.MAX_JOBS) {
                throw invalid("max-jobs");
            }
            maxJobs = Integer.parseInt(max);
        }
        String correlator = ctx.queryParam("user-correlator");
        if (correlator != null && !correlator.matches("[A-Za-z@#$][A-Za-z0-9@#$ ]{0,31}")) {
            throw invalid("user-correlator");
        }
        return new JobFilter(NamePattern.of(owner), NamePattern.of(prefix),
                jobid == null ? null : NamePattern.of(jobid), wanted, maxJobs, correlator);
    }

    /** A Y/N flag such as step-data or exec-data; anything but Y (any case) is N. */
    static boolean flag(Context ctx, String name) {
        return "Y".equalsIgnoreCase(ctx.queryParam(name));
    }

    private static String value(Context ctx, String name, String otherwise) {
        String value = ctx.queryParam(name);
        return value == null ? otherwise : value;
    }

    private static JesException invalid(String name) {
        return JesException.service(4, "Value of " + name + " query parameter is not valid");
    }
}
