package dev.zosmfsim.jes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The batch jobs that run now: each started with its whole run worked out ({@link BatchRun}), shown ACTIVE with the
 * job log up to IEF403I until the clock passes the run's end, then on the output queue with all its spool. A cancel
 * while it runs ends the step that runs with S222 and flushes the rest. Guarded by {@link Jes2}'s lock.
 */
final class RunningJobs {

    private final JesFormats formats;
    private final Map<Integer, BatchRun.Ran> running = new LinkedHashMap<>();

    RunningJobs(JesFormats formats) {
        this.formats = formats;
    }

    /** Starts {@code job} on its run: it ends at once when the run takes no time. */
    void start(Job job, BatchRun.Ran ran, Instant now) {
        job.start(now);
        if (!ran.ended().isAfter(now)) {
            finish(job, ran);
            return;
        }
        job.steps(ran.steps().stream().map(step -> new JobStep(step.number(), step.stepname(), step.procstep(),
                step.program(), null, true)).toList());
        job.spool(ran.activeSpool());
        running.put(job.number(), ran);
    }

    /** Ends the jobs whose run the clock has passed; {@code log} gets what they write at the end, and when. */
    void finishDue(Instant now, Map<Integer, Job> jobs, BiConsumer<Instant, String> log) {
        for (var iterator = running.entrySet().iterator(); iterator.hasNext();) {
            var entry = iterator.next();
            BatchRun.Ran ran = entry.getValue();
            Job job = jobs.get(entry.getKey());
            if (job == null || job.ended() != null) {
                iterator.remove();
            } else if (!now.isBefore(ran.ended())) {
                iterator.remove();
                finish(job, ran);
                ran.systemLog().subList(ran.startLines(), ran.systemLog().size())
                        .forEach(line -> log.accept(ran.ended(), line));
            }
        }
    }

    /** Cancels a running job: the lines it writes to the system log, or empty when it is not running. */
    Optional<List<String>> cancel(Job job, Instant now) {
        BatchRun.Ran ran = running.remove(job.number());
        if (ran == null || job.ended() != null) {
            return Optional.empty();
        }
        List<JobStep> steps = new ArrayList<>();
        String abended = null;
        for (int i = 0; i < ran.steps().size(); i++) {
            JobStep step = ran.steps().get(i);
            if (abended != null || now.isBefore(ran.stepEnds().get(i))) {
                String completion = abended != null ? "FLUSH" : "ABEND S222";
                abended = abended != null ? abended : step.stepname();
                step = new JobStep(step.number(), step.stepname(), step.procstep(), step.program(), completion, false);
            }
            steps.add(step);
        }
        String prefix = formats.prefix(now, job.jobId());
        List<String> lines = List.of(String.format("IEF450I %s %s - ABEND=S222 U0000 REASON=00000000  TIME=%s",
                job.jobname(), abended, formats.time(now)), String.format("$HASP395 %-8s ENDED - ABEND=S222",
                job.jobname()));
        job.steps(steps);
        job.spool(ran.activeSpool());
        job.addSpoolLines("JESMSGLG", lines.stream().map(line -> prefix + line).toList());
        job.end(now, "ABEND S222");
        return Optional.of(lines);
    }

    private static void finish(Job job, BatchRun.Ran ran) {
        job.steps(ran.steps());
        job.spool(ran.spool());
        job.end(ran.ended(), ran.retcode());
    }
}
