package dev.zosmfsim.console;

import dev.zosmfsim.jes.Jes2;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code D A,L} / {@code D J,L} / {@code D TS,L} (IEE114I): the address spaces, two to a line; {@code D A,name},
 * {@code D J,name}, {@code D TS,name} (IEE115I): each address space of that name with its detail lines, in the order
 * IBM's IEE115I explanation gives them (A=asid PER= SMC=, PGN= DMN= AFF=, CT= ET=, WUID= USERID=, WKL= SCL= P=,
 * RGP= SRVR= QSC=, ADDR SPACE ASTE=). The ASID belongs to the detail form only: IEE114I lists names and states.
 */
public final class DisplayActive implements CommandProcessor {

    private final Jes2 jes;

    public DisplayActive(Jes2 jes) {
        this.jes = jes;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("D");
    }

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        if (!command.verb().equals("D")) {
            return Optional.empty();
        }
        String operands = command.operands().replace(" ", "");
        int comma = operands.indexOf(',');
        String what = comma < 0 ? operands : operands.substring(0, comma);
        String which = comma < 0 ? "" : operands.substring(comma + 1);
        boolean all = what.equals("A") || what.equals("ACTIVE");
        boolean jobs = what.equals("J") || what.equals("JOBS");
        boolean users = what.equals("TS");
        if (!all && !jobs && !users) {
            return Optional.empty();
        }
        List<ActiveSpaces.Space> shown = ActiveSpaces.of(context, jes).stream()
                .filter(space -> all || jobs == (space.type() != ActiveSpaces.Type.TSU)).toList();
        if (which.isEmpty() || which.equals("L") || which.equals("LIST")) {
            return Optional.of(Reply.now(list(context, shown)));
        }
        if (which.equals("ALL")) {
            return Optional.of(Reply.now(detail(context, shown, shown)));
        }
        List<ActiveSpaces.Space> named = shown.stream().filter(space -> space.jobname().equals(which)).toList();
        List<String> lines = detail(context, shown, named);
        if (named.isEmpty()) {
            lines.add("  " + which + " NOT FOUND");
        }
        return Optional.of(Reply.now(lines));
    }

    private List<String> list(CommandContext context, List<ActiveSpaces.Space> shown) {
        List<String> lines = header("IEE114I", context);
        List<ActiveSpaces.Space> system = shown.stream().filter(space -> space.type() != ActiveSpaces.Type.TSU).toList();
        List<ActiveSpaces.Space> tso = shown.stream().filter(space -> space.type() == ActiveSpaces.Type.TSU).toList();
        pairs(lines, system.stream().map(DisplayActive::jobEntry).toList());
        pairs(lines, tso.stream().map(DisplayActive::userEntry).toList());
        return lines;
    }

    private static void pairs(List<String> lines, List<String> entries) {
        for (int i = 0; i < entries.size(); i += 2) {
            StringBuilder line = new StringBuilder("  ").append(entries.get(i));
            if (i + 1 < entries.size()) {
                line.append("  ").append(entries.get(i + 1));
            }
            lines.add(line.toString().stripTrailing());
        }
    }

    private List<String> detail(CommandContext context, List<ActiveSpaces.Space> shown,
            List<ActiveSpaces.Space> named) {
        List<String> lines = header("IEE115I", context);
        for (ActiveSpaces.Space space : named) {
            String first = space.type() == ActiveSpaces.Type.TSU ? userEntry(space) : jobEntry(space) + " ";
            String indent = " ".repeat(2 + first.length());
            Duration elapsed = Duration.between(space.started(), context.now());
            lines.add("  " + first + "A=" + space.asidHex() + "   PER=NO   SMC=000");
            lines.add(indent + "PGN=N/A  DMN=N/A  AFF=NONE");
            lines.add(indent + "CT=" + cpuTime(elapsed) + "  ET=" + elapsedTime(elapsed));
            if (space.type() != ActiveSpaces.Type.SYSAS) {
                lines.add(indent + "WUID=" + space.jobId() + " USERID=" + space.userid());
            }
            String workload = switch (space.type()) {
                case TSU -> "TSO";
                case STC -> "STC";
                case JOB -> "BATCH";
                case SYSAS -> "SYSTEM";
            };
            String serviceClass = switch (space.type()) {
                case TSU -> "TSO";
                case STC -> "STCHI";
                case JOB -> "BATCHLOW";
                case SYSAS -> "SYSTEM";
            };
            lines.add(indent + String.format("WKL=%-8s SCL=%-8s P=1", workload, serviceClass));
            lines.add(indent + "RGP=N/A      SRVR=NO  QSC=NO");
            lines.add(indent + String.format("ADDR SPACE ASTE=%08X", 0x1E7E0000 + space.asid() * 0x40));
        }
        return lines;
    }

    private List<String> header(String messageId, CommandContext context) {
        LocalDateTime now = context.localNow();
        List<ActiveSpaces.Space> all = ActiveSpaces.of(context, jes);
        long startedTasks = all.stream().filter(space -> space.type() == ActiveSpaces.Type.STC).count();
        long sysas = all.stream().filter(space -> space.type() == ActiveSpaces.Type.SYSAS).count();
        long batch = all.stream().filter(space -> space.type() == ActiveSpaces.Type.JOB).count();
        long tsoUsers = all.size() - startedTasks - sysas - batch;
        List<String> lines = new ArrayList<>();
        lines.add(" " + messageId + " " + DisplayTime.TIME.format(now) + " " + DisplayTime.DATE.format(now)
                + " ACTIVITY " + context.messages().nextMessageId());
        lines.add("  JOBS     M/S    TS USERS    SYSAS    INITS   ACTIVE/MAX VTAM     OAS");
        lines.add(String.format(Locale.ROOT, " %05d    %05d    %05d      %05d    %05d    %05d/%05d       %05d",
                batch, startedTasks, tsoUsers, sysas, 10, tsoUsers, context.addressSpaces().parameters().maxSessions(), 2));
        return lines;
    }

    /**
     * A job's entry: jobname, stepname, procstep, swap state (NSW: not swappable) and type (S: system task, J: a batch
     * job, chosen).
     */
    private static String jobEntry(ActiveSpaces.Space space) {
        return String.format("%-8s %-8s %-8s NSW  %s ", space.jobname(), space.stepname(), space.procstep(),
                space.type() == ActiveSpaces.Type.JOB ? "J" : "S");
    }

    /** A TSO user's entry: userid and its state (OWT: waiting for terminal output or input). */
    private static String userEntry(ActiveSpaces.Space space) {
        return String.format("%-8s OWT      ", space.jobname());
    }

    /** CPU time as IEE115I shows it (seconds with milliseconds): the simulator charges 1 ms per second alive. */
    private static String cpuTime(Duration elapsed) {
        long millis = elapsed.toSeconds();
        return String.format(Locale.ROOT, "%03d.%03dS", millis / 1000 % 1000, millis % 1000);
    }

    private static String elapsedTime(Duration elapsed) {
        return String.format("%02d.%02d.%02d", elapsed.toHours() % 100, elapsed.toMinutesPart(), elapsed.toSecondsPart());
    }
}
