package dev.zosmfsim.console;

import java.util.List;
import java.util.Optional;

/**
 * The systems of the sysplex a console command can be routed to (the console service's {@code system} field, and
 * {@code RO}): each answers from its own model. A system that is in no sysplex with others is a sysplex of one.
 */
public interface CommandRoutes {

    /** The console service of the system named {@code sysname} (any case), or empty when the sysplex has none. */
    Optional<ConsoleService> console(String sysname);

    /** The names of the systems of the sysplex, in name order (the order ROUTE sorts its responses in). */
    List<String> sysnames();
}
