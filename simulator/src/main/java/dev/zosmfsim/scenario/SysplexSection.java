package dev.zosmfsim.scenario;

import dev.zosmfsim.zosmf.SystemIdentity;
import dev.zosmfsim.zosmf.ZosLevel;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code system.members}, checked and parsed: the other systems of the sysplex, each with a SYSNAME no other member
 * has, and optionally its own z/OS level and UTC offset.
 */
final class SysplexSection {

    /** A sysplex has at most 32 systems (z/OS MVS Setting Up a Sysplex). */
    static final int MAX_SYSTEMS = 32;
    private static final String SYSNAME = "[A-Z@#$][A-Z0-9@#$]{0,7}";

    private final ScenarioValidator validator;

    SysplexSection(ScenarioValidator validator) {
        this.validator = validator;
    }

    List<CheckedScenario.Member> check(Scenario.SystemSpec system) {
        List<CheckedScenario.Member> members = new ArrayList<>();
        if (system.members().size() > MAX_SYSTEMS - 1) {
            validator.problem("system.members", "a sysplex has at most " + MAX_SYSTEMS + " systems: this one and "
                    + (MAX_SYSTEMS - 1) + " members, got " + system.members().size() + " members");
            return members;
        }
        Set<String> names = new HashSet<>();
        names.add(system.name() == null ? SystemIdentity.defaults().sysname() : system.name());
        for (int i = 0; i < system.members().size(); i++) {
            Scenario.MemberSpec member = system.members().get(i);
            String at = "system.members[" + i + "]";
            if (member == null || member.name() == null) {
                validator.problem(at, "expected a mapping with at least the member's name (its SYSNAME)");
                continue;
            }
            if (!member.name().matches(SYSNAME)) {
                validator.problem(at + ".name", "expected 1-8 characters of A-Z, 0-9, @, # or $, got '"
                        + member.name() + "'");
                continue;
            }
            if (!names.add(member.name())) {
                validator.problem(at + ".name", "the sysplex already has a system named " + member.name());
                continue;
            }
            ZosLevel level = level(at + ".zosVersion", member.zosVersion());
            ZoneOffset offset = offset(at + ".utcOffset", member.utcOffset());
            members.add(new CheckedScenario.Member(member.name(), level, offset));
        }
        return members;
    }

    private ZosLevel level(String at, String zosVersion) {
        if (zosVersion == null) {
            return null;
        }
        Optional<ZosLevel> level = ZosLevel.ofZosVersion(zosVersion);
        if (level.isEmpty()) {
            validator.problem(at, "expected a z/OS level as /zosmf/info reports it, such as 04.27.00 (z/OS 2.4),"
                    + " 04.28.00 (2.5) or 05.29.00 (3.1), got '" + zosVersion + "'");
        }
        return level.orElse(null);
    }

    private ZoneOffset offset(String at, String utcOffset) {
        if (utcOffset == null) {
            return null;
        }
        try {
            return ZoneOffset.of(utcOffset);
        } catch (RuntimeException e) {
            validator.problem(at, "expected an offset such as +01:00 or -05:00, got '" + utcOffset + "'");
            return null;
        }
    }
}
