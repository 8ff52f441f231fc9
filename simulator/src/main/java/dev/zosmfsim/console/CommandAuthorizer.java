package dev.zosmfsim.console;

/**
 * Decides whether a user may issue an operator command from an extended MCS console. On z/OS RACF decides first,
 * where an OPERCMDS profile covers the command's resource name; where none does, the console's authority (the
 * user's OPERPARM AUTH) decides.
 */
@FunctionalInterface
public interface CommandAuthorizer {

    /** Whether {@code userid} may issue a command that needs {@code need}. */
    boolean mayIssue(String userid, CommandNeed need);
}
