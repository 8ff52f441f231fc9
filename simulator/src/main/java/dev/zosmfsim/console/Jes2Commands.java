package dev.zosmfsim.console;

import dev.zosmfsim.jes.Jes2;
import dev.zosmfsim.jes.Jes2Parameters;
import dev.zosmfsim.jes.Job;
import dev.zosmfsim.jes.JobStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * JES2's display commands ({@code $D A}, {@code $D J}, {@code $D JOBQ}, {@code $D I}, {@code $D SPOOL}), answered
 * from JES2's job table: started tasks are STCnnnnn, TSO users TSUnnnnn, batch jobs JOBnnnnn ($D J shows a job on
 * any queue; $D A the running ones). Every {@code $} command goes to JES2 and is answered with $HASP messages, never
 * MVS's IEE305I.
 *
 * <p>Layouts: {@code $HASP890 JOB(name)} padded to 15 columns before its keywords and {@code $HASP893 VOLUME(vol)}
 * followed by two blanks, as published $D J and $D SPOOL outputs show; {@code $HASP892 INIT(n)} padded to 10, as
 * Zowe's own documentation quotes $D I.
 */
public final class Jes2Commands implements CommandProcessor {

    private final Jes2 jes;

    public Jes2Commands(Jes2 jes) {
        this.jes = jes;
    }

    /** The initiators the D A header counts (INITS 00010), all started and waiting for work in class A. */
    private static final int INITIATORS = 10;
    /** The spool's use: there are no batch jobs or their output yet, so it stays where a fresh system has it. */
    private static final String SPOOL_PERCENT = "23";
    private static final String SPOOL_UTILIZATION = "23.0000";

    @Override
    public Set<String> verbs() {
        return Set.of("$D");
    }

    /** Every {@code $} command goes to JES2. */
    @Override
    public boolean answers(String verb) {
        return verb.startsWith("$");
    }

    /** Displays need INFO; JES2's other commands change the system. */
    @Override
    public CommandNeed need(OperatorCommand command) {
        CommandNeed need = CommandNeed.forCommand(command);
        return need.group() == ConsoleAuthority.INFO ? need : CommandNeed.update(ConsoleAuthority.SYS, need.resource());
    }

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        String text = command.text().strip().toUpperCase(Locale.ROOT);
        if (!text.startsWith("$")) {
            return Optional.empty();
        }
        String rest = text.substring(1).strip();
        if (!rest.startsWith("D")) {
            return Optional.of(Reply.now(invalid(text.substring(1))));
        }
        String operands = rest.substring(1).strip();
        List<String> lines;
        if (operands.equals("A") || operands.startsWith("A,")) {
            lines = active(context, operands, text.substring(1));
        } else if (operands.equals("JOBQ") || operands.equals("JQ")) {
            lines = jobs(context, space -> true, text.substring(1));
        } else if (operands.matches("(J|JOB|S|STC|T|TSU)\\d{1,7}(,CC)?")) {
            lines = oneJob(context, operands);
        } else if (operands.matches("(I|INIT)(\\d{1,4})?")) {
            lines = initiators(operands.replaceAll("\\D", ""), text.substring(1));
        } else if (operands.equals("SPOOL") || operands.equals("SPL")) {
            lines = List.of(" $HASP893 VOLUME(" + spoolVolume(context) + ")  STATUS=ACTIVE,PERCENT=" + SPOOL_PERCENT,
                    " $HASP646 " + SPOOL_UTILIZATION + " PERCENT SPOOL UTILIZATION");
        } else {
            lines = invalid(text.substring(1));
        }
        return Optional.of(Reply.now(lines));
    }

    /** $D A: batch jobs by default; ,S/,STC started tasks, ,T/,TSU TSO users, ,ALL everything. */
    private List<String> active(CommandContext context, String operands, String echo) {
        List<String> kinds = List.of(operands.split(","));
        boolean all = kinds.contains("ALL");
        boolean stc = all || kinds.contains("S") || kinds.contains("STC");
        boolean tsu = all || kinds.contains("T") || kinds.contains("TSU");
        boolean batch = all || kinds.size() == 1 || kinds.contains("J") || kinds.contains("JOB");
        return jobs(context, space -> switch (space.type()) {
            case STC -> stc;
            case TSU -> tsu;
            default -> batch;
        }, echo);
    }

    private List<String> jobs(CommandContext context, Predicate<ActiveSpaces.Space> shown, String echo) {
        List<String> lines = new ArrayList<>();
        for (ActiveSpaces.Space space : ActiveSpaces.of(context, jes)) {
            if (space.type() != ActiveSpaces.Type.SYSAS && shown.test(space)) {
                lines.addAll(job(space, context));
            }
        }
        return lines.isEmpty() ? noEntries(echo) : lines;
    }

    /** $D Jnnnn / Snnnn / Tnnnn, optionally ,CC: a job on any queue, found in JES2's job table. */
    private List<String> oneJob(CommandContext context, String operands) {
        boolean completion = operands.endsWith(",CC");
        String id = completion ? operands.substring(0, operands.length() - 3) : operands;
        String prefix = id.replaceAll("\\d", "");
        int number = Integer.parseInt(id.replaceAll("\\D", ""));
        String type = switch (prefix) {
            case "S", "STC" -> "STC";
            case "T", "TSU" -> "TSU";
            default -> "JOB";
        };
        Optional<Job> found = number > Jes2Parameters.HIGHEST ? Optional.empty()
                : jes.byId(type + String.format("%05d", number));
        if (found.isEmpty()) {
            // JES2 echoes the job as its full id, JOB15635 for J15635
            return noEntries(String.format("D %s%05d ", type, number));
        }
        Job job = found.get();
        String name = String.format("%-15s", "JOB(" + job.jobname() + ")");
        if (completion) {
            return List.of(" $HASP890 " + name + "CC=(" + completionCode(job) + ")");
        }
        String sysname = context.system().sysname();
        String status = switch (job.status()) {
            case INPUT -> job.held() ? "AWAITING EXECUTION" : "AWAITING EXECUTION";
            case ACTIVE -> "EXECUTING/" + sysname;
            case OUTPUT -> "AWAITING HARDCOPY";
        };
        return List.of(String.format(" $HASP890 %sSTATUS=(%s),CLASS=%s,", name, status, job.jobClass()),
                String.format(" $HASP890 %-15sPRIORITY=%d,SYSAFF=(%s),HOLD=(%s)", "",
                        job.status() == JobStatus.OUTPUT ? 1 : 15, sysname, job.held() ? "JOB" : "NONE"));
    }

    /** The completion as $D J,CC shows it: empty while the job runs; COMPLETED,RC=n, ABENDED,Sxxx, JCLERROR... */
    private static String completionCode(Job job) {
        String retcode = job.retcode();
        if (retcode == null) {
            return "";
        }
        if (retcode.startsWith("CC ")) {
            return "COMPLETED,RC=" + Integer.parseInt(retcode.substring(3));
        }
        if (retcode.startsWith("ABEND ")) {
            return "ABENDED," + retcode.substring(6);
        }
        return retcode.replace(" ", "");
    }

    /** One $HASP890 display: the job (padded to 15 columns) and its status, class, priority and affinity. */
    private List<String> job(ActiveSpaces.Space space, CommandContext context) {
        String sysname = context.system().sysname();
        String jobClass = switch (space.type()) {
            case TSU -> "TSU";
            case JOB -> jes.byId(space.jobId()).map(Job::jobClass).orElse("A");
            default -> "STC";
        };
        return List.of(String.format(" $HASP890 %-15sSTATUS=(EXECUTING/%s),CLASS=%s,", "JOB(" + space.jobname() + ")",
                        sysname, jobClass),
                String.format(" $HASP890 %-15sPRIORITY=15,SYSAFF=(%s),HOLD=(NONE)", "", sysname));
    }

    private static List<String> initiators(String which, String echo) {
        List<String> lines = new ArrayList<>();
        for (int init = 1; init <= INITIATORS; init++) {
            if (which.isEmpty() || Integer.parseInt(which) == init) {
                lines.add(String.format(" $HASP892 %-10sSTATUS=INACTIVE,CLASS=A,NAME=%d,ASID=0000", "INIT(" + init + ")",
                        init));
            }
        }
        return lines.isEmpty() ? noEntries(echo) : lines;
    }

    /** The spool volume: six characters from the system name, as ADCD systems name theirs. */
    private static String spoolVolume(CommandContext context) {
        String name = context.system().sysname();
        return (name + "SPOOL").substring(0, 6);
    }

    /** JES2's answer when a display selects nothing (RC 52), as published $D J outputs show it. */
    private static List<String> noEntries(String echo) {
        return List.of(" $HASP003 RC=(52)," + echo + " - NO SELECTABLE ENTRIES FOUND",
                " $HASP003           MATCHING SPECIFICATION");
    }

    /** A command JES2 does not know (RC 01): the simulator answers JES2's displays only. */
    private static List<String> invalid(String echo) {
        return List.of(" $HASP003 RC=(01)," + echo + " - INVALID COMMAND");
    }
}
