package dev.zosmfsim.console;

import dev.zosmfsim.cea.AddressSpace;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code D A,L} (IEE114I): the system's address spaces and every live TSO and console address space with its ASID;
 * {@code D A,name} (IEE115I): one user's or started task's address spaces in detail.
 */
public final class DisplayActive implements CommandProcessor {

    @Override
    public Set<String> verbs() {
        return Set.of("D");
    }

    /** The system's own address spaces: jobname, stepname, procstep, whether a started task (M/S) or system (SYSAS). */
    private static final String[][] SYSTEM = {
        {"*MASTER*", "", "", "S"}, {"PCAUTH", "", "", "S"}, {"RASP", "", "", "S"}, {"TRACE", "", "", "S"},
        {"DUMPSRV", "DUMPSRV", "DUMPSRV", "S"}, {"XCFAS", "IEFPROC", "IEFPROC", "S"}, {"GRS", "", "", "S"},
        {"SMSPDSE", "", "", "S"}, {"CONSOLE", "", "", "S"}, {"WLM", "WLM", "IEFPROC", "S"},
        {"OMVS", "", "", "S"}, {"IEFSCHAS", "", "", "S"}, {"JESXCF", "JESXCF", "IEFPROC", "S"},
        {"ALLOCAS", "", "", "S"}, {"IXGLOGR", "IXGLOGR", "IEFPROC", "S"}, {"SMF", "SMF", "IEFPROC", "S"},
        {"JES2", "JES2", "IEFPROC", "M"}, {"LLA", "LLA", "LLA", "M"}, {"VLF", "VLF", "VLF", "M"},
        {"RACF", "RACF", "RACF", "M"}, {"TCPIP", "TCPIP", "TCPIP", "M"}, {"CEA", "CEA", "CEA", "M"},
        {"IZUANG1", "IZUANG1", "IZUANG1", "M"},
    };
    private static final String[] ZOSMF = {"IZUSVR1", "IZUSVR1", "IZUSVR1", "M"};

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        if (!command.verb().equals("D")) {
            return Optional.empty();
        }
        String operands = command.operands().replace(" ", "");
        if (operands.equals("A,L") || operands.equals("A,ALL") || operands.equals("A")) {
            return Optional.of(Reply.now(list(context)));
        }
        if (operands.startsWith("A,") && operands.length() > 2) {
            return Optional.of(Reply.now(detail(context, operands.substring(2))));
        }
        return Optional.empty();
    }

    private static List<String[]> systemSpaces(CommandContext context) {
        List<String[]> spaces = new ArrayList<>(List.of(SYSTEM));
        if (context.zosmf().running()) {
            spaces.add(ZOSMF);
        }
        return spaces;
    }

    private static List<String> list(CommandContext context) {
        List<String[]> system = systemSpaces(context);
        List<AddressSpace> tso = context.addressSpaces().live();
        List<String> lines = header("IEE114I", context, system, tso.size());
        for (int i = 0; i < system.size(); i += 2) {
            StringBuilder line = new StringBuilder("  ").append(systemEntry(system.get(i)));
            if (i + 1 < system.size()) {
                line.append("  ").append(systemEntry(system.get(i + 1)));
            }
            lines.add(line.toString());
        }
        for (int i = 0; i < tso.size(); i += 2) {
            StringBuilder line = new StringBuilder("  ").append(tsoEntry(tso.get(i)));
            if (i + 1 < tso.size()) {
                line.append("  ").append(tsoEntry(tso.get(i + 1)));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> detail(CommandContext context, String name) {
        List<String[]> system = systemSpaces(context);
        List<AddressSpace> tso = context.addressSpaces().live();
        List<String> lines = header("IEE115I", context, system, tso.size());
        boolean found = false;
        for (String[] space : system) {
            if (space[0].equals(name)) {
                lines.add("  " + systemEntry(space));
                found = true;
            }
        }
        for (AddressSpace space : tso) {
            if (space.userid().equals(name)) {
                Duration elapsed = Duration.between(space.started(), context.now());
                lines.add(String.format("  %-8s OWT     %-8s A=%s   PER=NO   SMC=000", space.userid(),
                        space.parameters().logonProc(), space.asidHex()));
                lines.add("                   PGN=N/A  DMN=N/A  AFF=NONE");
                lines.add(String.format("                   CT=000.010S  ET=%02d.%02d.%02d", elapsed.toHours(),
                        elapsed.toMinutesPart(), elapsed.toSecondsPart()));
                lines.add("                   WKL=TSO      SCL=TSO      P=1");
                found = true;
            }
        }
        if (!found) {
            lines.add("  " + name + " NOT FOUND");
        }
        return lines;
    }

    private static List<String> header(String messageId, CommandContext context, List<String[]> system, int tsoUsers) {
        LocalDateTime now = context.localNow();
        long startedTasks = system.stream().filter(space -> space[3].equals("M")).count();
        long sysas = system.size() - startedTasks;
        List<String> lines = new ArrayList<>();
        lines.add(" " + messageId + " " + DisplayTime.TIME.format(now) + " " + DisplayTime.DATE.format(now) + " ACTIVITY");
        lines.add("  JOBS     M/S    TS USERS    SYSAS    INITS   ACTIVE/MAX VTAM     OAS");
        lines.add(String.format(Locale.ROOT, " %05d    %05d    %05d      %05d    %05d    %05d/%05d       %05d",
                0, startedTasks, tsoUsers, sysas, 10, tsoUsers, context.addressSpaces().parameters().maxSessions(), 2));
        return lines;
    }

    private static String systemEntry(String[] space) {
        return String.format("%-8s %-8s %-8s NSW  S ", space[0], space[1], space[2]);
    }

    private static String tsoEntry(AddressSpace space) {
        return String.format("%-8s OWT      A=%s         ", space.userid(), space.asidHex());
    }
}
