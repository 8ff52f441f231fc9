package dev.zosmfsim.tso;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Routes a TSO command line to the command that answers its name; IKJ56500I for names nobody answers. */
public final class TsoCommands {

    private final Map<String, TsoCommand> byName = new HashMap<>();

    public TsoCommands(List<TsoCommand> commands) {
        for (TsoCommand command : commands) {
            for (String name : command.names()) {
                if (byName.putIfAbsent(name, command) != null) {
                    throw new IllegalArgumentException("two TSO commands answer " + name);
                }
            }
        }
    }

    public List<String> run(TsoCommandLine command, TsoContext context) {
        TsoCommand found = byName.get(command.name());
        if (found == null) {
            return List.of("IKJ56500I COMMAND " + command.name() + " NOT FOUND");
        }
        return found.run(command, context);
    }
}
