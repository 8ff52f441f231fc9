package dev.zosmfsim.tso;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * TSO/E's {@code CANCEL jobname[(jobid)] [PURGE|NOPURGE]}: cancels the user's batch jobs on JES2's queues, through
 * the same JES2 cancel the jobs REST interface uses, with its JESJOBS rules (a user's own jobs always; others' with
 * {@code CANCEL.node.owner.jobname} ALTER). Several jobs may be named, separated by blanks or commas. The
 * IBM-supplied IKJEFF53 exit's own jobname rule (IKJ56208I) is not applied: the RACF setup for JESJOBS replaces it
 * with a dummy exit. Message texts other than IKJ56208I's family are chosen (no IBM message found for them).
 */
public final class CancelJobCommand implements TsoCommand {

    /** What the cancel of one named job came to. */
    public enum Result {
        CANCELLED, PURGED, NOT_FOUND, NOT_UNIQUE, NOT_AUTHORIZED, NOT_CANCELLABLE, ITSELF
    }

    /** Cancels (or with {@code purge} also purges) the batch job {@code jobname} (with {@code jobid}, or null). */
    @FunctionalInterface
    public interface Canceller {
        Result cancel(String userid, String jobname, String jobid, boolean purge);
    }

    private final Canceller canceller;

    public CancelJobCommand(Canceller canceller) {
        this.canceller = canceller;
    }

    @Override
    public Set<String> names() {
        return Set.of("CANCEL");
    }

    @Override
    public List<String> run(TsoCommandLine command, TsoContext context) {
        String text = command.operands().toUpperCase(Locale.ROOT).trim();
        boolean purge = false;
        List<String> names = new ArrayList<>();
        // a list of jobs is in parentheses: "(A(J1) B)"; a job name never starts with one
        String list = text.startsWith("(") ? unwrap(text) : text;
        for (String token : list.replace(',', ' ').trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("PURGE")) {
                purge = true;
            } else if (token.equals("NOPURGE")) {
                purge = false;
            } else {
                names.add(token);
            }
        }
        if (names.isEmpty()) {
            return List.of("JOBNAME MISSING - ENTER CANCEL JOBNAME(JOBID)");
        }
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(cancelOne(context.userid(), name, purge));
        }
        return lines;
    }

    private static String unwrap(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return text.substring(1, i) + " " + text.substring(i + 1);
            }
        }
        return text.substring(1);
    }

    private String cancelOne(String userid, String name, boolean purge) {
        int open = name.indexOf('(');
        String jobname = open < 0 ? name : name.substring(0, open);
        String jobid = open < 0 || !name.endsWith(")") ? null : name.substring(open + 1, name.length() - 1);
        if (jobname.isEmpty() || jobname.length() > 8 || (open >= 0 && (jobid == null || jobid.isEmpty()))) {
            return "INVALID JOBNAME " + name;
        }
        return switch (canceller.cancel(userid, jobname, jobid, purge)) {
            case CANCELLED -> "JOB " + name + " CANCELLED";
            case PURGED -> "JOB " + name + " CANCELLED AND PURGED";
            case NOT_FOUND -> "JOB " + name + " NOT FOUND";
            case NOT_UNIQUE -> "JOB " + jobname + " NOT UNIQUE - SPECIFY JOBNAME(JOBID)";
            case NOT_AUTHORIZED -> "JOB " + name + " NOT CANCELLED - NOT AUTHORIZED";
            case NOT_CANCELLABLE -> "JOB " + name + " NOT CANCELLED - ON OUTPUT QUEUE, USE PURGE";
            case ITSELF -> "JOB " + name + " NOT CANCELLED - IT IS THE JOB RUNNING THIS COMMAND";
        };
    }
}
