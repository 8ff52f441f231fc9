package dev.zosmfsim.zosmf;

import java.time.Duration;

/**
 * z/OSMF's own settings, as parmlib member IZUPRMxx holds them.
 *
 * @param hostname       HOSTNAME: the name z/OSMF tells clients and uses to reach its own TSO connection; null when
 *                       the member does not set it
 * @param port           HTTPS_PORT as z/OSMF reports it
 * @param safRealm       the SAF realm, SAFRealm by default
 * @param sessionExpire  SESSION_EXPIRE: how long a logon token lives (495 minutes by default)
 */
public record ZosmfSettings(String hostname, int port, String safRealm, Duration sessionExpire) {

    public static final Duration DEFAULT_SESSION_EXPIRE = Duration.ofMinutes(495);

    public static ZosmfSettings defaults() {
        return new ZosmfSettings("127.0.0.1", 10443, "SAFRealm", DEFAULT_SESSION_EXPIRE);
    }

    public ZosmfSettings withPort(int newPort) {
        return new ZosmfSettings(hostname, newPort, safRealm, sessionExpire);
    }
}
