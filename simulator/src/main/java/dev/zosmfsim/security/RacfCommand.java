package dev.zosmfsim.security;

import dev.zosmfsim.tso.TsoCommand;
import dev.zosmfsim.tso.TsoCommandLine;
import dev.zosmfsim.tso.TsoContext;
import java.util.List;

/** A RACF command run from TSO: parses the operands and acts on the RACF database with RACF's authority rules. */
abstract class RacfCommand implements TsoCommand {

    protected final RacfDatabase racf;

    RacfCommand(RacfDatabase racf) {
        this.racf = racf;
    }

    @Override
    public final List<String> run(TsoCommandLine command, TsoContext context) {
        try {
            return run(RacfOperands.parse(command.operands()), context);
        } catch (RacfSyntaxException e) {
            return List.of(e.getMessage());
        }
    }

    abstract List<String> run(RacfOperands operands, TsoContext context);

    /** Whether {@code userid} has the SPECIAL attribute (system-wide: it bypasses the profile checks). */
    protected boolean special(String userid) {
        return racf.user(userid).map(UserProfile::special).orElse(false);
    }
}
