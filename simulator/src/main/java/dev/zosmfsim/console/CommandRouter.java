package dev.zosmfsim.console;

import java.util.List;
import java.util.Optional;

/**
 * Routes a command: first the authority check, then the first built-in processor that answers it, then the
 * scenario's canned responses, then z/OS's IEE305I for anything nobody answers.
 */
public final class CommandRouter {

    private final List<CommandProcessor> processors;

    public CommandRouter(List<CommandProcessor> processors) {
        this.processors = List.copyOf(processors);
    }

    public Reply respond(OperatorCommand command, CommandContext context, ConsoleAuthority authority) {
        ConsoleAuthority needed = ConsoleAuthority.neededFor(command);
        if (!authority.allows(needed)) {
            return Reply.now(" IEE345I " + command.firstWord() + "   AUTHORITY INVALID, FAILED BY MCS");
        }
        for (CommandProcessor processor : processors) {
            Optional<Reply> reply = processor.respond(command, context);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        return Reply.now(" IEE305I " + command.firstWord() + "     COMMAND INVALID");
    }
}
