package dev.zosmfsim.console;

import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.cea.AddressSpaceView;
import dev.zosmfsim.cea.CeaParameters;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CEA operator commands: {@code F CEA,D,P}, {@code F CEA,D,S}, {@code F CEA,D,CLIENTSUMMARY},
 * {@code D CEA,CLIENT=*}, {@code F CEA,DIAG,SESSTABLE} and {@code F CEA,CEA=(xx)}, all built from the one table of
 * address spaces.
 */
public final class CeaCommands implements CommandProcessor {

    @Override
    public Set<String> verbs() {
        return Set.of("D", "F");
    }

    /** MODIFY CEA is a SYS command; D CEA a display. */
    @Override
    public CommandNeed need(OperatorCommand command) {
        return command.verb().equals("F") ? CommandNeed.update(ConsoleAuthority.SYS, command.resource())
                : CommandNeed.display(command.resource());
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final String EVENTS = " EVENTS BY TYPE: #WTO: 0 #ENF: 0 #PGM: 0";
    private static final Pattern SWITCH = Pattern.compile("CEA,CEA=\\(?([A-Z0-9@#$]{2})\\)?");

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        String operands = command.operands().replace(" ", "");
        if (command.verb().equals("D") && operands.equals("CEA,CLIENT=*")) {
            return Optional.of(Reply.now(clientSummary(context)));
        }
        if (!command.verb().equals("F") || !operands.startsWith("CEA,")) {
            return Optional.empty();
        }
        switch (operands) {
            case "CEA,D":
            case "CEA,DISPLAY":
                List<String> plain = new ArrayList<>(title(context));
                plain.add(EVENTS);
                return Optional.of(Reply.now(plain));
            case "CEA,D,P":
            case "CEA,DISPLAY,PARMS":
                return Optional.of(Reply.now(parameters(context)));
            case "CEA,D,S":
            case "CEA,DISPLAY,SUMMARY":
                return Optional.of(Reply.now(summary(context)));
            case "CEA,D,CLIENTSUMMARY":
                return Optional.of(Reply.now(clientSummary(context)));
            case "CEA,DIAG,SESSTABLE":
                return Optional.of(Reply.now(sessionTable(context)));
            default:
                break;
        }
        Matcher member = SWITCH.matcher(operands);
        if (member.matches()) {
            return Optional.of(Reply.now(switchMember(context, member.group(1))));
        }
        return Optional.of(Reply.now(" CEA0006I F CEA COMMAND " + operands.substring(4) + " IS NOT VALID"));
    }

    /** CEA0004I's first lines, as IBM's "MODIFY CEA,DISPLAY" examples show them: the title with its id, the status. */
    private static List<String> title(CommandContext context) {
        return List.of(" CEA0004I COMMON EVENT ADAPTER " + context.messages().nextMessageId(),
                " STATUS: ACTIVE-FULL CLIENTS: 0 INTERNAL: 0");
    }

    private static List<String> parameters(CommandContext context) {
        CeaParameters cea = context.addressSpaces().parameters();
        List<String> lines = new ArrayList<>(title(context));
        lines.addAll(List.of(" CEA = (" + cea.member() + ")",
                " SNAPSHOT = N",
                " HLQLONG = CEA HLQ =",
                " BRANCH = COUNTRYCODE =",
                " CAPTURE RANGE FOR SLIP DUMPS:",
                " LOGREC = 01:00:00 LOGRECSUMMARY= 04:00:00",
                " OPERLOG = 00:30:00",
                " TSOASMGR:",
                " RECONSESSIONS = " + cea.reconSessions() + " RECONTIME = " + hms(cea.reconTime()),
                " MAXSESSIONS = " + cea.maxSessions() + " MAXSESSPERUSER= " + cea.maxSessionsPerUser()));
        return lines;
    }

    private static List<String> summary(CommandContext context) {
        List<String> lines = new ArrayList<>(title(context));
        lines.add(EVENTS);
        lines.add(tsoasmgr(context.addressSpaces()));
        return lines;
    }

    private static String tsoasmgr(AddressSpaceView spaces) {
        return " TSOASMGR: ALLOWED: " + spaces.parameters().maxSessions() + " IN USE: " + spaces.inUse()
                + " HIGHCNT: " + spaces.allowedReachedCount();
    }

    /** IBM's example 2: the events line, then the client table's heading; the simulator has no CEA clients. */
    private static List<String> clientSummary(CommandContext context) {
        List<String> lines = new ArrayList<>(title(context));
        lines.add(EVENTS);
        lines.add(" CLIENT NAME #WTO #ENF #PGM");
        return lines;
    }

    private static List<String> sessionTable(CommandContext context) {
        List<AddressSpace> spaces = context.addressSpaces().live();
        List<String> lines = new ArrayList<>();
        lines.add(" CEA0401I CEA SESSION TABLE DISPLAY " + context.messages().nextMessageId());
        int index = 0;
        for (AddressSpace space : spaces) {
            index++;
            LocalTime started = LocalTime.ofInstant(space.started(), context.system().localOffset());
            LocalTime lastRequest = LocalTime.ofInstant(space.lastRequest(), context.system().localOffset());
            lines.add(String.format(" INDEX=%04d USERID=%-8s APPID=%-8s ASID=%s MSGQID=%s", index, space.userid(),
                    space.kind().appId(), space.asidHex(), space.messageQueueId()));
            lines.add(String.format(" COUNT=0001 ASCBADDR=%s STOKEN=%s STTIME=%s", space.ascbAddress(), space.stoken(),
                    CLOCK.format(started)));
            lines.add(String.format(" LRTIME=%s LOGONPROC=%s GROUP= REGION=%d", CLOCK.format(lastRequest),
                    space.parameters().logonProc(), space.parameters().region()));
            String reconnectTime = space.parkedAt() == null ? "00:00:00.000"
                    : CLOCK.format(LocalTime.ofInstant(space.parkedAt(), context.system().localOffset()));
            lines.add(String.format(" CODEPG=%d CHARSET=%d ROWS=%d COLS=%d RECONN=%s RCTIME=%s",
                    space.parameters().codePage(), space.parameters().charset(), space.parameters().rows(),
                    space.parameters().cols(), space.dormant() ? "Y" : "N", reconnectTime));
            lines.add(" ACCT=" + space.parameters().account());
            lines.add(" HOST REMOTESYS= REMOTEQID=00000000 CALLERSYS=");
        }
        return lines;
    }

    private static List<String> switchMember(CommandContext context, String suffix) {
        CeaParameters next;
        try {
            next = context.ceaMembers().get(suffix);
        } catch (dev.zosmfsim.parmlib.ParmlibSyntaxException e) {
            List<String> lines = new java.util.ArrayList<>(e.messages());
            lines.add(" CEA0012E CEAPRM" + suffix + " CONTAINS ERRORS; CEA=("
                    + context.addressSpaces().parameters().member() + ") REMAINS IN EFFECT");
            return lines;
        }
        if (next == null) {
            return List.of(" CEA0012E MEMBER CEAPRM" + suffix + " WAS NOT FOUND IN PARMLIB; CEA=("
                    + context.addressSpaces().parameters().member() + ") REMAINS IN EFFECT");
        }
        context.operations().useParameters(next);
        return List.of(" CEA0001I CEA=(" + suffix + ") PROCESSED: MAXSESSIONS = " + next.maxSessions()
                + " MAXSESSPERUSER= " + next.maxSessionsPerUser());
    }

    private static String hms(Duration duration) {
        return String.format("%02d:%02d:%02d", duration.toHours(), duration.toMinutesPart(), duration.toSecondsPart());
    }
}
