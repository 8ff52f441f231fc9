package dev.zosmfsim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's layering, checked on the compiled classes: the domain knows nothing of HTTP, Javalin or Jetty and
 * carries no Jackson annotations; the server's plumbing ({@code http}) and the top ({@code dev.zosmfsim}) do not import each
 * other; {@code clock} and {@code tls} import nothing of ours; and no packages depend on each other in a cycle.
 */
class LayeringTest {

    /** The packages of the model: each service's domain, without its {@code rest} adapter. */
    private static final String[] DOMAIN = {"dev.zosmfsim.cea..", "dev.zosmfsim.clock..", "dev.zosmfsim.console",
        "dev.zosmfsim.faults..", "dev.zosmfsim.jes", "dev.zosmfsim.jes.jcl", "dev.zosmfsim.journal..",
        "dev.zosmfsim.scenario..", "dev.zosmfsim.security", "dev.zosmfsim.syslog", "dev.zosmfsim.system..",
        "dev.zosmfsim.tls..", "dev.zosmfsim.tso", "dev.zosmfsim.zosmf", "dev.zosmfsim.datasets..",
        "dev.zosmfsim.uss..", "dev.zosmfsim.parmlib.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.zosmfsim");

    @Test
    void theDomainKnowsNothingOfHttp() {
        ArchRule rule = noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat()
                .resideInAnyPackage("dev.zosmfsim.http..", "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..",
                        "dev.zosmfsim..rest..", "dev.zosmfsim.admin..", "dev.zosmfsim.cli..", "dev.zosmfsim.testing..");
        rule.check(CLASSES);
    }

    /** The model's records are plain: how they look as JSON is the REST adapters' business. */
    @Test
    void theDomainCarriesNoJacksonAnnotations() {
        DescribedPredicate<JavaAnnotation<?>> jackson = DescribedPredicate.describe("a Jackson annotation",
                annotation -> annotation.getRawType().getPackageName().startsWith("com.fasterxml.jackson"));
        noClasses().that().resideInAnyPackage(DOMAIN).should().beAnnotatedWith(jackson).check(CLASSES);
        noMembers().that().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN).should().beAnnotatedWith(jackson)
                .check(CLASSES);
    }

    @Test
    void theTopAndTheServerPlumbingDoNotImportEachOther() {
        noClasses().that().resideInAPackage("dev.zosmfsim.http..").should().dependOnClassesThat()
                .resideInAPackage("dev.zosmfsim").check(CLASSES);
    }

    @Test
    void clockAndTlsImportNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.zosmfsim.clock..").should().dependOnClassesThat()
                .resideInAnyPackage(ours("dev.zosmfsim.clock..")).check(CLASSES);
        noClasses().that().resideInAPackage("dev.zosmfsim.tls..").should().dependOnClassesThat()
                .resideInAnyPackage(ours("dev.zosmfsim.tls..")).check(CLASSES);
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        SlicesRuleDefinition.slices().matching("dev.zosmfsim.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** Every package of ours but {@code own}. */
    private static String[] ours(String own) {
        return java.util.Arrays.stream(new String[] {"dev.zosmfsim", "dev.zosmfsim.admin..", "dev.zosmfsim.cea..",
            "dev.zosmfsim.cli..", "dev.zosmfsim.clock..", "dev.zosmfsim.console..", "dev.zosmfsim.faults..",
            "dev.zosmfsim.http..", "dev.zosmfsim.jes..", "dev.zosmfsim.journal..", "dev.zosmfsim.scenario..",
            "dev.zosmfsim.security..", "dev.zosmfsim.syslog..", "dev.zosmfsim.system..", "dev.zosmfsim.testing..",
            "dev.zosmfsim.tls..", "dev.zosmfsim.tso..", "dev.zosmfsim.zosmf..", "dev.zosmfsim.datasets..",
            "dev.zosmfsim.uss..", "dev.zosmfsim.parmlib..", "dev.zosmfsim.files.."}).filter(name -> !name.equals(own))
            .toArray(String[]::new);
    }
}
