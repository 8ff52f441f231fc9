package dev.zosmfsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.security.UserProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Zowe team configuration ({@code zowe.config.json}) for the simulator: one zosmf profile per user with a
 * certificate (certificate logon), one password profile per user without SPECIAL (and for the SPECIAL users named
 * by {@code --zowe-password}), and a tso profile with an account and logon procedure the system accepts. Nothing is
 * listed under {@code secure} and {@code autoStore} is false, so the Zowe CLI never touches the operating system's
 * credential store; the file holds passwords, so it is written readable by its owner only.
 */
final class ZoweTeamConfig {

    /** z/OSMF's and the Zowe CLI's default logon procedure. */
    private static final String DEFAULT_PROCEDURE = "IZUFPROC";
    private static final String DEFAULT_ACCOUNT = "ACCT#";

    private ZoweTeamConfig() {
    }

    /**
     * The configuration; certificate paths are {@code clientFolder}'s files ({@link ClientFolder#file}), valid where
     * the clients read them.
     */
    static String render(ZosmfSimulator simulator, ClientFolder clientFolder, Set<String> specialPasswords) {
        Map<String, Object> profiles = new LinkedHashMap<>();
        String defaultProfile = null;
        for (String userid : simulator.userCertificates().keySet()) {
            String name = "zosmf_" + userid.toLowerCase(Locale.ROOT) + "_cert";
            Map<String, Object> properties = connection(simulator);
            properties.put("certFile", clientFolder.file(userid.toLowerCase(Locale.ROOT) + ".pem"));
            properties.put("certKeyFile", clientFolder.file(userid.toLowerCase(Locale.ROOT) + ".key.pem"));
            profiles.put(name, profile("zosmf", properties));
            defaultProfile = defaultProfile == null ? name : defaultProfile;
        }
        for (UserProfile user : simulator.system().racf().users()) {
            if (!user.revoked() && (!user.special() || specialPasswords.contains(user.userid()))) {
                Map<String, Object> properties = connection(simulator);
                properties.put("user", user.userid());
                properties.put("password", user.password());
                profiles.put("zosmf_" + user.userid().toLowerCase(Locale.ROOT) + "_password", profile("zosmf", properties));
            }
        }
        if (defaultProfile == null && !profiles.isEmpty()) {
            defaultProfile = profiles.keySet().iterator().next();
        }
        profiles.put("tso", profile("tso", tso(simulator.scenario().tso())));
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (defaultProfile != null) {
            defaults.put("zosmf", defaultProfile);
        }
        defaults.put("tso", "tso");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("profiles", profiles);
        config.put("defaults", defaults);
        config.put("autoStore", false);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(config) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write zowe.config.json", e);
        }
    }

    private static Map<String, Object> tso(Scenario.TsoSpec spec) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> accounts = spec.accounts();
        List<String> procedures = spec.procedures();
        properties.put("account", accounts == null || accounts.isEmpty() ? DEFAULT_ACCOUNT : accounts.get(0));
        properties.put("logonProcedure", procedures == null || procedures.isEmpty()
                || procedures.stream().anyMatch(DEFAULT_PROCEDURE::equalsIgnoreCase) ? DEFAULT_PROCEDURE
                : procedures.get(0).toUpperCase(Locale.ROOT));
        return properties;
    }

    private static Map<String, Object> connection(ZosmfSimulator simulator) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("host", simulator.baseUri().getHost().replace("[", "").replace("]", ""));
        properties.put("port", simulator.port());
        properties.put("protocol", "https");
        properties.put("rejectUnauthorized", true);
        return properties;
    }

    private static Map<String, Object> profile(String type, Map<String, Object> properties) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("type", type);
        profile.put("properties", properties);
        profile.put("secure", List.of());
        return profile;
    }
}
