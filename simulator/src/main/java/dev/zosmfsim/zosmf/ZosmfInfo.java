package dev.zosmfsim.zosmf;

import java.util.List;

/**
 * What {@code GET /zosmf/info} reports, built from the system's identity and z/OSMF's settings: the fields z/OSMF's
 * information retrieval service answers, in its spelling (the REST adapter writes them as they are).
 *
 * @param zosVersion       zos_version, such as {@code 04.27.00}
 * @param zosmfPort        zosmf_port, as a string
 * @param zosmfVersion     zosmf_version, a two-digit string the Zowe CLI compares with {@code 27}
 * @param zosmfHostname    zosmf_hostname: HOSTNAME, or the name z/OSMF resolved when HOSTNAME is not set
 * @param plugins          the plug-ins, with their version (FMID) and status
 * @param zosmfSafRealm    zosmf_saf_realm
 * @param zosmfFullVersion zosmf_full_version
 * @param apiVersion       api_version
 */
public record ZosmfInfo(String zosVersion, String zosmfPort, String zosmfVersion, String zosmfHostname,
        List<Plugin> plugins, String zosmfSafRealm, String zosmfFullVersion, String apiVersion) {

    /** One plug-in: its version (FMID), default name and status. */
    public record Plugin(String pluginVersion, String pluginDefaultName, String pluginStatus) {
    }

    /** The plug-ins this simulator emulates, as z/OSMF lists them; each reports the level's z/OSMF FMID. */
    private static final List<String> PLUGINS = List.of("z/OS Operator Consoles", "TSO/E Address Space Services",
            "z/OSMF Authentication Services");

    /** {@code hostname} is what z/OSMF reports: its HOSTNAME setting, or the name it resolved when that is unset. */
    public static ZosmfInfo of(SystemIdentity system, ZosmfSettings settings, String hostname) {
        List<Plugin> plugins = PLUGINS.stream().map(name -> new Plugin(system.level().pluginFmid(), name, "ACTIVE"))
                .toList();
        return new ZosmfInfo(system.zosVersion(), Integer.toString(settings.port()), system.zosmfVersion(), hostname,
                plugins, settings.safRealm(), system.zosmfFullVersion(), "1");
    }
}
