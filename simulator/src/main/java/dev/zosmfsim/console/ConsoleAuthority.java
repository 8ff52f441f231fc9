package dev.zosmfsim.console;

import java.util.Locale;

/**
 * MVS command groups, and the console authorities that allow them: INFO commands (displays) are open to every
 * console; SYS, IO and CONS commands need that authority; MASTER allows every command. A console's authority comes
 * from its user's RACF OPERPARM segment ({@link CommandAuthorizer}).
 */
public enum ConsoleAuthority {
    INFO, SYS, IO, CONS, MASTER;

    public static ConsoleAuthority parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown console authority '" + text
                    + "': expected INFO, SYS, IO, CONS or MASTER (or ALL for SYS, IO and CONS)");
        }
    }
}
