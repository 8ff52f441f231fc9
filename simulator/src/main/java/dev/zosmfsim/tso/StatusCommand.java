package dev.zosmfsim.tso;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code STATUS [jobname ...]}: the user's batch jobs on JES2's queues. Without operands, the jobs named the userid
 * and one character, as TSO/E's STATUS shows them; with job names, those. Each job is one message: IKJ56211I
 * executing, IKJ56197I waiting for execution, IKJ56192I on the output queue; IKJ56216I when there are none.
 */
public final class StatusCommand implements TsoCommand {

    /** A batch job as STATUS sees it: name, id, and where it is ({@code INPUT}, {@code ACTIVE}, {@code OUTPUT}). */
    public record BatchJob(String jobname, String jobid, String queue) {
    }

    private final Function<String, List<BatchJob>> jobsOf;

    /** {@code jobsOf} gives the batch jobs a user may see. */
    public StatusCommand(Function<String, List<BatchJob>> jobsOf) {
        this.jobsOf = jobsOf;
    }

    @Override
    public Set<String> names() {
        return Set.of("STATUS", "ST");
    }

    @Override
    public List<String> run(TsoCommandLine command, TsoContext context) {
        List<String> named = command.operands().isBlank() ? List.of()
                : List.of(command.operands().toUpperCase(Locale.ROOT).replaceAll("[(),]", " ").trim().split("\\s+"));
        String userid = context.userid();
        List<String> lines = jobsOf.apply(userid).stream()
                .filter(job -> named.isEmpty() ? job.jobname().length() == userid.length() + 1
                        && job.jobname().startsWith(userid) : named.contains(job.jobname())
                        || named.contains(job.jobid()))
                .map(StatusCommand::line).toList();
        return lines.isEmpty() ? List.of("IKJ56216I NO JOBS FOUND") : lines;
    }

    private static String line(BatchJob job) {
        String name = job.jobname() + "(" + job.jobid() + ")";
        return switch (job.queue()) {
            case "ACTIVE" -> "IKJ56211I JOB " + name + " EXECUTING";
            case "INPUT" -> "IKJ56197I JOB " + name + " WAITING FOR EXECUTION";
            default -> "IKJ56192I JOB " + name + " ON OUTPUT QUEUE";
        };
    }
}
