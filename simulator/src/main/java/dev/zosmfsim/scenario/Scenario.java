package dev.zosmfsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file: the description of one simulated system. Every section is optional; what is left out takes the
 * defaults of a freshly installed system. {@link ScenarioLoader} reads and checks it.
 */
public record Scenario(
        String description,
        SystemSpec system,
        ZosmfSpec zosmf,
        Map<String, UserSpec> users,
        Map<String, FacilitySpec> facility,
        List<CertificateMapSpec> certificateMaps) {

    public Scenario {
        system = system == null ? new SystemSpec(null, null, null, null, null) : system;
        zosmf = zosmf == null ? new ZosmfSpec(null, null, null, null) : zosmf;
        users = users == null ? Map.of() : new LinkedHashMap<>(users);
        facility = facility == null ? Map.of() : new LinkedHashMap<>(facility);
        certificateMaps = certificateMaps == null ? List.of() : List.copyOf(certificateMaps);
    }

    /** The system's identity; nulls take the defaults (S0W1, z/OS 2.5, z/OSMF 27). */
    public record SystemSpec(String name, String sysplex, String zosVersion, String zosmfVersion, String utcOffset) {
    }

    /** IZUPRMxx settings; nulls take the defaults. */
    public record ZosmfSpec(String hostname, Integer port, String safRealm, Integer sessionExpireMinutes) {
    }

    /** A RACF user and, optionally, the client certificate to issue for it. */
    public record UserSpec(String password, Boolean passwordExpired, Boolean revoked, Boolean special,
            CertificateSpec certificate) {
    }

    /**
     * A client certificate the simulator's CA issues at start.
     *
     * @param subject    RFC 2253 DN, e.g. {@code CN=COLIN,O=ZOSMF-SIM}; by default {@code CN=<userid>,OU=USERS,O=ZOSMF-SIM}
     * @param keyType    EC (default) or RSA
     * @param validFrom  ISO-8601 instant or a day offset from the start such as {@code -30d}; default one day ago
     * @param validUntil ISO-8601 instant or a day offset such as {@code 365d}; default in 365 days
     */
    public record CertificateSpec(String subject, String keyType, String validFrom, String validUntil) {
    }

    /** A FACILITY profile: universal access and permits by userid. */
    public record FacilitySpec(String uacc, Map<String, String> permits) {
    }

    /** A RACDCERT MAP: certificates matching the filters log on as {@code user}. */
    public record CertificateMapSpec(String user, String sdnFilter, String idnFilter, String label, Boolean trust) {
    }
}
