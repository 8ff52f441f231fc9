package dev.zosmfsim.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code RO} / {@code ROUTE}: sends a command to other systems of the sysplex, each of which answers it from its own
 * model and checks the issuer's authority for it. {@code RO sysname,cmd} answers as that system does; {@code RO
 * *ALL,cmd}, {@code RO *OTHER,cmd} and {@code RO (sys1,sys2),cmd} answer with the aggregated response IEE421I
 * ({@link RouteAggregate}), unless {@code T=0} asks for the responses one by one.
 */
public final class RouteCommand implements CommandProcessor {

    /** {@code [T=nnn,]target,command}, where target is a name, *ALL, *OTHER or a parenthesised list of names. */
    private static final Pattern SYNTAX = Pattern.compile("(?:T=(\\d{1,3}),)?(\\*ALL|\\*OTHER|\\([^)]*\\)|[^,()]+),(.+)");
    private static final Pattern SYSNAME = Pattern.compile("[A-Z@#$0-9][A-Z0-9@#$]{0,7}");

    private final CommandRoutes routes;

    public RouteCommand(CommandRoutes routes) {
        this.routes = routes;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("RO");
    }

    /** Any console with INFO authority may route (IBM's ROUTE command); the routed command is checked where it runs. */
    @Override
    public CommandNeed need(OperatorCommand command) {
        Matcher syntax = SYNTAX.matcher(command.operands());
        String target = syntax.matches() ? syntax.group(2).replace("*", "").replaceAll("[()]", "").split(",")[0] : "";
        return CommandNeed.display("MVS.ROUTE.CMD" + (target.isBlank() ? "" : "." + target.strip()));
    }

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        Matcher syntax = SYNTAX.matcher(command.operands());
        if (!syntax.matches() || syntax.group(3).isBlank()) {
            return Optional.of(Reply.now(" IEE305I " + command.firstWord() + "     COMMAND INVALID"));
        }
        String target = syntax.group(2).strip();
        OperatorCommand routed = OperatorCommand.parse(syntax.group(3));
        String local = context.system().sysname();
        if (!target.startsWith("*") && !target.startsWith("(")) {
            return Optional.of(routes.console(target).map(system -> answer(system, routed, context))
                    .orElseGet(() -> Reply.now(ConsoleService.INVALID_SYSTEM)));
        }
        List<String> names = new ArrayList<>();
        if (target.equals("*ALL") || target.equals("*OTHER")) {
            routes.sysnames().stream().filter(name -> target.equals("*ALL") || !name.equals(local)).forEach(names::add);
        } else {
            for (String name : target.substring(1, target.length() - 1).split(",")) {
                String sysname = name.strip().toUpperCase(Locale.ROOT);
                if (!SYSNAME.matcher(sysname).matches() || routes.console(sysname).isEmpty()) {
                    return Optional.of(Reply.now(ConsoleService.INVALID_SYSTEM));
                }
                if (!names.contains(sysname)) {
                    names.add(sysname);
                }
            }
            names.sort(String::compareTo);
        }
        List<RouteAggregate.Response> responses = new ArrayList<>();
        for (String name : names) {
            routes.console(name).ifPresent(system -> responses.add(
                    new RouteAggregate.Response(name, answer(system, routed, context))));
        }
        String title = "RO " + target + "," + RouteAggregate.cut(routed.text());
        return Optional.of(syntax.group(1) != null && Integer.parseInt(syntax.group(1)) == 0
                ? RouteAggregate.oneByOne(responses)
                : RouteAggregate.aggregate(title, responses, RouteAggregate.timeout(syntax.group(1))));
    }

    private static Reply answer(ConsoleService system, OperatorCommand routed, CommandContext context) {
        return system.answerRouted(routed, context.userid(), context.consoleName(), context.authorizer());
    }
}
