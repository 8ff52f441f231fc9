package dev.zosmfsim.http;

/** The z/OSMF REST paths the simulator serves. */
final class ZosmfPaths {

    static final String PREFIX = "/zosmf";
    static final String INFO = "/zosmf/info";
    static final String AUTHENTICATE = "/zosmf/services/authenticate";
    static final String CONSOLE = "/zosmf/restconsoles/consoles/{name}";
    static final String CONSOLE_SOLMSGS = "/zosmf/restconsoles/consoles/{name}/solmsgs/{key}";
    static final String CONSOLE_DETECTIONS = "/zosmf/restconsoles/consoles/{name}/detections/{key}";
    static final String TSO = "/zosmf/tsoApp/tso";
    static final String TSO_SESSION = "/zosmf/tsoApp/tso/{servletKey}";
    static final String TSO_PING = "/zosmf/tsoApp/tso/ping/{servletKey}";
    static final String TSO_ISSUE = "/zosmf/tsoApp/{version}/tso";

    private ZosmfPaths() {
    }
}
