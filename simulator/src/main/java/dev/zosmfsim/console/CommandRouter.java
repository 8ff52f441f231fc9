package dev.zosmfsim.console;

import java.util.List;
import java.util.Optional;

/** Routes a command to the first processor that answers it; z/OS's IEE305I for anything nobody answers. */
public final class CommandRouter {

    private final List<CommandProcessor> processors;

    public CommandRouter(List<CommandProcessor> processors) {
        this.processors = List.copyOf(processors);
    }

    public List<String> respond(OperatorCommand command, CommandContext context) {
        for (CommandProcessor processor : processors) {
            Optional<List<String>> lines = processor.respond(command, context);
            if (lines.isPresent()) {
                return lines.get();
            }
        }
        return List.of(" IEE305I " + command.firstWord() + "     COMMAND INVALID");
    }
}
