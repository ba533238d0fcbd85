package io.github.townhall.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the core pure: no framework, no I/O, no clock, no package cycles, the validation facade
 * and the internal package at the edges. Each rule is written for a root package, checked on the
 * core ({@code io.github.townhall}) and shown to fail on classes made to break it (package
 * {@code broken}).
 */
class CorePurityTest {
    private static final String CORE = "io.github.townhall";
    private static final String BROKEN = "io.github.townhall.architecture.broken";

    private static JavaClasses core;
    private static JavaClasses broken;

    @BeforeAll
    static void importClasses() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CORE);
        broken = new ClassFileImporter().importPackages(BROKEN);
    }

    static ArchRule onlyJavaJakartaValidationAndJSpecify(String root) {
        // RecordBuilder's annotations are read by the compiler only (the template that names them,
        // internal.ModelRecord, has source retention): nothing of it is needed at run time.
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "jakarta.validation..",
                        "org.jspecify..",
                        "io.soabase.recordbuilder.core..",
                        root + "..");
    }

    static ArchRule noIoOutsideTheValidationFacade(String root) {
        // The validation facade reads its own message bundles from the class path; nothing else may
        // (character sets are not I/O: encoding an id for an address is allowed).
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage(root + ".validation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.io..", "java.nio.file..", "java.nio.channels..", "java.net.http..", "java.sql..");
    }

    static ArchRule noClockNorRandomIds(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
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
                .callMethod(java.util.UUID.class, "randomUUID");
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule theModelDoesNotUseTheValidationFacade(String root) {
        // Constraints sit beside the types they check; the facade only reads what they report.
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage(root + ".validation..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".validation..");
    }

    static ArchRule theInternalPackageIsTheBottomLayer(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".internal..")
                .should()
                .onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage(root + "..")
                        .or(JavaClass.Predicates.resideInAPackage(root + ".internal..")));
    }

    static Stream<Arguments> rules() {
        return Stream.<Function<String, ArchRule>>of(
                        CorePurityTest::onlyJavaJakartaValidationAndJSpecify,
                        CorePurityTest::noIoOutsideTheValidationFacade,
                        CorePurityTest::noClockNorRandomIds,
                        CorePurityTest::noPackageCycles,
                        CorePurityTest::theModelDoesNotUseTheValidationFacade,
                        CorePurityTest::theInternalPackageIsTheBottomLayer)
                .map(rule -> Arguments.of(rule.apply(CORE).getDescription(), rule));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theCoreKeepsTheRule(String description, Function<String, ArchRule> rule) {
        rule.apply(CORE).check(core);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleFailsOnClassesMadeToBreakIt(String description, Function<String, ArchRule> rule) {
        assertTrue(
                rule.apply(BROKEN).evaluate(broken).hasViolation(),
                "the rule found nothing wrong in " + BROKEN + ": " + description);
    }
}
