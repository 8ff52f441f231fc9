package dev.zosmfsim.jes.jcl;

import dev.zosmfsim.tso.TsoCommandLine;
import dev.zosmfsim.tso.TsoCommands;
import dev.zosmfsim.tso.TsoContext;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IKJEFT01 in batch: the commands of SYSTSIN (a trailing {@code -} or {@code +} continues a command on the next
 * line), or PARM's command first, run by the same TSO commands a TSO session has, as the job's user; SYSTSPRT gets
 * READY, each command as read, and its output, then END. A command TSO does not know ends the step with CC 12
 * (chosen); otherwise CC 0.
 */
public final class TsoInBatch implements BatchProgram {

    private final TsoCommands commands;
    private final ZoneOffset localOffset;

    public TsoInBatch(TsoCommands commands, ZoneOffset localOffset) {
        this.commands = commands;
        this.localOffset = localOffset;
    }

    @Override
    public Outcome run(StepRun run) {
        List<String> input = new ArrayList<>();
        if (run.step().parm() != null && !run.step().parm().isBlank()) {
            input.add(run.step().parm());
        }
        input.addAll(commandsOf(run.instream("SYSTSIN")));
        List<String> printed = new ArrayList<>();
        int returnCode = 0;
        TsoContext context = new TsoContext(run.userid(), run.now(), localOffset, run.now());
        for (String command : input) {
            printed.add("READY");
            printed.add(" " + command);
            List<String> lines = commands.run(TsoCommandLine.parse(command), context);
            if (lines.stream().anyMatch(line -> line.startsWith("IKJ56500I"))) {
                returnCode = 12;
            }
            printed.addAll(lines);
        }
        printed.add("READY");
        printed.add("END");
        return Outcome.completed(returnCode, run.step().dd("SYSTSPRT") == null ? Map.of()
                : Map.of("SYSTSPRT", printed));
    }

    private static List<String> commandsOf(List<String> lines) {
        List<String> commands = new ArrayList<>();
        if (lines == null) {
            return commands;
        }
        StringBuilder pending = new StringBuilder();
        for (String raw : lines) {
            String line = raw.length() > 72 ? raw.substring(0, 72) : raw;
            String text = line.stripTrailing();
            if (text.endsWith("-") || text.endsWith("+")) {
                pending.append(text, 0, text.length() - 1);
                continue;
            }
            pending.append(text);
            String command = pending.toString().strip();
            pending.setLength(0);
            if (!command.isEmpty()) {
                commands.add(command);
            }
        }
        if (!pending.toString().isBlank()) {
            commands.add(pending.toString().strip());
        }
        return commands;
    }
}
