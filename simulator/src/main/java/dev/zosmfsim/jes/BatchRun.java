package dev.zosmfsim.jes;

import dev.zosmfsim.jes.jcl.BatchProgram;
import dev.zosmfsim.jes.jcl.JclDd;
import dev.zosmfsim.jes.jcl.StepConditions;
import dev.zosmfsim.jes.jcl.JclJob;
import dev.zosmfsim.jes.jcl.JclListing;
import dev.zosmfsim.jes.jcl.JclStep;
import dev.zosmfsim.jes.jcl.JobDataSets;
import dev.zosmfsim.jes.jcl.Programs;
import dev.zosmfsim.jes.jcl.StepAllocation;
import dev.zosmfsim.jes.jcl.StepResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a converted batch job on the simulator clock: steps take no time, except BPXBATCH's {@code sleep}; the run is
 * worked out at the start and shown as the clock passes its end (see {@link Jes2}):
 * each step's COND and IF, its program, and the spool JES2 and the initiator write: JESMSGLG ($HASP373, IEF403I,
 * IEF404I or IEF450I, $HASP395), JESJCL, JESYSMSG (IEF236I/IEF237I, IEF142I or IEF472I, IEF272I, IEF373I/IEF374I,
 * IEF375I/IEF376I) and each SYSOUT DD from id 102 on. A job with JCL errors is not run (IEFC452I, $HASP396); nor is
 * one whose user RACF refuses (ICH408I, SEC ERROR).
 */
final class BatchRun {

    /**
     * What the run left: the steps, the spool, the completion, what it wrote to the system log, and when it ends
     * (each step's end too). While the job runs, its spool is the job log up to IEF403I and the JCL
     * ({@link #activeSpool}); the system log lines before {@code startLines} are written when it starts, the others
     * when it ends.
     */
    record Ran(List<JobStep> steps, List<SpoolFile> spool, String retcode, List<String> systemLog, Instant ended,
            List<Instant> stepEnds, int startLogLines, int startLines) {

        List<SpoolFile> activeSpool() {
            SpoolFile log = spool.get(0);
            return List.of(new SpoolFile(log.id(), log.ddname(), log.stepname(), log.procstep(), log.recfm(),
                    log.lrecl(), log.outputClass(), log.records().subList(0, startLogLines)), spool.get(1));
        }
    }

    private final JesFormats formats;
    private final Programs programs;

    BatchRun(JesFormats formats, Programs programs) {
        this.formats = formats;
        this.programs = programs;
    }

    Ran run(JclJob jcl, List<String> cards, String jobId, String owner, Instant now, Optional<List<String>> refusal) {
        String jobname = jcl.jobname();
        String prefix = formats.prefix(now, jobId);
        List<String> log = new ArrayList<>(List.of(formats.title(), "0", formats.dateLine(now, jobId)));
        List<String> sysmsg = new ArrayList<>();
        List<String> systemLog = new ArrayList<>();
        List<JobStep> steps = new ArrayList<>();
        List<SpoolFile> sysouts = new ArrayList<>();
        String retcode;
        Instant at = now;
        List<Instant> stepEnds = new ArrayList<>();
        int startLogLines = 0;
        int startLines = 0;
        if (jcl.hasErrors()) {
            sysmsg.add(" STMT NO. MESSAGE");
            jcl.errors().forEach(error -> sysmsg.add(error.line()));
            log.add(prefix + "IEFC452I " + jobname + " - JOB NOT RUN - JCL ERROR" + "  " + formats.time(now));
            log.add(prefix + String.format("$HASP396 %-8s TERMINATED", jobname));
            systemLog.add(" IEFC452I " + jobname + " - JOB NOT RUN - JCL ERROR");
            systemLog.add(String.format(" $HASP396 %-8s TERMINATED", jobname));
            retcode = "JCL ERROR";
        } else if (refusal.isPresent()) {
            refusal.get().forEach(line -> log.add(prefix + line));
            refusal.get().forEach(line -> systemLog.add(" " + line));
            log.add(prefix + String.format("$HASP396 %-8s TERMINATED", jobname));
            systemLog.add(String.format(" $HASP396 %-8s TERMINATED", jobname));
            retcode = "SEC ERROR";
        } else {
            log.add(prefix + "IRR010I  USERID " + owner + "  IS ASSIGNED TO THIS JOB.");
            String started = String.format("$HASP373 %-8s STARTED - INIT 1    - CLASS %-8s - SYS %s", jobname,
                    jcl.jobClass(), formats.sysname());
            log.add(prefix + started);
            log.add(prefix + "IEF403I " + jobname + " - STARTED - TIME=" + formats.time(now));
            systemLog.add(" " + started);
            systemLog.add(" IEF403I " + jobname + " - STARTED - TIME=" + formats.time(now));
            startLogLines = log.size();
            startLines = systemLog.size();
            List<StepResult> results = new ArrayList<>();
            int nextId = 102;
            JobDataSets dataSets = programs.dataSetsFor(jobname, jobId, owner, formats.local(now));
            boolean failed = false;
            for (JclStep step : jcl.steps()) {
                if (failed) {
                    // after a step's allocation failed the job ends: the steps after it are not started
                    stepEnds.add(at);
                    results.add(StepResult.flushed(step.name()));
                    steps.add(new JobStep(step.number(), step.name(), null, step.program(), "FLUSH", false));
                    continue;
                }
                java.util.Map<String, List<String>> outputs = new java.util.HashMap<>();
                Stepped stepped = runStep(jcl, step, owner, jobId, at, results, new Writes(log, sysmsg, systemLog,
                        outputs, dataSets), nextId);
                StepResult result = stepped.result();
                failed = result.jclError();
                at = at.plus(stepped.elapsed());
                stepEnds.add(at);
                results.add(result);
                steps.add(new JobStep(step.number(), step.name(), null, step.program(), result.completion(), false));
                if (!result.ran()) {
                    continue;
                }
                for (JclDd dd : step.dds()) {
                    if (dd.sysoutClass() != null) {
                        List<String> lines = outputs.getOrDefault(dd.name(), List.of());
                        String outputClass = dd.sysoutClass().equals("*") ? jcl.msgClass() : dd.sysoutClass();
                        boolean tso = dd.name().equals("SYSTSPRT");
                        sysouts.add(new SpoolFile(nextId++, dd.name(), step.name(), null, tso ? "VBA" : "FB",
                                tso ? 137 : 80, outputClass, lines));
                    }
                }
            }
            dataSets.end(sysmsg);
            Optional<StepResult> abend = results.stream().filter(StepResult::abended).findFirst();
            int highest = results.stream().filter(r -> r.ran() && !r.abended()).mapToInt(StepResult::returnCode)
                    .max().orElse(0);
            retcode = failed ? "JCL ERROR" : abend.map(r -> "ABEND " + r.abend())
                    .orElse(String.format("CC %04d", highest));
            String endPrefix = formats.prefix(at, jobId);
            String endMessage = failed ? "IEF453I " + jobname + " - JOB FAILED - JCL ERROR - TIME=" + formats.time(at)
                    : "IEF404I " + jobname + " - ENDED - TIME=" + formats.time(at);
            log.add(endPrefix + endMessage);
            String ended = String.format("$HASP395 %-8s ENDED - ", jobname) + (failed ? "JCL ERROR"
                    : abend.map(r -> "ABEND=" + r.abend()).orElse(String.format("RC=%04d", highest)));
            log.add(endPrefix + ended);
            systemLog.add(" " + endMessage);
            systemLog.add(" " + ended);
            sysmsg.add(String.format(" IEF375I  JOB/%-8s/START %s", jobname, formats.julian(now)));
            sysmsg.add(String.format(" IEF376I  JOB/%-8s/STOP  %s CPU    0MIN 00.00SEC SRB    0MIN 00.00SEC",
                    jobname, formats.julian(at)));
        }
        log.addAll(statistics(now, cards.size(), sysmsg.size() + sysouts.stream().mapToInt(SpoolFile::recordCount)
                .sum()));
        List<SpoolFile> spool = new ArrayList<>();
        spool.add(new SpoolFile(2, "JESMSGLG", "JES2", null, "UA", 133, jcl.msgClass(), log));
        spool.add(new SpoolFile(3, "JESJCL", "JES2", null, "V", 136, jcl.msgClass(), JclListing.of(cards, jobId)));
        spool.add(new SpoolFile(4, "JESYSMSG", "JES2", null, "VA", 137, jcl.msgClass(), sysmsg));
        spool.addAll(sysouts);
        return new Ran(steps, spool, retcode, systemLog, at, stepEnds, startLogLines, startLines);
    }

    /** Where a step writes: the job log, JESYSMSG, the system log, its programs' DDs, and the job's data sets. */
    private record Writes(List<String> log, List<String> sysmsg, List<String> systemLog,
            java.util.Map<String, List<String>> outputs, JobDataSets dataSets) {
    }

    /** A step's result and how long it ran. */
    private record Stepped(StepResult result, java.time.Duration elapsed) {
    }

    private Stepped runStep(JclJob jcl, JclStep step, String owner, String jobId, Instant now,
            List<StepResult> before, Writes writes, int firstDsid) {
        List<String> log = writes.log();
        List<String> sysmsg = writes.sysmsg();
        List<String> systemLog = writes.systemLog();
        String jobname = jcl.jobname();
        String prefix = formats.prefix(now, jobId);
        Optional<StepConditions.Skip> skip = StepConditions.skip(step, before);
        if (skip.isPresent()) {
            if (skip.get() == StepConditions.Skip.CONDITION_CODES) {
                sysmsg.add(String.format(" IEF202I %s %s - STEP WAS NOT RUN BECAUSE OF CONDITION CODES", jobname,
                        step.name()));
            } else if (skip.get() == StepConditions.Skip.CONDITIONAL_STATEMENT) {
                sysmsg.add(String.format(" IEF206I %s %s - STEP WAS NOT RUN BECAUSE OF CONDITIONAL STATEMENT",
                        jobname, step.name()));
            }
            sysmsg.add(String.format(" IEF272I %s %s - STEP WAS NOT EXECUTED.", jobname, step.name()));
            return new Stepped(StepResult.flushed(step.name()), java.time.Duration.ZERO);
        }
        sysmsg.add(" IEF236I ALLOC. FOR " + jobname + " " + step.name());
        StepAllocation allocation = writes.dataSets().allocate(step, sysmsg);
        if (allocation.failed()) {
            return new Stepped(StepResult.notAllocated(step.name()), java.time.Duration.ZERO);
        }
        BatchProgram.Outcome outcome = programs.run(step.program(), new BatchProgram.StepRun(jobname, owner, step, now,
                allocation));
        writes.outputs().putAll(outcome.output());
        allocation.sysoutWritten().forEach((ddname, lines) -> writes.outputs().merge(ddname, lines,
                (first, second) -> java.util.stream.Stream.concat(first.stream(), second.stream()).toList()));
        outcome.jobLog().forEach(line -> log.add(prefix + line));
        outcome.jobLog().forEach(line -> systemLog.add(" " + line));
        sysmsg.addAll(outcome.systemMessages().stream().map(line -> " " + line).toList());
        StepResult result;
        if (outcome.abend() != null) {
            String abend = String.format("%s - ABEND=%s U0000 REASON=%08X", step.name(), outcome.abend(),
                    outcome.reason());
            log.add(prefix + "IEF450I " + jobname + " " + abend + "  TIME=" + formats.time(now));
            systemLog.add(" IEF450I " + jobname + " " + abend + "  TIME=" + formats.time(now));
            sysmsg.add(String.format(" IEF472I %s %s - COMPLETION CODE - SYSTEM=%s USER=0000 REASON=%08X", jobname,
                    step.name(), outcome.abend().substring(1), outcome.reason()));
            result = StepResult.abended(step.name(), outcome.abend(), outcome.reason());
        } else {
            sysmsg.add(String.format(" IEF142I %s %s - STEP WAS EXECUTED - COND CODE %04d", jobname, step.name(),
                    outcome.returnCode()));
            result = StepResult.completed(step.name(), outcome.returnCode());
        }
        int dsid = firstDsid;
        java.util.Map<String, List<String>> dispositions = allocation.dispose(result.abended());
        for (JclDd dd : step.dds()) {
            if (dd.sysout()) {
                sysmsg.add(String.format(" IEF285I   %-44s SYSOUT", String.format("%s.%s.%s.D%07d.?", owner, jobname,
                        jobId, dsid++)));
            }
            sysmsg.addAll(dispositions.getOrDefault(dd.name(), List.of()));
        }
        sysmsg.add(String.format(" IEF373I STEP/%-8s/START %s", step.name(), formats.julian(now)));
        Instant stopped = now.plus(outcome.elapsed());
        sysmsg.add(String.format(" IEF374I STEP/%-8s/STOP  %s CPU    0MIN 00.00SEC SRB    0MIN 00.00SEC VIRT"
                + "     4K SYS   240K EXT       0K SYS   11352K", step.name(), formats.julian(stopped)));
        return new Stepped(result, outcome.elapsed());
    }

    private List<String> statistics(Instant now, int cards, int printRecords) {
        return List.of("0------ JES2 JOB STATISTICS ------",
                "-  " + formats.date(now) + " JOB EXECUTION DATE",
                String.format("- %12d CARDS READ", cards),
                String.format("- %12d SYSOUT PRINT RECORDS", printRecords),
                String.format("- %12d SYSOUT PUNCH RECORDS", 0),
                String.format("- %12d SYSOUT SPOOL KBYTES", Math.max(1, printRecords * 80 / 1024)),
                String.format("- %12.2f MINUTES EXECUTION TIME", 0.0));
    }
}
