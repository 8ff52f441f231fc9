package dev.zosmfsim.console;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Responses a scenario gives for commands the simulator does not know (the commands a user's own tools issue):
 * a command pattern, matched against the whole command text without regard to case, and the reply's batches. The
 * router asks them first, so that a scenario can stand in for a built-in command too; what a canned command needs is
 * {@link CommandNeed#forCommand}.
 */
public final class CannedResponses {

    /** One canned response. */
    public record Canned(Pattern command, Reply reply) {
    }

    private final List<Canned> responses;

    public CannedResponses(List<Canned> responses) {
        this.responses = List.copyOf(responses);
    }

    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        for (Canned canned : responses) {
            if (canned.command().matcher(command.text()).matches()) {
                return Optional.of(canned.reply());
            }
        }
        return Optional.empty();
    }
}
