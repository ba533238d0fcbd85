package io.github.townhall.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the core pure: no framework, no I/O, no clock, no package cycles. */
class CorePurityTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.townhall");
    }

    @Test
    void coreUsesOnlyJavaJakartaValidationAndJSpecify() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jakarta.validation..", "org.jspecify..", "io.github.townhall..")
                .check(core);
    }

    @Test
    void theModelDoesNoIo() {
        // The validation facade reads its own message bundles from the class path; nothing else may.
        noClasses()
                .that()
                .resideOutsideOfPackage("io.github.townhall.validation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "java.net.http..", "java.sql..")
                .check(core);
    }

    @Test
    void coreNeverReadsTheClockNorMakesRandomIds() {
        noClasses()
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(java.util.UUID.class, "randomUUID")
                .check(core);
    }

    @Test
    void noPackageCyclesInTheModel() {
        // Constraint annotations name their validators, which read the model: Bean Validation's own
        // shape. Cycles are checked among the model's packages, leaving those annotations aside.
        slices().matching("io.github.townhall.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        DescribedPredicate.alwaysTrue(),
                        JavaClass.Predicates.resideInAPackage("io.github.townhall.validation.."))
                .check(core);
    }

    @Test
    void theModelUsesOnlyTheConstraintAnnotationsOfValidation() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.github.townhall.validation..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.townhall.validation.internal..")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Validator")
                .check(core);
    }

    @Test
    void internalPackagesAreUsedOnlyByTheCore() {
        classes()
                .that()
                .resideInAPackage("..internal..")
                .should()
                .onlyBeAccessed()
                .byAnyPackage("io.github.townhall..")
                .check(core);
    }
}
