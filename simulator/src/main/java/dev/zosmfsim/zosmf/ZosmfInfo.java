package dev.zosmfsim.zosmf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /zosmf/info}, built from the system's identity and z/OSMF's settings. */
public final class ZosmfInfo {

    /** The plug-ins this simulator emulates, as z/OSMF lists them; each reports the level's z/OSMF FMID. */
    private static final List<String> PLUGINS = List.of("z/OS Operator Consoles", "TSO/E Address Space Services",
            "z/OSMF Authentication Services");

    private ZosmfInfo() {
    }

    /** {@code hostname} is what z/OSMF reports: its HOSTNAME setting, or the name it resolved when that is unset. */
    public static Map<String, Object> body(SystemIdentity system, ZosmfSettings settings, String hostname) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zos_version", system.zosVersion());
        body.put("zosmf_port", Integer.toString(settings.port()));
        body.put("zosmf_version", system.zosmfVersion());
        body.put("zosmf_hostname", hostname);
        body.put("plugins", PLUGINS.stream().map(name -> plugin(name, system.level().pluginFmid())).toList());
        body.put("zosmf_saf_realm", settings.safRealm());
        body.put("zosmf_full_version", system.zosmfFullVersion());
        body.put("api_version", "1");
        return body;
    }

    private static Map<String, Object> plugin(String name, String version) {
        Map<String, Object> plugin = new LinkedHashMap<>();
        plugin.put("pluginVersion", version);
        plugin.put("pluginDefaultName", name);
        plugin.put("pluginStatus", "ACTIVE");
        return plugin;
    }
}
