package dev.zosmfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of error a scenario file can have, each with the exact message a user sees: file, line, column, field
 * and what was expected.
 */
class ScenarioErrorsTest {

    private static final String COLIN = "users:\n  COLIN:\n    password: PASSWORD\n";

    private final ScenarioLoader loader = new ScenarioLoader();

    private String error(String yaml) {
        return assertThrows(ScenarioException.class, () -> loader.parse(yaml, "s.yaml")).getMessage();
    }

    @Nested
    class Keys {

        @Test
        void anUnknownKeyListsTheKeysThatAreKnownThere() {
            assertEquals("s.yaml:4:5: users.COLIN.pasword: unknown key 'pasword' (expected one of: certificate,"
                    + " operations, operparm, password, passwordExpired, revoked, special)",
                    error(COLIN + "    pasword: Y\n"));
        }

        @Test
        void anUnknownSectionListsTheSectionsAndExtends() {
            assertEquals("s.yaml:2:1: extend: unknown key 'extend' (expected one of: cea, certificateMaps, clock,"
                    + " console, datasetProfiles, datasets, description, extends, facility, faults, jes2, limits,"
                    + " opercmds, setropts,"
                    + " system, tso, unixFiles, users, zosmf)",
                    error("description: x\nextend: default\n"));
        }

        @Test
        void anUnknownKeyInsideAListNamesTheElement() {
            assertEquals("s.yaml:5:9: faults.rules[0].effect.explode: unknown key 'explode' (expected one of: delay,"
                    + " drop, error, stallHandshake, trickle, truncate, unavailable)",
                    error("faults:\n  rules:\n    - name: boom\n      effect:\n        explode: true\n"));
        }

        @Test
        void aKeyWrittenTwiceIsAnErrorAtItsSecondPlace() {
            assertEquals("s.yaml:4:5: users.COLIN.password: duplicate key 'password' (first written at line 3,"
                    + " column 5)", error(COLIN + "    password: OTHER\n"));
        }
    }

    @Nested
    class Types {

        @Test
        void aWordWhereANumberBelongs() {
            assertEquals("s.yaml:2:3: zosmf.port: expected a whole number, got 'many'", error("zosmf:\n  port: many\n"));
        }

        @Test
        void aWordWhereTrueOrFalseBelongs() {
            assertEquals("s.yaml:2:3: zosmf.started: expected true or false, got 'maybe'",
                    error("zosmf:\n  started: maybe\n"));
        }

        @Test
        void aMappingWhereAListBelongs() {
            assertEquals("s.yaml:2:3: tso.procedures: expected a list (lines starting with '- ')",
                    error("tso:\n  procedures:\n    IZUFPROC: yes\n"));
        }
    }

    @Nested
    class Values {

        @Test
        void aPasswordTooLong() {
            assertEquals("colin.yaml:3:5: users.COLIN.password: expected a string of 1-8 characters, got 12 characters",
                    assertThrows(ScenarioException.class, () -> loader.parse(
                            "users:\n  COLIN:\n    password: ABCDEFGHIJKL\n", "colin.yaml")).getMessage());
        }

        @Test
        void aPasswordRuleOutOfRacfsRange() {
            assertEquals("s.yaml:3:5: setropts.password.revoke: REVOKE must be from 1 to 255, got 0",
                    error("setropts:\n  password:\n    revoke: 0\n"));
            assertEquals("s.yaml:2:3: setropts.inactive: INACTIVE must be from 1 to 255, got 256",
                    error("setropts:\n  inactive: 256\n"));
        }

        @Test
        void aUseridInLowerCase() {
            assertEquals("s.yaml:2:3: users.colin: userids are written in upper case: COLIN",
                    error("users:\n  colin:\n    password: X\n"));
        }

        @Test
        void aSystemNameTooLong() {
            assertEquals("s.yaml:2:3: system.name: expected 1-8 characters of A-Z, 0-9, @, # or $, got 'SYSTEMNINE'",
                    error("system:\n  name: SYSTEMNINE\n"));
        }

        @Test
        void aPortOutOfRange() {
            assertEquals("s.yaml:2:3: zosmf.port: expected a port number from 1 to 65535, got 70000",
                    error("zosmf:\n  port: 70000\n"));
        }

        @Test
        void anAccessLevelRacfDoesNotHave() {
            assertEquals("s.yaml:3:5: facility.IRR.DIGTCERT.MAP.uacc: unknown access level 'SOME': expected NONE,"
                    + " EXECUTE, READ, UPDATE, CONTROL or ALTER", error("facility:\n  IRR.DIGTCERT.MAP:\n    uacc: SOME\n"));
        }
    }

    @Nested
    class References {

        @Test
        void aCertificateMapToAnUndefinedUser() {
            assertEquals("s.yaml:5:5: certificateMaps[0].user: user JOE is not defined under users",
                    error(COLIN + "certificateMaps:\n  - user: JOE\n    sdnFilter: CN=JOE\n"));
        }

        @Test
        void aPermitToAnUndefinedUser() {
            assertEquals("s.yaml:4:7: facility.IRR.DIGTCERT.MAP.permits.JOE: user JOE is not defined under users",
                    error("facility:\n  IRR.DIGTCERT.MAP:\n    permits:\n      JOE: READ\n"));
        }

        @Test
        void anActiveCeaMemberThatIsNotDefined() {
            assertEquals("s.yaml:5:3: cea.active: member 07 is not defined under cea.members",
                    error("cea:\n  members:\n    \"01\":\n      maxSessions: 3\n  active: \"07\"\n"));
        }
    }

    @Nested
    class Durations {

        @Test
        void anIdleTimeoutInWords() {
            assertEquals("s.yaml:2:3: cea.idleTimeout: expected a duration such as 500ms, 3s, 30m or 1h,"
                    + " got '5 minutes'", error("cea:\n  idleTimeout: 5 minutes\n"));
        }

        @Test
        void aConsoleMessageDelayWithoutUnit() {
            assertEquals("s.yaml:6:11: console.responses[0].messages[0].after: expected a duration such as 500ms, 3s,"
                    + " 30m or 1h, got '5'", error("console:\n  responses:\n    - command: D SLOW\n      messages:\n"
                    + "        - lines: [ISG343I]\n          after: \"5\"\n"));
        }
    }

    @Nested
    class RegularExpressions {

        @Test
        void aCannedResponseCommandThatIsNoRegex() {
            assertEquals("s.yaml:3:7: console.responses[0].command: expected a regular expression: Unclosed group",
                    error("console:\n  responses:\n    - command: \"D (X\"\n      lines: [IEE000I]\n"));
        }

        @Test
        void aFaultPathThatIsNoRegex() {
            assertEquals("s.yaml:5:9: faults.rules[0].match.path: expected a regular expression: Unclosed character"
                    + " class", error("faults:\n  rules:\n    - match:\n        method: GET\n        path: \"/zosmf/[\"\n"
                    + "      effect:\n        drop: true\n"));
        }
    }

    @Nested
    class FaultRules {

        @Test
        void twoEffectsInOneRuleNameTheRuleByIndex() {
            assertEquals("s.yaml:7:7: faults.rules[1].effect: expected exactly one of delay, error, unavailable, drop,"
                    + " truncate, stallHandshake, trickle, got delay and drop",
                    error("faults:\n  rules:\n    - effect:\n        unavailable: true\n    - name: two\n"
                            + "      when: {first: 1}\n      effect:\n        delay: 1s\n        drop: true\n"));
        }

        @Test
        void aTrickleOfNoBytes() {
            assertEquals("s.yaml:4:9: faults.rules[0].effect.trickle: expected bytes of 1 or more, got 0",
                    error("faults:\n  rules:\n    - effect:\n        trickle:\n          bytes: 0\n          every: 1s\n"));
        }

        @Test
        void twoTriggersInOneRule() {
            assertEquals("s.yaml:3:7: faults.rules[0].when: expected at most one of first, after or probability",
                    error("faults:\n  rules:\n    - when: {first: 1, after: 2}\n      effect: {drop: true}\n"));
        }

        @Test
        void anUnknownService() {
            assertEquals("s.yaml:4:9: faults.rules[0].match.service: unknown service 'nosuch': expected one of"
                    + " console, tso, info, auth, topology, jwk, jobs, files",
                    error("faults:\n  rules:\n    - match:\n        service: nosuch\n      effect: {drop: true}\n"));
        }
    }

    @Nested
    class Clock {

        @Test
        void anUnknownMode() {
            assertEquals("s.yaml:2:3: clock.mode: expected system, manual or scaled, got 'sideways'",
                    error("clock:\n  mode: sideways\n"));
        }

        @Test
        void scaledWithoutAScale() {
            assertEquals("s.yaml:1:1: clock: mode: scaled needs a scale (how many times faster than real time)",
                    error("clock:\n  mode: scaled\n"));
        }

        @Test
        void aStartThatIsNoInstant() {
            assertEquals("s.yaml:3:3: clock.start: expected an ISO-8601 instant such as 2026-06-28T15:34:43Z,"
                    + " got 'yesterday'", error("clock:\n  mode: manual\n  start: yesterday\n"));
        }
    }

    @Nested
    class InvalidYaml {

        @Test
        void aKeyAndValueOnOneLineWithASecondColon() {
            assertEquals("s.yaml:3:16: not valid YAML: mapping values are not allowed here",
                    error("users:\n  COLIN:\n    password: a: b\n"));
        }

        @Test
        void anUnclosedQuote() {
            assertEquals("s.yaml:4:1: not valid YAML: found unexpected end of stream (while scanning a quoted scalar)",
                    error("users:\n  COLIN:\n    password: \"abc\n"));
        }

        @Test
        void aListWhereTheSectionsBelong() {
            assertEquals("s.yaml:1:1: a scenario is a mapping of sections (system, zosmf, users, ...), not a list",
                    error("- users\n- zosmf\n"));
            assertEquals("s.yaml:1:1: a scenario is a mapping of sections (system, zosmf, users, ...), not a single"
                    + " value", error("users\n"));
        }
    }

    @Nested
    class Extends {

        @TempDir
        Path folder;

        private String fileError(String name) {
            return assertThrows(ScenarioException.class, () -> loader.loadFile(folder.resolve(name))).getMessage();
        }

        private Path write(String name, String yaml) throws Exception {
            Files.createDirectories(folder.resolve(name).getParent());
            return Files.writeString(folder.resolve(name), yaml);
        }

        @Test
        void aFileThatIsNotThere() throws Exception {
            Path child = write("child.yaml", "# a comment\nextends: base.yaml\n");
            assertEquals(child + ":2:1: extends: 'base.yaml': no such file", fileError("child.yaml"));
        }

        @Test
        void aFileAboveTheFolder() throws Exception {
            Path child = write("child.yaml", "extends: ../base.yaml\n");
            assertEquals(child + ":1:1: extends: '../base.yaml' must be a file in the folder of " + child
                    + " or below it (no absolute paths, no '..')", fileError("child.yaml"));
        }

        @Test
        void anAbsolutePath() throws Exception {
            Path child = write("child.yaml", "extends: /etc/base.yaml\n");
            assertEquals(child + ":1:1: extends: '/etc/base.yaml' must be a file in the folder of " + child
                    + " or below it (no absolute paths, no '..')", fileError("child.yaml"));
        }

        @Test
        void aCycleOfTwoFiles() throws Exception {
            Path a = write("a.yaml", "extends: b.yaml\n");
            Path b = write("b.yaml", "description: b\nextends: a.yaml\n");
            assertEquals(b + ":2:1: extends: 'a.yaml' makes a cycle: " + a + " -> " + b + " -> " + a,
                    fileError("a.yaml"));
        }

        @Test
        void aFileThatExtendsItself() throws Exception {
            Path self = write("self.yaml", "extends: self.yaml\n");
            assertEquals(self + ":1:1: extends: 'self.yaml' makes a cycle: " + self + " -> " + self,
                    fileError("self.yaml"));
        }

        @Test
        void anUnknownShippedName() {
            assertEquals("s.yaml:2:1: extends: no shipped scenario is named 'no-such' (--list-scenarios lists them)",
                    error("description: x\nextends: no-such\n"));
        }

        @Test
        void aNameThatIsNeitherShippedNorAFile() {
            assertEquals("s.yaml:1:1: extends: 'Default' is neither a shipped scenario name (lower case letters,"
                    + " digits and '-') nor a .yaml file", error("extends: Default\n"));
        }

        @Test
        void anErrorInTheChildIsReportedAtItsOwnLine() {
            assertEquals("s.yaml:6:5: users.COLIN.password: expected a string of 1-8 characters, got 10 characters",
                    error("# COLIN with a longer password\ndescription: x\nextends: default\nusers:\n  COLIN:\n"
                            + "    password: ABCDEFGHIJ\n"));
        }

        @Test
        void anErrorInTheExtendedFileIsReportedInThatFile() throws Exception {
            Path base = write("sub/base.yaml", "users:\n  JOE:\n    password: TOOLONGPASSWORD\n");
            write("sub/child.yaml", "extends: base.yaml\n");
            assertEquals(base + ":3:5: users.JOE.password: expected a string of 1-8 characters, got 15 characters",
                    fileError("sub/child.yaml"));
        }

        @Test
        void aFileBelowTheFolderIsNamedAsTheChildNamesIt() throws Exception {
            write("parts/base.yaml", "zosmf:\n  port: many\n");
            write("child.yaml", "extends: parts/base.yaml\n");
            assertEquals(folder.resolve("parts/base.yaml") + ":2:3: zosmf.port: expected a whole number, got 'many'",
                    fileError("child.yaml"));
        }

        @Test
        void aConflictWithAnInheritedValueNamesBothPlaces() throws Exception {
            Path base = write("base.yaml", "description: fast\nclock:\n  mode: scaled\n  scale: 60\n");
            Path child = write("child.yaml", "extends: base.yaml\nclock:\n  mode: manual\n");
            assertEquals(child + ":2:1: clock.scale: a scale is only for mode: scaled (clock.scale is inherited from "
                    + base + ":4:3)", fileError("child.yaml"));
        }

        @Test
        void aReferenceToAnInheritedUserIsFine() throws Exception {
            write("base.yaml", COLIN);
            write("child.yaml", "extends: base.yaml\nfacility:\n  IRR.DIGTCERT.MAP:\n    permits:\n      COLIN: READ\n");
            assertEquals("READ", loader.loadFile(folder.resolve("child.yaml")).facility().get("IRR.DIGTCERT.MAP")
                    .permits().get("COLIN"));
        }
    }

    @Test
    void checkReportsEveryProblemInTheOrderOfTheFile(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("many.yaml"), "cea:\n  active: \"07\"\n  idleTimeout: soon\n"
                + "clock:\n  mode: sideways\n");
        List<String> problems = loader.check(file).stream().map(ScenarioException::getMessage).toList();
        assertEquals(List.of(
                file + ":2:3: cea.active: member 07 is not defined under cea.members",
                file + ":3:3: cea.idleTimeout: expected a duration such as 500ms, 3s, 30m or 1h, got 'soon'",
                file + ":5:3: clock.mode: expected system, manual or scaled, got 'sideways'"), problems);
    }

    @Test
    void checkOfAValidFileFindsNothing(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("ok.yaml"), "extends: default\nzosmf:\n  started: false\n");
        assertEquals(List.of(), loader.check(file));
    }
}
