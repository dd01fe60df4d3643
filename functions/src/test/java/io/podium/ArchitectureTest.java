package io.podium;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.targetOwner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the function code, checked on its compiled classes:
 * <ul>
 *   <li>entrypoints ({@code io.podium.api}) are thin: they reach adapters only through the wiring;</li>
 *   <li>the domain (every package but {@code api}, {@code http}, {@code adapters} and {@code wiring}) is plain Java:
 *       no AWS SDK, no Lambda types, no HTTP, and no layer above it;</li>
 *   <li>only the wiring builds adapters (adapters build their own parts);</li>
 *   <li>no two packages depend on each other, however indirectly.</li>
 * </ul>
 * A new package is domain unless it is put in one of the outer layers here, so it is held to the strictest rules.
 */
class ArchitectureTest {
    private static final String[] OUTER_LAYERS = {
            "io.podium.api..", "io.podium.http..", "io.podium.adapters..", "io.podium.wiring.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.podium");

    @Test
    void noPackageCycles() {
        check(slices().matching("io.podium.(**)").should().beFreeOfCycles());
    }

    @Test
    void theDomainSpeaksNoAwsLambdaOrHttp() {
        check(noClasses().that().resideOutsideOfPackages(OUTER_LAYERS)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "software.amazon..", "com.amazonaws..", "org.crac..", "java.net.http..",
                        "io.podium.api..", "io.podium.http..", "io.podium.adapters..", "io.podium.wiring..")
                .as("the domain imports no AWS SDK, Lambda events, HTTP or outer layer"));
    }

    @Test
    void onlyTheWiringBuildsAdapters() {
        check(noClasses().that().resideOutsideOfPackages("io.podium.wiring..", "io.podium.adapters..")
                .should().callConstructorWhere(targetOwner(resideInAPackage("io.podium.adapters..")))
                .as("only io.podium.wiring constructs adapters"));
    }

    @Test
    void entrypointsReachAdaptersOnlyThroughTheWiring() {
        check(noClasses().that().resideInAPackage("io.podium.api..")
                .should().dependOnClassesThat().resideInAPackage("io.podium.adapters.."));
    }

    @Test
    void httpStatusesAreDecidedInOnePlace() {
        check(noClasses().that().resideOutsideOfPackage("io.podium.http..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.podium.http.ErrorResponses"));
    }

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }
}
