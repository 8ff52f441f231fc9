package dev.zosmfsim.console;

import java.util.Optional;
import java.util.Set;

/**
 * Answers one family of operator commands (such as {@code D T}) with message lines built from the live model. It
 * declares the verbs it answers and what a command of them needs, so that the router checks the issuer's authority
 * before anything happens; a verb no processor declares is refused with IEE305I. A processor that does not
 * recognise a command of its verbs returns empty, and the router asks the next one.
 */
public interface CommandProcessor {

    /** The verbs this processor answers, in the short form {@link OperatorCommand#verb()} gives. */
    Set<String> verbs();

    /** Whether this processor answers commands of {@code verb}: by default, the verbs it declares. */
    default boolean answers(String verb) {
        return verbs().contains(verb);
    }

    /**
     * What {@code command} (of one of {@link #verbs()}) needs: by default {@link CommandNeed#forCommand}. Processors
     * of commands that change the system say which command group they belong to.
     */
    default CommandNeed need(OperatorCommand command) {
        return CommandNeed.forCommand(command);
    }

    Optional<Reply> respond(OperatorCommand command, CommandContext context);
}
