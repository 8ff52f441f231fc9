package dev.zosmfsim.scenario;

import dev.zosmfsim.cea.CeaParameters;
import dev.zosmfsim.clock.ClockSetting;
import dev.zosmfsim.console.CannedResponses;
import dev.zosmfsim.faults.FaultRule;
import dev.zosmfsim.limits.ServerLimits;
import dev.zosmfsim.security.CertificateMap;
import dev.zosmfsim.security.PasswordRules;
import dev.zosmfsim.security.ResourceProfile;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.zosmf.ZosLevel;
import dev.zosmfsim.zosmf.ZosmfMaintenance;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;

/**
 * A scenario whose values have been checked and parsed, once: durations as {@link Duration}s, access levels, DN
 * filters, fault rules, canned responses, OPERPARM segments and the clock as the types the system is built from.
 * {@link ScenarioValidator} makes it; the system factory reads it and parses nothing. {@link #source()} is the
 * scenario as written, for what needs no parsing and for the export.
 *
 * @param idleTimeout   how long a CEA address space may be idle (null: the system's default)
 * @param ceaMembers    the CEAPRMxx members by suffix, defaults filled in, always with 00
 * @param users         the RACF users
 * @param certificates  the client certificates to issue at start, by userid
 * @param facility      FACILITY profiles
 * @param opercmds      OPERCMDS profiles
 * @param maps          RACDCERT MAPs
 * @param canned        canned console responses
 * @param unsolicited   unsolicited messages and when they appear after the system starts
 * @param receiveWait   how long a TSO receive waits (null: z/OSMF's 15 s)
 * @param faultRules    the fault rules installed at start
 * @param clock         how the clock moves (null: real time)
 * @param clockStart    the simulated time at start (null: now)
 * @param passwordRules SETROPTS's password rules and INACTIVE (all off unless the scenario says)
 * @param sysplexMembers the other systems of the sysplex, in the scenario's order (none: a one-system sysplex)
 * @param maintenance   z/OSMF's release and the APARs applied to it
 * @param limits        the HTTPS port's limits
 * @param datasetProfiles RACF's DATASET profiles
 * @param dataSetSpace  how many bytes all data sets may hold together (the catalog's size cap)
 */
public record CheckedScenario(Scenario source, Duration idleTimeout, Map<String, CeaParameters> ceaMembers,
        List<UserProfile> users, Map<String, Certificate> certificates, List<ResourceProfile> facility,
        List<ResourceProfile> opercmds, List<CertificateMap> maps, List<CannedResponses.Canned> canned,
        List<Unsolicited> unsolicited, Duration receiveWait, List<FaultRule> faultRules, ClockSetting clock,
        Instant clockStart, PasswordRules passwordRules, List<Member> sysplexMembers, ZosmfMaintenance maintenance,
        ServerLimits limits, List<ResourceProfile> datasetProfiles, long dataSetSpace) {

    public CheckedScenario {
        ceaMembers = Map.copyOf(ceaMembers);
        users = List.copyOf(users);
        certificates = Map.copyOf(certificates);
        facility = List.copyOf(facility);
        opercmds = List.copyOf(opercmds);
        maps = List.copyOf(maps);
        canned = List.copyOf(canned);
        unsolicited = List.copyOf(unsolicited);
        faultRules = List.copyOf(faultRules);
        passwordRules = passwordRules == null ? PasswordRules.none() : passwordRules;
        sysplexMembers = sysplexMembers == null ? List.of() : List.copyOf(sysplexMembers);
        java.util.Objects.requireNonNull(maintenance, "maintenance");
        limits = limits == null ? ServerLimits.DEFAULTS : limits;
        datasetProfiles = datasetProfiles == null ? List.of() : List.copyOf(datasetProfiles);
    }

    /**
     * Checks and parses a scenario made in code (or loaded before); throws the first problem, naming its field.
     */
    public static CheckedScenario of(Scenario scenario) {
        ScenarioValidator.Result result = ScenarioValidator.check(scenario, YamlLocations.none("scenario"));
        if (!result.problems().isEmpty()) {
            throw result.problems().get(0);
        }
        return result.checked();
    }

    /**
     * A client certificate to issue: its subject (null: {@code CN=<userid>,OU=USERS,O=ZOSMF-SIM}), key type and
     * validity bounds (null: from a day before the start to a year after it); {@code spec} as written.
     */
    public record Certificate(String subject, KeyAlgorithm keyType, CertificateWindow.Bound validFrom,
            CertificateWindow.Bound validUntil, Scenario.CertificateSpec spec) {

        /** Parses a certificate as a scenario (or the admin API) writes it; a {@link SpecProblem} names the field. */
        public static Certificate of(Scenario.CertificateSpec spec) {
            if (spec.subject() != null) {
                try {
                    new X500Principal(spec.subject());
                } catch (IllegalArgumentException e) {
                    throw new SpecProblem("subject", "expected a distinguished name such as CN=COLIN,O=ZOSMF-SIM, got '"
                            + spec.subject() + "'");
                }
            }
            return new Certificate(spec.subject(), spec.keyType() == null ? KeyAlgorithm.EC_P256
                    : field("keyType", () -> KeyAlgorithm.parse(spec.keyType())),
                    spec.validFrom() == null ? null : field("validFrom", () -> CertificateWindow.Bound.parse(spec.validFrom())),
                    spec.validUntil() == null ? null
                            : field("validUntil", () -> CertificateWindow.Bound.parse(spec.validUntil())), spec);
        }

        /** When the certificate is valid if issued at {@code now}: by default from a day before to a year after. */
        public Instant notBefore(Instant now) {
            return validFrom == null ? now.minus(Duration.ofDays(1)) : validFrom.at(now);
        }

        public Instant notAfter(Instant now) {
            return validUntil == null ? now.plus(Duration.ofDays(365)) : validUntil.at(now);
        }

        private static <T> T field(String name, java.util.function.Supplier<T> parse) {
            try {
                return parse.get();
            } catch (IllegalArgumentException e) {
                throw new SpecProblem(name, e.getMessage());
            }
        }
    }

    /** Another system of the sysplex: its SYSNAME, z/OS level and UTC offset (null: as the first system's). */
    public record Member(String sysname, ZosLevel level, ZoneOffset utcOffset) {
    }

    /** An unsolicited message, {@code after} the system starts. */
    public record Unsolicited(Duration after, String text) {
    }
}
