package dev.zosmfsim.security;

import dev.zosmfsim.tso.TsoContext;
import java.util.List;
import java.util.Set;

/**
 * {@code SETROPTS RACLIST(FACILITY OPERCMDS) REFRESH}: makes the changes in the database to the classes named take
 * effect. Needs SPECIAL.
 */
public final class SetroptsCommand extends RacfCommand {

    public SetroptsCommand(RacfDatabase racf) {
        super(racf);
    }

    @Override
    public Set<String> names() {
        return Set.of("SETROPTS", "SETR");
    }

    @Override
    List<String> run(RacfOperands operands, TsoContext context) {
        if (!special(context.userid())) {
            return operands.keywords().stream()
                    .map(keyword -> "ICH14002I NOT AUTHORIZED TO SPECIFY " + keyword + "; KEYWORD IGNORED.").toList();
        }
        if (operands.has("REFRESH") && !operands.has("RACLIST")) {
            return List.of("ICH14013I REFRESH IGNORED. NO RELATED KEYWORDS SPECIFIED.");
        }
        if (operands.has("REFRESH")) {
            for (String resourceClass : operands.value("RACLIST").orElse("").split("[ ,]+")) {
                if (!resourceClass.isEmpty() && racf.hasClass(resourceClass)) {
                    racf.refresh(resourceClass);
                }
            }
        }
        return List.of("ICH14063I SETROPTS command complete.");
    }
}
