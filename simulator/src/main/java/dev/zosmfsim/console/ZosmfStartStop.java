package dev.zosmfsim.console;

import dev.zosmfsim.cea.AddressSpace;
import java.util.Optional;
import java.util.Set;

/**
 * {@code P IZUSVR1} and {@code S IZUSVR1}: stop and start z/OSMF itself. Stopping ends the address spaces z/OSMF
 * runs for its clients; starting reads IZUPRMxx again, so a changed HOSTNAME takes effect only then.
 */
public final class ZosmfStartStop implements CommandProcessor {

    @Override
    public Set<String> verbs() {
        return Set.of("P", "S");
    }

    /** START and STOP are SYS commands. */
    @Override
    public CommandNeed need(OperatorCommand command) {
        return CommandNeed.update(ConsoleAuthority.SYS, command.resource());
    }

    static final String TASK = "IZUSVR1";

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        String operands = command.operands().replace(" ", "");
        if (!operands.equals(TASK) || !(command.verb().equals("P") || command.verb().equals("S"))) {
            return Optional.empty();
        }
        if (command.verb().equals("P")) {
            if (!context.zosmf().stop()) {
                return Optional.of(Reply.now(" IEE341I " + TASK + "  NOT ACTIVE"));
            }
            context.operations().endAll(AddressSpace.EndReason.ZOSMF_STOPPED);
            context.messages().write(TASK, " IZUG401I z/OSMF server " + TASK + " is stopping.");
            context.messages().write(TASK, " $HASP395 " + TASK + "  ENDED");
            return Optional.of(Reply.now(" $HASP395 " + TASK + "  ENDED - RC=0000"));
        }
        if (!context.zosmf().start()) {
            return Optional.of(Reply.now(" IEF453I " + TASK + " - JOB FAILED - JCL ERROR: " + TASK
                    + " IS ALREADY ACTIVE"));
        }
        context.messages().write(TASK, " $HASP373 " + TASK + "  STARTED");
        context.messages().write(TASK, " IZUG400I The z/OSMF Web application services are initialized.");
        return Optional.of(Reply.now(" $HASP100 " + TASK + "  ON STCINRDR"));
    }
}
