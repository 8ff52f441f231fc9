package dev.zosmfsim.scenario;

import dev.zosmfsim.security.AccessLevel;
import dev.zosmfsim.security.ResourceProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code datasetProfiles:} section, checked: RACF DATASET profiles by name (discrete, or generic with
 * {@code *}, {@code **} and {@code %}), each with its UACC, owner and access list; a generic one only while
 * {@code setropts.nogeneric} does not name DATASET.
 */
final class DatasetProfilesSection {

    /** The groups the simulator knows, which may own a profile as well as a user of the scenario can. */
    private static final Set<String> GROUPS = Set.of("SYS1", "USERS", "IZUADMIN");
    private static final String QUALIFIER = "[A-Z0-9@#$%*-]{1,8}";
    private static final String ID = "[A-Z@#$][A-Z0-9@#$]{0,7}";

    private final ScenarioValidator validator;

    DatasetProfilesSection(ScenarioValidator validator) {
        this.validator = validator;
    }

    List<ResourceProfile> check(Scenario scenario) {
        boolean generics = scenario.setropts().nogeneric() == null
                || !scenario.setropts().nogeneric().contains("DATASET");
        List<ResourceProfile> parsed = new ArrayList<>();
        scenario.datasetProfiles().forEach((name, spec) -> {
            String at = "datasetProfiles." + name;
            String problem = nameProblem(name);
            if (problem != null) {
                validator.problem(at, problem);
                return;
            }
            if (name.contains("*") || name.contains("%")) {
                if (!generics) {
                    validator.problem(at, "a generic profile needs SETROPTS GENERIC(DATASET), and"
                            + " setropts.nogeneric names DATASET");
                    return;
                }
            }
            Scenario.DatasetProfileSpec profile = spec == null ? new Scenario.DatasetProfileSpec(null, null, null)
                    : spec;
            AccessLevel uacc = level(at + ".uacc", profile.uacc() == null ? "NONE" : profile.uacc());
            if (profile.owner() != null && !scenario.users().containsKey(profile.owner())
                    && !GROUPS.contains(profile.owner())) {
                validator.problem(at + ".owner", "expected a user of this scenario or a group (SYS1, USERS,"
                        + " IZUADMIN), got '" + profile.owner() + "'");
            }
            Map<String, AccessLevel> permits = new LinkedHashMap<>();
            profile.permits().forEach((userid, access) -> {
                String permitAt = at + ".permits." + userid;
                if (!scenario.users().containsKey(userid)) {
                    validator.problem(permitAt, "user " + userid + " is not defined under users");
                }
                AccessLevel level = level(permitAt, access);
                if (level != null) {
                    permits.put(userid, level);
                }
            });
            if (uacc != null) {
                parsed.add(new ResourceProfile(name, uacc, permits, profile.owner()));
            }
        });
        return parsed;
    }

    /** Why {@code name} cannot be a data set profile's name, or null when it can. */
    static String nameProblem(String name) {
        String[] qualifiers = name.split("\\.", -1);
        boolean valid = name.length() <= 44 && qualifiers[0].matches(ID);
        for (String qualifier : qualifiers) {
            valid &= qualifier.matches(QUALIFIER) && (!qualifier.contains("**") || qualifier.equals("**"));
        }
        return valid ? null : "expected a data set profile name in upper case such as SYS1.PARMLIB, COLIN.** or"
                + " PAYROLL.*.DATA: qualifiers of 1-8 characters (A-Z, 0-9, @, #, $, -; generic *, ** and %), the"
                + " first one without generic characters, at most 44 in all, got '" + name + "'";
    }

    private AccessLevel level(String at, String text) {
        try {
            return AccessLevel.parse(text);
        } catch (IllegalArgumentException e) {
            validator.problem(at, e.getMessage());
            return null;
        }
    }
}
