package dev.zosmfsim.scenario;

import dev.zosmfsim.zosmf.ZosLevel;
import dev.zosmfsim.zosmf.ZosmfFunction;
import dev.zosmfsim.zosmf.ZosmfMaintenance;

/**
 * The scenario's z/OSMF release and maintenance: {@code system.zosVersion} / {@code system.zosmfVersion} name the
 * release, {@code zosmf.apars} the APARs applied to it (all the simulator models when left out). Problems go to the
 * validator, each at the list entry it is about.
 */
final class MaintenanceSection {

    private final ScenarioValidator validator;

    MaintenanceSection(ScenarioValidator validator) {
        this.validator = validator;
    }

    /** The maintenance the scenario asks for; the current maintenance of the release when something is refused. */
    ZosmfMaintenance check(Scenario scenario) {
        ZosLevel level = ZosLevel.chosen(scenario.system().zosVersion(), scenario.system().zosmfVersion())
                .orElse(ZosLevel.defaults());
        ZosmfMaintenance maintenance = ZosmfMaintenance.current(level);
        if (scenario.zosmf().apars() != null) {
            try {
                maintenance = ZosmfMaintenance.of(level, scenario.zosmf().apars());
            } catch (ZosmfMaintenance.Problem e) {
                validator.problem("zosmf.apars[" + e.index() + "]", e.getMessage());
            }
        }
        Boolean jwt = scenario.zosmf().jwt();
        if (Boolean.TRUE.equals(jwt) && !maintenance.provides(ZosmfFunction.JWT)) {
            validator.problem("zosmf.jwt", "z/OSMF " + level.version() + "." + level.release() + " has no JWT"
                    + " support to switch on: it comes with " + ZosmfFunction.JWT.apar() + " on "
                    + ZosmfFunction.JWT.aparLevels().stream().map(ZosLevel::pluginFmid)
                            .collect(java.util.stream.Collectors.joining(" and ")) + " and is in the base from "
                    + ZosmfFunction.JWT.inBaseFrom().pluginFmid());
        }
        return maintenance.withJwtEnabled(!Boolean.FALSE.equals(jwt));
    }
}
