package dev.zosmfsim.console;

import java.util.List;
import java.util.Optional;

/**
 * Routes a command: a verb that no processor declares (and that no canned response of the scenario answers) is
 * refused with IEE305I; otherwise the issuer's authority is checked (IEE345I), then the first processor that
 * answers the command answers it, then the scenario's canned responses, then IEE305I.
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
        List<CommandProcessor> candidates = processors.stream()
                .filter(processor -> processor.verbs().contains(command.verb())).toList();
        Optional<Reply> cannedReply = canned.respond(command, context);
        if (candidates.isEmpty() && cannedReply.isEmpty()) {
            return invalid(command);
        }
        CommandNeed need = candidates.isEmpty() ? canned.need(command) : candidates.get(0).need(command);
        if (!authorizer.mayIssue(userid, need)) {
            return Reply.now(" IEE345I " + command.firstWord() + "   AUTHORITY INVALID, FAILED BY MCS");
        }
        for (CommandProcessor processor : candidates) {
            Optional<Reply> reply = processor.respond(command, context);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        return cannedReply.orElseGet(() -> invalid(command));
    }

    private static Reply invalid(OperatorCommand command) {
        return Reply.now(" IEE305I " + command.firstWord() + "     COMMAND INVALID");
    }
}
