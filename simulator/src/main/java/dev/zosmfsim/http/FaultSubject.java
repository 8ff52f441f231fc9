package dev.zosmfsim.http;

/** The console a request names and the command it carries, for fault rules to match; each may be null. */
public record FaultSubject(String console, String command) {

    public static final FaultSubject NONE = new FaultSubject(null, null);
}
