package dev.zosmfsim.scenario;

import dev.zosmfsim.cea.CeaParameters;
import dev.zosmfsim.clock.ClockSetting;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.faults.FaultRule;
import dev.zosmfsim.security.AccessLevel;
import dev.zosmfsim.security.CertificateMap;
import dev.zosmfsim.security.DnFilter;
import dev.zosmfsim.security.OperParm;
import dev.zosmfsim.security.Password;
import dev.zosmfsim.security.PasswordRules;
import dev.zosmfsim.security.ResourceProfile;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.zosmf.ZosLevel;
import dev.zosmfsim.zosmf.ZosmfMaintenance;
import dev.zosmfsim.limits.ServerLimits;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks a bound scenario and parses its values, once, into a {@link CheckedScenario}: value ranges, formats, and
 * that every reference names something defined. Every problem is collected, each at its file, line and column.
 */
final class ScenarioValidator {

    private final YamlLocations locations;
    private final List<ScenarioException> problems = new ArrayList<>();

    private ScenarioValidator(YamlLocations locations) {
        this.locations = locations;
    }

    /** The problems of {@code scenario} (none: {@code checked} is what it says), where {@code locations} put them. */
    record Result(List<ScenarioException> problems, CheckedScenario checked) {
    }

    static Result check(Scenario scenario, YamlLocations locations) {
        ScenarioValidator validator = new ScenarioValidator(locations);
        validator.checkSystem(scenario.system());
        validator.checkZosmf(scenario.zosmf());
        Map<String, CheckedScenario.Certificate> certificates = new LinkedHashMap<>();
        List<UserProfile> users = validator.users(scenario.users(), certificates);
        List<ResourceProfile> facility = validator.profiles("facility", scenario.facility(), scenario.users());
        List<ResourceProfile> opercmds = validator.profiles("opercmds", scenario.opercmds(), scenario.users());
        List<CertificateMap> maps = validator.maps(scenario.certificateMaps(), scenario.users());
        Duration idleTimeout = scenario.cea().idleTimeout() == null ? null
                : validator.duration("cea.idleTimeout", scenario.cea().idleTimeout());
        Map<String, CeaParameters> members = validator.ceaMembers(scenario.cea());
        ConsoleSections console = new ConsoleSections(validator);
        console.check(scenario.console());
        new StorageSections(validator).check(scenario);
        Duration receiveWait = validator.tso(scenario.tso());
        List<FaultRule> rules = validator.faultRules(scenario.faults());
        ClockSetting clock = validator.clockSetting(scenario.clock());
        Instant clockStart = validator.clockStart(scenario.clock());
        PasswordRules passwordRules = validator.passwordRules(scenario.setropts());
        List<CheckedScenario.Member> sysplexMembers = new SysplexSection(validator).check(scenario.system());
        ZosmfMaintenance maintenance = new MaintenanceSection(validator).check(scenario);
        Jes2Sections.check(validator, scenario.jes2(), scenario.users());
        LimitsSection limitsSection = new LimitsSection(validator);
        ServerLimits limits = limitsSection.check(scenario.limits());
        long dataSetSpace = limitsSection.dataSetSpace(scenario.limits());
        List<ResourceProfile> datasetProfiles = new DatasetProfilesSection(validator).check(scenario);
        return new Result(validator.problems, validator.problems.isEmpty() ? new CheckedScenario(scenario,
                idleTimeout, members, users, certificates, facility, opercmds, maps, console.canned(),
                console.unsolicited(), receiveWait, rules, clock, clockStart, passwordRules, sysplexMembers,
                maintenance, limits, datasetProfiles, dataSetSpace) : null);
    }

    private void checkSystem(Scenario.SystemSpec system) {
        if (system.name() != null && !system.name().matches("[A-Z@#$][A-Z0-9@#$]{0,7}")) {
            problem("system.name", "expected 1-8 characters of A-Z, 0-9, @, # or $, got '" + system.name() + "'");
        }
        checkLevel(system);
        if (system.utcOffset() != null) {
            try {
                ZoneOffset.of(system.utcOffset());
            } catch (RuntimeException e) {
                problem("system.utcOffset", "expected an offset such as +01:00 or -05:00, got '" + system.utcOffset() + "'");
            }
        }
    }

    /** The z/OS level: zosVersion and zosmfVersion each name one, and they must name the same. */
    private void checkLevel(Scenario.SystemSpec system) {
        Optional<ZosLevel> byZos = ZosLevel.ofZosVersion(system.zosVersion());
        Optional<ZosLevel> byZosmf = ZosLevel.ofZosmfVersion(system.zosmfVersion());
        if (system.zosVersion() != null && byZos.isEmpty()) {
            problem("system.zosVersion", "expected a z/OS level as /zosmf/info reports it, from 04.24.00 (z/OS 2.1)"
                    + " to 04.28.00 (2.5), or 05.29.00 (3.1) and on, got '" + system.zosVersion() + "'");
        }
        if (system.zosmfVersion() != null && byZosmf.isEmpty()) {
            problem("system.zosmfVersion", "expected z/OSMF's version as /zosmf/info reports it, such as 27 (z/OS 2.4),"
                    + " 28 (2.5) or 29 (3.1), or the release itself (2.4, V2R4), got '" + system.zosmfVersion() + "'");
        }
        if (byZos.isPresent() && byZosmf.isPresent() && !byZos.equals(byZosmf)) {
            problem("system.zosmfVersion", "z/OSMF " + system.zosmfVersion() + " does not run on the z/OS level "
                    + system.zosVersion() + " names; give zosVersion " + byZosmf.get().zosVersion()
                    + " or zosmfVersion " + byZos.get().zosmfVersion() + ", or only one of them");
        }
    }

    private void checkZosmf(Scenario.ZosmfSpec zosmf) {
        if (zosmf.port() != null && (zosmf.port() < 1 || zosmf.port() > 65535)) {
            problem("zosmf.port", "expected a port number from 1 to 65535, got " + zosmf.port());
        }
        if (zosmf.sessionExpireMinutes() != null && zosmf.sessionExpireMinutes() < 1) {
            problem("zosmf.sessionExpireMinutes", "expected a positive number of minutes, got " + zosmf.sessionExpireMinutes());
        }
    }

    private List<UserProfile> users(Map<String, Scenario.UserSpec> users,
            Map<String, CheckedScenario.Certificate> certificates) {
        List<UserProfile> profiles = new ArrayList<>();
        users.forEach((userid, user) -> {
            String at = "users." + userid;
            boolean validUserid = false;
            try {
                validUserid = UserProfile.normalizeUserid(userid).equals(userid);
                if (!validUserid) {
                    problem(at, "userids are written in upper case: " + userid.toUpperCase(Locale.ROOT));
                }
            } catch (IllegalArgumentException e) {
                problem(at, e.getMessage());
            }
            if (user == null) {
                problem(at, "expected a mapping with at least a password");
                return;
            }
            if (user.password() == null) {
                problem(at, "a password is required");
            } else if (!Password.valid(user.password())) {
                problem(at + ".password", "expected a string of 1-" + Password.MAX_LENGTH + " characters, got "
                        + user.password().length() + " characters");
            }
            if (user.certificate() != null) {
                CheckedScenario.Certificate certificate = certificate(at + ".certificate", user.certificate());
                if (certificate != null) {
                    certificates.put(userid, certificate);
                }
            }
            OperParm operParm = user.operparm() == null ? null : parsed(at + ".operparm.auth", () -> OperParm.parse(
                    user.operparm().auth() == null ? List.of() : user.operparm().auth()));
            if (validUserid && user.password() != null && Password.valid(user.password())) {
                profiles.add(new UserProfile(userid, user.password(), Boolean.TRUE.equals(user.passwordExpired()),
                        Boolean.TRUE.equals(user.revoked()), Boolean.TRUE.equals(user.special()), operParm)
                        .withOperations(Boolean.TRUE.equals(user.operations())));
            }
        });
        return profiles;
    }

    private CheckedScenario.Certificate certificate(String at, Scenario.CertificateSpec certificate) {
        try {
            return CheckedScenario.Certificate.of(certificate);
        } catch (SpecProblem e) {
            problem(e.fieldUnder(at), e.getMessage());
            return null;
        }
    }

    private List<ResourceProfile> profiles(String section, Map<String, Scenario.FacilitySpec> profiles,
            Map<String, Scenario.UserSpec> users) {
        List<ResourceProfile> parsed = new ArrayList<>();
        profiles.forEach((name, profile) -> {
            String at = section + "." + name;
            AccessLevel uacc = profile == null || profile.uacc() == null ? AccessLevel.NONE
                    : parsed(at + ".uacc", () -> AccessLevel.parse(profile.uacc()));
            Map<String, AccessLevel> permits = new LinkedHashMap<>();
            if (profile != null && profile.permits() != null) {
                profile.permits().forEach((userid, access) -> {
                    String permitAt = at + ".permits." + userid;
                    if (!users.containsKey(userid)) {
                        problem(permitAt, "user " + userid + " is not defined under users");
                    }
                    AccessLevel level = parsed(permitAt, () -> AccessLevel.parse(access));
                    if (level != null) {
                        permits.put(userid, level);
                    }
                });
            }
            if (uacc != null) {
                parsed.add(new ResourceProfile(name, uacc, permits));
            }
        });
        return parsed;
    }

    private List<CertificateMap> maps(List<Scenario.CertificateMapSpec> maps, Map<String, Scenario.UserSpec> users) {
        List<CertificateMap> parsed = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            Scenario.CertificateMapSpec map = maps.get(i);
            String at = "certificateMaps[" + i + "]";
            if (map == null) {
                problem(at, "expected a mapping with user and sdnFilter");
                continue;
            }
            if (map.user() == null) {
                problem(at, "user is required");
            } else if (!users.containsKey(map.user())) {
                problem(at + ".user", "user " + map.user() + " is not defined under users");
            }
            DnFilter subject = null;
            if (map.sdnFilter() == null) {
                problem(at, "sdnFilter is required");
            } else {
                subject = parsed(at + ".sdnFilter", () -> DnFilter.parse(map.sdnFilter()));
            }
            DnFilter issuer = map.idnFilter() == null ? null
                    : parsed(at + ".idnFilter", () -> DnFilter.parse(map.idnFilter()));
            if (map.user() != null && subject != null && (map.idnFilter() == null || issuer != null)) {
                parsed.add(new CertificateMap(map.user(), subject, issuer, map.label(),
                        !Boolean.FALSE.equals(map.trust())));
            }
        }
        return parsed;
    }

    private Map<String, CeaParameters> ceaMembers(Scenario.CeaSpec cea) {
        Map<String, CeaParameters> parsed = new LinkedHashMap<>();
        CeaParameters defaults = CeaParameters.defaults();
        parsed.put("00", defaults);
        Map<String, Scenario.CeaMemberSpec> members = cea.members() == null ? Map.of() : cea.members();
        members.forEach((suffix, member) -> {
            String at = "cea.members." + suffix;
            if (!suffix.matches("[A-Z0-9@#$]{2}")) {
                problem(at, "expected a two-character CEAPRMxx suffix such as 00 or T1, got '" + suffix + "'");
                return;
            }
            Scenario.CeaMemberSpec given = member == null ? new Scenario.CeaMemberSpec(null, null, null, null)
                    : member;
            Duration reconTime = given.reconTime() == null ? defaults.reconTime()
                    : duration(at + ".reconTime", given.reconTime());
            Integer max = count(at + ".maxSessions", given.maxSessions(), defaults.maxSessions());
            Integer perUser = count(at + ".maxSessionsPerUser", given.maxSessionsPerUser(),
                    defaults.maxSessionsPerUser());
            Integer recon = count(at + ".reconSessions", given.reconSessions(), defaults.reconSessions());
            if (reconTime != null && max != null && perUser != null && recon != null) {
                parsed.put(suffix, new CeaParameters(suffix, max, perUser, recon, reconTime));
            }
        });
        if (cea.active() != null && !members.containsKey(cea.active()) && !cea.active().equals("00")) {
            problem("cea.active", "member " + cea.active() + " is not defined under cea.members");
        }
        return parsed;
    }

    /** The receive wait, once the procedures and accounts are checked. */
    private Duration tso(Scenario.TsoSpec tso) {
        List<String> procedures = tso.procedures() == null ? List.of() : tso.procedures();
        for (int i = 0; i < procedures.size(); i++) {
            String name = procedures.get(i);
            if (name == null || !name.matches("[A-Za-z@#$][A-Za-z0-9@#$]{0,7}")) {
                problem("tso.procedures[" + i + "]", "expected a procedure name of 1-8 characters, got '" + name + "'");
            }
        }
        List<String> accounts = tso.accounts() == null ? List.of() : tso.accounts();
        for (int i = 0; i < accounts.size(); i++) {
            String account = accounts.get(i);
            if (account == null || account.isEmpty() || account.length() > 40 || account.contains(" ")) {
                problem("tso.accounts[" + i + "]", "expected an account number of 1-40 characters without blanks, got '"
                        + account + "'");
            }
        }
        return tso.receiveWait() == null ? null : duration("tso.receiveWait", tso.receiveWait());
    }

    private List<FaultRule> faultRules(Scenario.FaultsSpec faults) {
        List<FaultRule> rules = new ArrayList<>();
        if (faults.rules().size() > dev.zosmfsim.faults.Faults.MAX_RULES) {
            problem("faults.rules", "at most " + dev.zosmfsim.faults.Faults.MAX_RULES + " rules, got "
                    + faults.rules().size());
        }
        for (int i = 0; i < faults.rules().size(); i++) {
            String at = "faults.rules[" + i + "]";
            try {
                rules.add(FaultSpecs.toRule(faults.rules().get(i)));
            } catch (SpecProblem e) {
                problem(e.fieldUnder(at), e.getMessage());
            }
        }
        return rules;
    }

    private ClockSetting clockSetting(Scenario.ClockSpec clock) {
        if (clock.mode() == null && clock.scale() == null) {
            return null;
        }
        try {
            SimClock.Mode mode = clock.mode() == null ? SimClock.Mode.SYSTEM : ClockSetting.mode(clock.mode());
            return new ClockSetting(mode, clock.scale());
        } catch (IllegalArgumentException e) {
            String field = clock.mode() != null && !clock.mode().matches("system|manual|scaled") ? "clock.mode"
                    : clock.scale() != null ? "clock.scale" : "clock";
            problem(field, e.getMessage());
            return null;
        }
    }

    private Instant clockStart(Scenario.ClockSpec clock) {
        if (clock.start() == null) {
            return null;
        }
        try {
            return Instant.parse(clock.start());
        } catch (java.time.format.DateTimeParseException e) {
            problem("clock.start", "expected an ISO-8601 instant such as 2026-06-28T15:34:43Z, got '"
                    + clock.start() + "'");
            return null;
        }
    }

    /** SETROPTS's rules: each one in RACF's range, or left out (off). */
    private PasswordRules passwordRules(Scenario.SetroptsSpec setropts) {
        PasswordRules rules = PasswordRules.none();
        rules = rule(rules, "setropts.password.revoke", setropts.password().revoke(), PasswordRules::withRevoke);
        rules = rule(rules, "setropts.password.interval", setropts.password().interval(), PasswordRules::withInterval);
        rules = rule(rules, "setropts.password.history", setropts.password().history(), PasswordRules::withHistory);
        List<String> generic = setropts.nogeneric() == null ? List.of() : setropts.nogeneric();
        for (int i = 0; i < generic.size(); i++) {
            if (!"DATASET".equals(generic.get(i))) {
                problem("setropts.nogeneric[" + i + "]", "expected DATASET, the one class whose generic profiles can"
                        + " be switched off (the others always use theirs), got '" + generic.get(i) + "'");
            }
        }
        return rule(rules, "setropts.inactive", setropts.inactive(), PasswordRules::withInactive);
    }

    private PasswordRules rule(PasswordRules rules, String at, Integer value,
            java.util.function.BiFunction<PasswordRules, Integer, PasswordRules> with) {
        PasswordRules next = value == null ? null : parsed(at, () -> with.apply(rules, value));
        return next == null ? rules : next;
    }

    private Integer count(String at, Integer value, int absent) {
        if (value == null) {
            return absent;
        }
        if (value < 0) {
            problem(at, "expected a number of 0 or more, got " + value);
            return null;
        }
        return value;
    }

    Duration duration(String at, String text) {
        return parsed(at, () -> DurationText.parse(text));
    }

    /** What {@code parse} makes of a value, or null (with the problem at {@code at}) when it refuses it. */
    private <T> T parsed(String at, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
            return null;
        }
    }

    void problem(String path, String message) {
        YamlLocations.Location at = locations.locate(path);
        problems.add(new ScenarioException(at.source(), at.line(), at.column(), path, message + at.note()));
    }
}
