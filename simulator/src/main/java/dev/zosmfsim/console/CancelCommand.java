package dev.zosmfsim.console;

import dev.zosmfsim.cea.AddressSpace;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code C U=userid}, {@code C U=userid,A=asid} and {@code CANCEL userid,A=asid}: end a user's TSO and console
 * address spaces. The client's next use of a cancelled TSO session fails; a console starts a fresh address space.
 */
public final class CancelCommand implements CommandProcessor {

    @Override
    public Set<String> verbs() {
        return Set.of("C");
    }

    /** CANCEL is a SYS command; for a TSO user MVS asks RACF about {@code MVS.CANCEL.TSU.<userid>}. */
    @Override
    public CommandNeed need(OperatorCommand command) {
        Matcher matcher = OPERANDS.matcher(command.operands().replace(" ", ""));
        return CommandNeed.update(ConsoleAuthority.SYS, matcher.matches() ? "MVS.CANCEL.TSU." + matcher.group(1)
                : command.resource());
    }

    private static final Pattern OPERANDS = Pattern.compile("(?:U=)?([A-Z@#$][A-Z0-9@#$]{0,7})(?:,A=([0-9A-F]{1,4}))?");

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        if (!command.verb().equals("C")) {
            return Optional.empty();
        }
        Matcher matcher = OPERANDS.matcher(command.operands().replace(" ", ""));
        if (!matcher.matches()) {
            return Optional.of(Reply.now(" IEE535I CANCEL   INVALID PARAMETER"));
        }
        String userid = matcher.group(1);
        Integer asid = matcher.group(2) == null ? null : Integer.parseInt(matcher.group(2), 16);
        List<AddressSpace> ended = context.operations().cancel(userid, asid);
        if (ended.isEmpty()) {
            return Optional.of(Reply.now(" IEE341I " + userid + "     NOT ACTIVE"));
        }
        return Optional.of(Reply.now(" IEE301I " + userid + "     CANCEL COMMAND ACCEPTED"));
    }
}
