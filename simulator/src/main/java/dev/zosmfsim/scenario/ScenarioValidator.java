package dev.zosmfsim.scenario;

import dev.zosmfsim.security.AccessLevel;
import dev.zosmfsim.security.DnFilter;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.zosmf.ZosLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks a parsed scenario must pass: value ranges, formats, and that every reference names something defined. */
final class ScenarioValidator {

    private final YamlLocations locations;
    private final List<ScenarioException> problems = new ArrayList<>();

    private ScenarioValidator(YamlLocations locations) {
        this.locations = locations;
    }

    static List<ScenarioException> check(Scenario scenario, YamlLocations locations) {
        ScenarioValidator validator = new ScenarioValidator(locations);
        validator.checkSystem(scenario.system());
        validator.checkZosmf(scenario.zosmf());
        validator.checkUsers(scenario.users());
        validator.checkFacility(scenario.facility(), scenario.users());
        validator.checkMaps(scenario.certificateMaps(), scenario.users());
        validator.checkCea(scenario.cea());
        validator.checkConsole(scenario.console());
        validator.checkTso(scenario.tso());
        validator.checkFaults(scenario.faults());
        validator.checkClock(scenario.clock());
        return validator.problems;
    }

    private void checkSystem(Scenario.SystemSpec system) {
        if (system.name() != null && !system.name().matches("[A-Z@#$][A-Z0-9@#$]{0,7}")) {
            problem("system.name", "expected 1-8 characters of A-Z, 0-9, @, # or $, got '" + system.name() + "'");
        }
        checkLevel(system);
        if (system.utcOffset() != null) {
            try {
                java.time.ZoneOffset.of(system.utcOffset());
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
                    + " to 04.28.00 (2.5) or 04.29.00 (3.1) and on, got '" + system.zosVersion() + "'");
        }
        if (system.zosmfVersion() != null && byZosmf.isEmpty()) {
            problem("system.zosmfVersion", "expected z/OSMF's version as /zosmf/info reports it, such as 27 (z/OS 2.4),"
                    + " 28 (2.5) or 29 (3.1), got '" + system.zosmfVersion() + "'");
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

    private void checkUsers(Map<String, Scenario.UserSpec> users) {
        users.forEach((userid, user) -> {
            String at = "users." + userid;
            try {
                if (!UserProfile.normalizeUserid(userid).equals(userid)) {
                    problem(at, "userids are written in upper case: " + userid.toUpperCase(java.util.Locale.ROOT));
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
            } else if (user.password().isEmpty() || user.password().length() > 8) {
                problem(at + ".password", "expected a string of 1-8 characters, got " + user.password().length()
                        + " characters");
            }
            if (user.certificate() != null) {
                checkCertificate(at + ".certificate", user.certificate());
            }
            if (user.consoleAuthority() != null) {
                try {
                    dev.zosmfsim.console.ConsoleAuthority.parse(user.consoleAuthority());
                } catch (IllegalArgumentException e) {
                    problem(at + ".consoleAuthority", e.getMessage());
                }
            }
        });
    }

    private void checkCertificate(String at, Scenario.CertificateSpec certificate) {
        if (certificate.subject() != null) {
            try {
                new javax.security.auth.x500.X500Principal(certificate.subject());
            } catch (IllegalArgumentException e) {
                problem(at + ".subject", "expected a distinguished name such as CN=COLIN,O=ZOSMF-SIM, got '"
                        + certificate.subject() + "'");
            }
        }
        if (certificate.keyType() != null) {
            try {
                KeyAlgorithm.parse(certificate.keyType());
            } catch (IllegalArgumentException e) {
                problem(at + ".keyType", e.getMessage());
            }
        }
        Instant start = Instant.EPOCH;
        for (String[] bound : new String[][] {{"validFrom", certificate.validFrom()}, {"validUntil", certificate.validUntil()}}) {
            if (bound[1] != null) {
                try {
                    CertificateWindow.instant(bound[1], start);
                } catch (IllegalArgumentException e) {
                    problem(at + "." + bound[0], e.getMessage());
                }
            }
        }
    }

    private void checkFacility(Map<String, Scenario.FacilitySpec> facility, Map<String, Scenario.UserSpec> users) {
        facility.forEach((name, profile) -> {
            String at = "facility." + name;
            if (profile == null) {
                return;
            }
            if (profile.uacc() != null) {
                checkAccess(at + ".uacc", profile.uacc());
            }
            if (profile.permits() != null) {
                profile.permits().forEach((userid, access) -> {
                    String permitAt = at + ".permits." + userid;
                    if (!users.containsKey(userid)) {
                        problem(permitAt, "user " + userid + " is not defined under users");
                    }
                    checkAccess(permitAt, access);
                });
            }
        });
    }

    private void checkMaps(List<Scenario.CertificateMapSpec> maps, Map<String, Scenario.UserSpec> users) {
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
            if (map.sdnFilter() == null) {
                problem(at, "sdnFilter is required");
            } else {
                checkFilter(at + ".sdnFilter", map.sdnFilter());
            }
            if (map.idnFilter() != null) {
                checkFilter(at + ".idnFilter", map.idnFilter());
            }
        }
    }

    private void checkCea(Scenario.CeaSpec cea) {
        if (cea.idleTimeout() != null) {
            checkDuration("cea.idleTimeout", cea.idleTimeout());
        }
        Map<String, Scenario.CeaMemberSpec> members = cea.members() == null ? Map.of() : cea.members();
        members.forEach((suffix, member) -> {
            String at = "cea.members." + suffix;
            if (!suffix.matches("[A-Z0-9@#$]{2}")) {
                problem(at, "expected a two-character CEAPRMxx suffix such as 00 or T1, got '" + suffix + "'");
            }
            if (member == null) {
                return;
            }
            checkCount(at + ".maxSessions", member.maxSessions());
            checkCount(at + ".maxSessionsPerUser", member.maxSessionsPerUser());
            checkCount(at + ".reconSessions", member.reconSessions());
            if (member.reconTime() != null) {
                checkDuration(at + ".reconTime", member.reconTime());
            }
        });
        if (cea.active() != null && !members.containsKey(cea.active()) && !cea.active().equals("00")) {
            problem("cea.active", "member " + cea.active() + " is not defined under cea.members");
        }
    }

    private void checkConsole(Scenario.ConsoleSpec console) {
        for (int i = 0; i < console.responses().size(); i++) {
            Scenario.ConsoleResponseSpec response = console.responses().get(i);
            String at = "console.responses[" + i + "]";
            if (response == null || response.command() == null) {
                problem(at, "command is required (a regular expression matched against the whole command)");
                continue;
            }
            try {
                java.util.regex.Pattern.compile(response.command());
            } catch (java.util.regex.PatternSyntaxException e) {
                problem(at + ".command", "expected a regular expression: " + e.getDescription());
            }
            if (response.lines() == null && response.messages() == null) {
                problem(at, "give the response as lines (at once) or messages (each after a delay)");
            }
            List<Scenario.TimedLinesSpec> messages = response.messages() == null ? List.of() : response.messages();
            for (int j = 0; j < messages.size(); j++) {
                Scenario.TimedLinesSpec message = messages.get(j);
                String messageAt = at + ".messages[" + j + "]";
                if (message == null || message.after() == null || message.lines() == null) {
                    problem(messageAt, "expected after (a duration such as 5s) and lines");
                } else {
                    checkDuration(messageAt + ".after", message.after());
                }
            }
        }
        for (int i = 0; i < console.unsolicited().size(); i++) {
            Scenario.UnsolicitedSpec message = console.unsolicited().get(i);
            String at = "console.unsolicited[" + i + "]";
            if (message == null || message.after() == null || message.text() == null) {
                problem(at, "expected after (a duration such as 30s) and text");
            } else {
                checkDuration(at + ".after", message.after());
            }
        }
    }

    private void checkTso(Scenario.TsoSpec tso) {
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
        if (tso.receiveWait() != null) {
            checkDuration("tso.receiveWait", tso.receiveWait());
        }
    }

    private void checkFaults(Scenario.FaultsSpec faults) {
        for (int i = 0; i < faults.rules().size(); i++) {
            String at = "faults.rules[" + i + "]";
            try {
                FaultSpecs.toRule(faults.rules().get(i));
            } catch (SpecProblem e) {
                problem(e.fieldUnder(at), e.getMessage());
            }
        }
    }

    private void checkClock(Scenario.ClockSpec clock) {
        if (clock.mode() != null && !clock.mode().matches("system|manual|scaled")) {
            problem("clock.mode", "expected system, manual or scaled, got '" + clock.mode() + "'");
        }
        if (clock.scale() != null) {
            if (!"scaled".equals(clock.mode())) {
                problem("clock.scale", "a scale is only for mode: scaled");
            } else if (!(clock.scale() > 0) || clock.scale().isInfinite()) {
                problem("clock.scale", "expected a positive number, got " + clock.scale());
            }
        } else if ("scaled".equals(clock.mode())) {
            problem("clock", "mode: scaled needs a scale (how many times faster than real time)");
        }
        if (clock.start() != null) {
            try {
                Instant.parse(clock.start());
            } catch (java.time.format.DateTimeParseException e) {
                problem("clock.start", "expected an ISO-8601 instant such as 2026-06-28T15:34:43Z, got '"
                        + clock.start() + "'");
            }
        }
    }

    private void checkCount(String at, Integer value) {
        if (value != null && value < 0) {
            problem(at, "expected a number of 0 or more, got " + value);
        }
    }

    private void checkDuration(String at, String text) {
        try {
            DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
        }
    }

    private void checkFilter(String at, String filter) {
        try {
            DnFilter.parse(filter);
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
        }
    }

    private void checkAccess(String at, String access) {
        try {
            AccessLevel.parse(access);
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
        }
    }

    private void problem(String path, String message) {
        YamlLocations.Location at = locations.locate(path);
        problems.add(new ScenarioException(at.source(), at.line(), at.column(), path, message + at.note()));
    }
}
