package dev.zosmfsim.jes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioException;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.system.SimulatedSystem;
import dev.zosmfsim.system.StateExport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scenario's jes2 section: the next job number, the job classes, jobs at start; and the export keeps them. */
class Jes2ScenarioTest {

    private static final String YAML = """
            users:
              COLIN:
                password: PASSWORD
            jes2:
              nextJobNumber: 500
              jobClasses: AB
              jobs:
                - submitter: COLIN
                  jcl: |
                    //COLINS JOB CLASS=B
                    //STEP1 EXEC PGM=IEFBR14
            """;

    @Test
    void jobsAtStartRunAtIplWithTheNumbersAndClassesGiven() {
        SimulatedSystem system = TestSystems.fromYaml(YAML);
        Job job = system.jes().byId("JOB00500").orElseThrow();
        assertEquals("COLINS", job.jobname());
        assertEquals("CC 0000", job.retcode());
        assertEquals("B", job.jobClass());
        Job next = system.jes().submit(new Jes2.Submission(List.of("//COLINH JOB TYPRUN=HOLD",
                "//S1 EXEC PGM=IEFBR14"), "COLIN"));
        assertEquals("JOB00501", next.jobId());
        JesException refused = assertThrows(JesException.class, () -> system.jes().changeClass("COLIN", next, "C"));
        assertEquals("Value of class is not valid: 'C'", refused.getMessage(), "class C is not defined");

        Scenario exported = StateExport.of(system, new ScenarioLoader().parse(YAML, "s.yaml"), Map.of(), 10443);
        assertEquals(500, exported.jes2().nextJobNumber(), "where JES2 stood before the jobs it keeps");
        assertEquals("AB", exported.jes2().jobClasses());
        assertEquals(List.of("COLINS", "COLINH"), exported.jes2().jobs().stream()
                .map(spec -> spec.jcl().substring(2, 8)).toList());
    }

    @Test
    void aBadJes2SectionIsRefusedAtItsLine() {
        String bad = YAML.replace("nextJobNumber: 500", "nextJobNumber: 0").replace("submitter: COLIN",
                "submitter: NOBODY");
        List<String> problems = new ScenarioLoader().check(write(bad)).stream().map(ScenarioException::getMessage)
                .toList();
        assertTrue(problems.stream().anyMatch(line -> line.endsWith("s.yaml:5:3: jes2.nextJobNumber: expected a job"
                + " number from 1 to 99999, got 0")), problems.toString());
        assertTrue(problems.stream().anyMatch(line -> line.contains("jes2.jobs[0].submitter: the user NOBODY is not"
                + " defined in users")), problems.toString());
    }

    private static java.nio.file.Path write(String yaml) {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("jes2");
            java.nio.file.Path file = folder.resolve("s.yaml");
            java.nio.file.Files.writeString(file, yaml);
            file.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
