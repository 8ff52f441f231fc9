package dev.zosmfsim.console;

import java.util.Objects;

/**
 * What issuing one operator command needs: the command group a console's authority must allow, and the OPERCMDS
 * resource that protects it (such as {@code MVS.CANCEL.TSU.COLIN}) with the access RACF asks for: READ for
 * displays, UPDATE for commands that change the system.
 */
public record CommandNeed(ConsoleAuthority group, String resource, Access access) {

    /** The access to an OPERCMDS resource that a command needs. */
    public enum Access { READ, UPDATE, CONTROL }

    public CommandNeed {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(access, "access");
    }

    /**
     * What a command needs unless its processor says more: a display (MVS's {@code D}, JES2's {@code $D}) INFO and
     * READ, anything else MASTER and UPDATE, since nothing is known of what it changes.
     */
    public static CommandNeed forCommand(OperatorCommand command) {
        return command.verb().equals("D") || command.verb().startsWith("$D") ? display(command.resource())
                : update(ConsoleAuthority.MASTER, command.resource());
    }

    /** A display command: INFO, READ. */
    public static CommandNeed display(String resource) {
        return new CommandNeed(ConsoleAuthority.INFO, resource, Access.READ);
    }

    /** A command that changes the system, of {@code group}: UPDATE. */
    public static CommandNeed update(ConsoleAuthority group, String resource) {
        return new CommandNeed(group, resource, Access.UPDATE);
    }
}
