package dev.zosmfsim.console;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code D XCF} / {@code D XCF,SYSPLEX}: IXC334I, the systems of the sysplex, the same ones that
 * /zosmf/resttopology/systems lists and that RO reaches.
 */
public final class DisplayXcf implements CommandProcessor {

    private static final int NAMES_PER_LINE = 6;
    private static final DateTimeFormatter INITIALIZED = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss");

    private final CommandRoutes routes;

    public DisplayXcf(CommandRoutes routes) {
        this.routes = routes;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("D");
    }

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        String operands = command.operands().replace(" ", "");
        if (!command.verb().equals("D") || !(operands.equals("XCF") || operands.equals("XCF,SYSPLEX")
                || operands.equals("XCF,S"))) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add(" IXC334I  " + DisplayTime.TIME.format(context.localNow()) + "  DISPLAY XCF "
                + context.messages().nextMessageId());
        List<String> names = routes.sysnames();
        String first = " SYSPLEX " + context.system().sysplex() + ":";
        for (int i = 0; i < names.size(); i += NAMES_PER_LINE) {
            StringBuilder line = new StringBuilder(i == 0 ? first : " ".repeat(first.length()));
            names.subList(i, Math.min(names.size(), i + NAMES_PER_LINE))
                    .forEach(name -> line.append(String.format("  %-8s", name)));
            lines.add(line.toString().stripTrailing());
        }
        lines.add(" SYSPLEX INITIALIZATION TIME: " + INITIALIZED.format(context.system().localTime(context.iplTime())));
        return Optional.of(Reply.now(lines));
    }
}
