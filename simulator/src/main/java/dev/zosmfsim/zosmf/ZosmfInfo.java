package dev.zosmfsim.zosmf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /zosmf/info}, built from the system's identity and z/OSMF's settings. */
public final class ZosmfInfo {

    /** The plug-ins this simulator emulates, as z/OSMF lists them: default name and version. */
    private static final List<String[]> PLUGINS = List.of(
            new String[] {"z/OS Operator Consoles", "HSMA250"},
            new String[] {"TSO/E Address Space Services", "HSMA250"},
            new String[] {"z/OSMF Authentication Services", "HSMA250"});

    private ZosmfInfo() {
    }

    /** {@code hostname} is what z/OSMF reports: its HOSTNAME setting, or the name it resolved when that is unset. */
    public static Map<String, Object> body(SystemIdentity system, ZosmfSettings settings, String hostname) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zos_version", system.zosVersion());
        body.put("zosmf_port", Integer.toString(settings.port()));
        body.put("zosmf_version", system.zosmfVersion());
        body.put("zosmf_hostname", hostname);
        body.put("plugins", PLUGINS.stream().map(ZosmfInfo::plugin).toList());
        body.put("zosmf_saf_realm", settings.safRealm());
        body.put("zosmf_full_version", system.zosmfFullVersion());
        body.put("api_version", "1");
        return body;
    }

    private static Map<String, Object> plugin(String[] nameAndVersion) {
        Map<String, Object> plugin = new LinkedHashMap<>();
        plugin.put("pluginVersion", nameAndVersion[1]);
        plugin.put("pluginDefaultName", nameAndVersion[0]);
        plugin.put("pluginStatus", "ACTIVE");
        return plugin;
    }
}
