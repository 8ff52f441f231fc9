package dev.zosmfsim.zosmf;

import java.util.List;
import java.util.Locale;

/**
 * The system's TCP/IP stack as z/OSMF's TSO connection sees it. z/OSMF reaches the TSO address space that runs a
 * console over TCP/IP at its own HOSTNAME; that works only when HOSTNAME names this stack (its host name or its
 * address). Without HOSTNAME z/OSMF uses the name a resolver gave it, which may not be reachable from there, and
 * 127.0.0.1 does not reach it either (the field notes found both).
 *
 * @param hostname        the stack's own host name
 * @param address         the stack's own address (a name in the simulation; nothing connects to it)
 * @param resolvedName    the name z/OSMF falls back to when IZUPRMxx sets no HOSTNAME
 * @param resolvedReachable whether that fallback name happens to reach the stack
 */
public record TcpipStack(String hostname, String address, String resolvedName, boolean resolvedReachable) {

    public static TcpipStack defaults(String sysname) {
        String host = sysname.toLowerCase(Locale.ROOT) + ".zosmf-sim.test";
        return new TcpipStack(host, "10.1.1.2", sysname + ".DAL-EBIS.IHOST.COM", false);
    }

    /** The host name z/OSMF uses for itself: HOSTNAME if set, otherwise the resolved name. */
    public String effectiveHostname(ZosmfSettings settings) {
        return settings.hostname() == null || settings.hostname().isBlank() ? resolvedName : settings.hostname();
    }

    /** Whether z/OSMF's TSO connection, made to its effective host name, reaches this stack. */
    public boolean reachableAs(ZosmfSettings settings) {
        if (settings.hostname() == null || settings.hostname().isBlank()) {
            return resolvedReachable;
        }
        return List.of(hostname, address).stream().anyMatch(name -> name.equalsIgnoreCase(settings.hostname()));
    }
}
