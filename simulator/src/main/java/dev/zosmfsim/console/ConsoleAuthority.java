package dev.zosmfsim.console;

import java.util.Locale;

/**
 * MVS command authority levels of an EMCS console (its user's OPERPARM AUTH): INFO allows display commands only;
 * SYS, IO and CONS add their command groups; MASTER allows every command.
 */
public enum ConsoleAuthority {
    INFO, SYS, IO, CONS, MASTER;

    public static ConsoleAuthority parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown console authority '" + text
                    + "': expected INFO, SYS, IO, CONS or MASTER");
        }
    }

    /** The authority a command needs: displays need INFO; MODIFY, CANCEL, START, STOP and FORCE need SYS. */
    public static ConsoleAuthority neededFor(OperatorCommand command) {
        switch (command.verb()) {
            case "D":
                return INFO;
            case "F":
            case "C":
            case "P":
            case "S":
            case "FORCE":
                return SYS;
            default:
                return INFO;
        }
    }

    public boolean allows(ConsoleAuthority needed) {
        return this == MASTER || this == needed || needed == INFO;
    }
}
