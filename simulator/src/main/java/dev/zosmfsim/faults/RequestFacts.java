package dev.zosmfsim.faults;

/**
 * What a fault rule can see of a request: method, path, service, the logged-on userid (null if none), the console
 * name (console service only) and the command text (a console command or a TSO command, when the body has one).
 */
public record RequestFacts(String method, String path, FaultService service, String userid, String console,
        String command) {
}
