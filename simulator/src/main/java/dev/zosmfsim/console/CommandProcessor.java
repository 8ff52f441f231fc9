package dev.zosmfsim.console;

import java.util.Optional;

/**
 * Answers one family of operator commands (such as {@code D T}) with message lines built from the live model.
 * A processor that does not recognise a command returns empty, and the console asks the next one.
 */
public interface CommandProcessor {

    Optional<Reply> respond(OperatorCommand command, CommandContext context);
}
