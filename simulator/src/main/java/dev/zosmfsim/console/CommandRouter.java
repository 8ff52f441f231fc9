package dev.zosmfsim.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Routes a command: the scenario's canned responses answer first (so that a scenario can stand in for any command,
 * built-in ones included); then a verb that no processor declares is refused with IEE305I; otherwise the issuer's
 * authority is checked (IEE345I), then the first processor that answers the command answers it, then IEE305I.
 */
public final class CommandRouter {

    private final List<CommandProcessor> processors;
    private final CannedResponses canned;

    public CommandRouter(List<CommandProcessor> processors, CannedResponses canned) {
        this.processors = List.copyOf(processors);
        this.canned = canned;
    }

    /** Routes {@code command} for {@code userid}; {@code authorizer} decides what the user may issue. */
    public Reply respond(OperatorCommand command, CommandContext context, String userid, CommandAuthorizer authorizer) {
        Optional<Reply> cannedReply = canned.respond(command, context);
        if (cannedReply.isPresent()) {
            return authorizer.mayIssue(userid, CommandNeed.forCommand(command)) ? cannedReply.get() : refused(command);
        }
        List<CommandProcessor> candidates = new ArrayList<>(2);
        for (CommandProcessor processor : processors) {
            if (processor.answers(command.verb())) {
                candidates.add(processor);
            }
        }
        if (candidates.isEmpty()) {
            return invalid(command);
        }
        if (!authorizer.mayIssue(userid, candidates.get(0).need(command))) {
            return refused(command);
        }
        for (CommandProcessor processor : candidates) {
            Optional<Reply> reply = processor.respond(command, context);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        return invalid(command);
    }

    private static Reply refused(OperatorCommand command) {
        return Reply.now(" IEE345I " + command.firstWord() + "   AUTHORITY INVALID, FAILED BY MCS");
    }

    private static Reply invalid(OperatorCommand command) {
        return Reply.now(" IEE305I " + command.firstWord() + "     COMMAND INVALID");
    }
}
