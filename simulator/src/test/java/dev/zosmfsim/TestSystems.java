package dev.zosmfsim;

import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.console.ConsoleService;
import dev.zosmfsim.console.IssueRequest;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.tls.CertificateAuthority;
import dev.zosmfsim.tls.KeyAlgorithm;
import dev.zosmfsim.tls.Validity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Builds simulated systems for tests of the model, with a manual clock and no network port. */
public final class TestSystems {

    public static final Instant START = Instant.parse("2026-06-28T15:34:43Z");

    private TestSystems() {
    }

    /** The RACF users of the data set profile tests: IBMUSER (SPECIAL), COLIN and JOE, with no other attributes. */
    public static final String SPECIAL_AND_TWO_USERS = "users:\n  IBMUSER:\n    password: SYS1\n    special: true\n"
            + "  COLIN:\n    password: COLIN\n  JOE:\n    password: JOE\n";

    public static SimulatedSystem fromYaml(String yaml) {
        CertificateAuthority ca = CertificateAuthority.create("CN=Test CA", KeyAlgorithm.EC_P256,
                Validity.startingAround(START, Duration.ofDays(10)));
        return SimulatedSystem.of(new ScenarioLoader().parse(yaml, "test.yaml"), SimClock.manual(START), ca.certificate());
    }

    public static SimulatedSystem defaultSystem() {
        CertificateAuthority ca = CertificateAuthority.create("CN=Test CA", KeyAlgorithm.EC_P256,
                Validity.startingAround(START, Duration.ofDays(10)));
        return SimulatedSystem.of(new ScenarioLoader().load("default"), SimClock.manual(START), ca.certificate());
    }

    /** Issues a command synchronously and returns the lines collected. */
    public static List<String> issue(SimulatedSystem system, String userid, String console, String command) {
        try {
            return system.consoles().issue(userid, console, IssueRequest.of(command), "127.0.0.1").lines();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ConsoleService.Issued issue(SimulatedSystem system, String userid, String console, IssueRequest request) {
        try {
            return system.consoles().issue(userid, console, request, "127.0.0.1");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
