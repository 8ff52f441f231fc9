package dev.zosmfsim.tso;

import java.util.List;
import java.util.Set;

/**
 * Answers one TSO command (such as {@code TIME} or {@code RACDCERT}) with the lines it writes. The RACF commands
 * implement it beside the security model they change.
 */
public interface TsoCommand {

    /** The command names this answers, upper case, with the abbreviations TSO/E accepts. */
    Set<String> names();

    /** Runs the command; the lines it writes, without the READY that follows. */
    List<String> run(TsoCommandLine command, TsoContext context);
}
