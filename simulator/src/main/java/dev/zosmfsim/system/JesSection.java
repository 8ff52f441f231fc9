package dev.zosmfsim.system;

import dev.zosmfsim.jes.Jes2Parameters;
import dev.zosmfsim.scenario.CheckedScenario;

/** The JES2 settings a scenario gives (none yet: a fresh system's). */
final class JesSection {

    private JesSection() {
    }

    static Jes2Parameters parameters(CheckedScenario checked) {
        return Jes2Parameters.defaults();
    }
}
