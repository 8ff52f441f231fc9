package dev.zosmfsim.system;

import dev.zosmfsim.console.CommandRoutes;
import dev.zosmfsim.console.ConsoleService;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sysplex a simulated system belongs to: its name and its systems, z/OSMF's host (the system the port serves)
 * first, then the other members as the scenario lists them. Each member is a {@link SimulatedSystem} of its own, with
 * its own address spaces, consoles and messages; they share the clock and one RACF database. Console commands reach
 * the members through it ({@link CommandRoutes}), as the topology lists them.
 */
public final class Sysplex implements CommandRoutes {

    private final String name;
    private volatile List<SimulatedSystem> members = List.of();

    Sysplex(String name) {
        this.name = name;
    }

    /** Called once, by the factory, when every member is built. */
    void complete(List<SimulatedSystem> systems) {
        if (!members.isEmpty()) {
            throw new IllegalStateException("the sysplex " + name + " is complete already");
        }
        members = List.copyOf(systems);
    }

    public String name() {
        return name;
    }

    /** Every system of the sysplex, z/OSMF's host first. */
    public List<SimulatedSystem> members() {
        return members;
    }

    /** The member named {@code sysname} (any case). */
    public Optional<SimulatedSystem> member(String sysname) {
        String wanted = sysname.strip().toUpperCase(Locale.ROOT);
        return members.stream().filter(system -> system.identity().sysname().equals(wanted)).findFirst();
    }

    @Override
    public Optional<ConsoleService> console(String sysname) {
        return member(sysname).map(SimulatedSystem::consoles);
    }

    @Override
    public List<String> sysnames() {
        return members.stream().map(system -> system.identity().sysname()).sorted(Comparator.naturalOrder()).toList();
    }
}
