package dev.zosmfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.zosmf.ZosLevel;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code system.members}: the other systems of the sysplex, with the exact errors a user sees. */
class SysplexSectionTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    private String error(String yaml) {
        return assertThrows(ScenarioException.class, () -> loader.parse(yaml, "s.yaml")).getMessage();
    }

    @Test
    void membersAreCheckedAndParsedInTheirOrder() {
        CheckedScenario checked = CheckedScenario.of(loader.parse("system:\n  name: SYSA\n  members:\n"
                + "    - name: SYSC\n      zosVersion: \"05.29.00\"\n      utcOffset: \"+01:00\"\n    - name: SYSB\n",
                "s.yaml"));
        assertEquals(List.of(new CheckedScenario.Member("SYSC", ZosLevel.ofZosVersion("05.29.00").orElseThrow(),
                ZoneOffset.ofHours(1)), new CheckedScenario.Member("SYSB", null, null)), checked.sysplexMembers());
    }

    @Test
    void aScenarioWithoutMembersIsASysplexOfOne() {
        assertEquals(List.of(), CheckedScenario.of(loader.load("default")).sysplexMembers());
    }

    @Test
    void aMemberNamedLikeTheSystemItself() {
        assertEquals("s.yaml:3:7: system.members[0].name: the sysplex already has a system named S0W1",
                error("system:\n  members:\n    - name: S0W1\n"));
    }

    @Test
    void twoMembersOfOneName() {
        assertEquals("s.yaml:5:7: system.members[1].name: the sysplex already has a system named S0W2",
                error("system:\n  name: S0W1\n  members:\n    - name: S0W2\n    - name: S0W2\n"));
    }

    @Test
    void aMemberNameThatIsNoSysname() {
        assertEquals("s.yaml:3:7: system.members[0].name: expected 1-8 characters of A-Z, 0-9, @, # or $, got 's0w2'",
                error("system:\n  members:\n    - name: s0w2\n"));
    }

    @Test
    void aMemberWithoutAName() {
        assertEquals("s.yaml:3:7: system.members[0]: expected a mapping with at least the member's name (its SYSNAME)",
                error("system:\n  members:\n    - zosVersion: \"04.28.00\"\n"));
    }

    @Test
    void anEmptyMemberOrANameInsteadOfAMapping() {
        assertEquals("s.yaml:3:7: system.members[0]: expected a mapping with at least the member's name (its SYSNAME)",
                error("system:\n  members:\n    - ~\n"));
        String name = error("system:\n  members:\n    - S0W2\n");
        assertTrue(name.startsWith("s.yaml:3:7: system.members[0]"), name);
    }

    @Test
    void aMemberLevelThatIsNoZosLevel() {
        assertEquals("s.yaml:4:7: system.members[0].zosVersion: expected a z/OS level as /zosmf/info reports it,"
                + " such as 04.27.00 (z/OS 2.4), 04.28.00 (2.5) or 05.29.00 (3.1), got '2.5'",
                error("system:\n  members:\n    - name: S0W2\n      zosVersion: \"2.5\"\n"));
    }

    @Test
    void aMemberOffsetThatIsNoOffset() {
        assertEquals("s.yaml:4:7: system.members[0].utcOffset: expected an offset such as +01:00 or -05:00, got 'EST'",
                error("system:\n  members:\n    - name: S0W2\n      utcOffset: EST\n"));
    }

    @Test
    void moreSystemsThanASysplexHolds() {
        StringBuilder yaml = new StringBuilder("system:\n  members:\n");
        for (int i = 0; i < 32; i++) {
            yaml.append("    - name: SYS").append(i).append('\n');
        }
        assertEquals("s.yaml:2:3: system.members: a sysplex has at most 32 systems: this one and 31 members,"
                + " got 32 members", error(yaml.toString()));
    }

    @Test
    void anUnknownKeyInAMember() {
        String message = error("system:\n  members:\n    - name: S0W2\n      smfid: S0W2\n");
        assertTrue(message.startsWith("s.yaml:4:7: system.members[0].smfid"), message);
    }
}
