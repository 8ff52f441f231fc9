package dev.zosmfsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.zosmfsim.ZosmfSimulator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Zowe team configuration ({@code zowe.config.json}) for the simulator: one zosmf profile per user with a
 * certificate (certificate logon) and one with IBMUSER's password. Nothing is listed under {@code secure} and
 * {@code autoStore} is false, so the Zowe CLI never touches the operating system's credential store.
 */
final class ZoweTeamConfig {

    private ZoweTeamConfig() {
    }

    static String render(ZosmfSimulator simulator, Path folder) {
        Map<String, Object> profiles = new LinkedHashMap<>();
        String defaultProfile = null;
        for (String userid : simulator.userCertificates().keySet()) {
            String name = "zosmf_" + userid.toLowerCase(Locale.ROOT) + "_cert";
            Map<String, Object> properties = connection(simulator);
            properties.put("certFile", folder.toAbsolutePath().resolve(userid.toLowerCase(Locale.ROOT) + ".pem").toString());
            properties.put("certKeyFile",
                    folder.toAbsolutePath().resolve(userid.toLowerCase(Locale.ROOT) + ".key.pem").toString());
            profiles.put(name, profile(properties));
            defaultProfile = defaultProfile == null ? name : defaultProfile;
        }
        simulator.system().racf().users().stream()
                .filter(user -> user.special() && !user.revoked())
                .findFirst()
                .ifPresent(user -> {
                    Map<String, Object> properties = connection(simulator);
                    properties.put("user", user.userid());
                    properties.put("password", user.password());
                    profiles.put("zosmf_" + user.userid().toLowerCase(Locale.ROOT) + "_password", profile(properties));
                });
        if (defaultProfile == null && !profiles.isEmpty()) {
            defaultProfile = profiles.keySet().iterator().next();
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("profiles", profiles);
        config.put("defaults", defaultProfile == null ? Map.of() : Map.of("zosmf", defaultProfile));
        config.put("autoStore", false);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(config) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write zowe.config.json", e);
        }
    }

    private static Map<String, Object> connection(ZosmfSimulator simulator) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("host", simulator.baseUri().getHost().replace("[", "").replace("]", ""));
        properties.put("port", simulator.port());
        properties.put("protocol", "https");
        properties.put("rejectUnauthorized", true);
        return properties;
    }

    private static Map<String, Object> profile(Map<String, Object> properties) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("type", "zosmf");
        profile.put("properties", properties);
        profile.put("secure", List.of());
        return profile;
    }
}
