package dev.zosmfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where errors are located in YAML that goes beyond key: value lines: aliases, several documents, keys with dots,
 * deep nesting. The locations come from SnakeYAML's node marks of the document that Jackson binds.
 */
class ScenarioYamlShapesTest {

    private static final String COLIN = "users:\n  COLIN:\n    password: PASSWORD\n";

    private final ScenarioLoader loader = new ScenarioLoader();

    private String error(String yaml) {
        return assertThrows(ScenarioException.class, () -> loader.parse(yaml, "s.yaml")).getMessage();
    }

    @Test
    void anAliasIsLocatedWhereTheAliasIsWrittenNotWhereItsAnchorIs() {
        assertEquals("s.yaml:6:5: certificateMaps[1]: expected a mapping (key: value lines)",
                error(COLIN + "certificateMaps:\n  - &m {user: COLIN, sdnFilter: CN=COLIN}\n  - *m\n"));
    }

    @Test
    void anAliasWithoutAnAnchorIsReadAsTextAndTheRestIsStillLocated() {
        assertEquals("s.yaml:4:5: users.COLIN.x: unknown key 'x' (expected one of: certificate, operations, operparm,"
                + " password, passwordExpired, revoked, special)", error("users:\n  COLIN:\n    password: *nope\n"
                + "    x: 1\n"));
    }

    @Test
    void aRecursiveAliasDoesNotLoop() {
        assertEquals("s.yaml:1:1: description: expected a string", error("description: &r [*r]\n"));
    }

    @Test
    void aMergeKeyIsAnUnknownKeyAtItsPlace() {
        assertEquals("s.yaml:5:5: users.JOE.<<: unknown key '<<' (expected one of: certificate, operations, operparm,"
                + " password, passwordExpired, revoked, special)",
                error("users:\n  COLIN: &c\n    password: PASSWORD\n  JOE:\n    <<: *c\n"));
    }

    @Test
    void onlyTheFirstDocumentIsReadSoAKeyInTheNextOneIsNoDuplicate() {
        assertEquals("s.yaml:2:3: zosmf.port: expected a whole number, got 'many'",
                error("zosmf:\n  port: many\n---\nzosmf:\n  port: 1\n"));
    }

    @Test
    void keysWithDotsThatSpellTheSamePathAreNoDuplicate() {
        assertEquals("s.yaml:2:3: facility.IRR.DIGTCERT.MAP: unknown key 'DIGTCERT.MAP' (expected one of: permits,"
                + " uacc)", error("facility:\n  IRR.DIGTCERT.MAP:\n    uacc: READ\n  IRR:\n    DIGTCERT.MAP: 1\n"));
    }

    @Test
    void aKeyWrittenTwiceInAListElementIsADuplicateThere() {
        assertEquals("s.yaml:3:5: certificateMaps[0].user: duplicate key 'user' (first written at line 2, column 5)",
                error("certificateMaps:\n  - user: A\n    user: B\n"));
    }

    @Test
    void everyDuplicateOfADocumentIsReportedByCheck(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("s.yaml");
        Files.writeString(file, "zosmf:\n  port: 1\n  port: 2\nsystem:\n  name: A\n  name: B\n");
        assertEquals(List.of(
                        file + ":3:3: zosmf.port: duplicate key 'port' (first written at line 2, column 3)",
                        file + ":6:3: system.name: duplicate key 'name' (first written at line 5, column 3)"),
                loader.check(file).stream().map(ScenarioException::getMessage).toList());
    }

    @Test
    void aDeepValueIsLocated() {
        assertEquals("s.yaml:3:5: users.COLIN.password: expected a string",
                error("users:\n  COLIN:\n    password: " + "[".repeat(400) + "]".repeat(400) + "\n"));
    }

    @Test
    void aValueTooDeepToLocateIsStillAnError() {
        assertEquals("s.yaml: users.COLIN.password: expected a string",
                error("users:\n  COLIN:\n    password: " + "[".repeat(700) + "]".repeat(700) + "\n"));
    }

    @Test
    void aValueDeeperThanJacksonReadsIsNotYaml() {
        assertEquals("s.yaml: not valid YAML: Document nesting depth (1001) exceeds the maximum allowed (1000, from"
                + " `StreamReadConstraints.getMaxNestingDepth()`)",
                error("users:\n  COLIN:\n    password: " + "[".repeat(2000) + "]".repeat(2000) + "\n"));
    }
}
