package io.github.townhall.json.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The json module's architecture: Jackson stays out of the public API, the internal package
 * stays internal, and the packages have no cycles.
 */
class JsonArchitectureTest {
    private static final String API = "io.github.townhall.json";
    private static final String INTERNAL = "io.github.townhall.json.internal..";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the core's test-jar (seeds, samples, its tests), when the build resolves it as a jar
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.github.townhall");
    }

    @Test
    void thePublicApiShowsNoThirdPartyNorInternalType() {
        classes()
                .that()
                .resideInAPackage(API)
                .and()
                .arePublic()
                .and()
                // a Jackson module necessarily extends Jackson's JacksonModule: the one exception
                .doNotHaveSimpleName("TownhallJacksonModule")
                .should(exposeOnly("java.", "io.github.townhall.", "org.jspecify."))
                .check(classes);
    }

    @Test
    void theInternalPackageIsUsedOnlyFromInsideTheModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage(API + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INTERNAL)
                .check(classes);
    }

    @Test
    void theCoreNeverDependsOnThisModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage(API + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(API + "..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        // The API package and its internal package are one slice: the internal code throws the
        // API's exception and fills its result types. As in the core's own rule, the validation
        // constraints (which name validators that read the model) are left aside.
        slices().matching("io.github.townhall.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        DescribedPredicate.alwaysTrue(),
                        JavaClass.Predicates.resideInAPackage("io.github.townhall.validation.."))
                .check(classes);
    }

    /**
     * Every public or protected member of the class, its super types and its signatures name
     * only types of the given packages (or of the module's API package itself, never its
     * internal one).
     */
    private static ArchCondition<JavaClass> exposeOnly(String... allowed) {
        return new ArchCondition<>("expose only types of " + String.join(", ", allowed) + " and not internal ones") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<JavaClass> exposed = new ArrayList<>();
                type.getRawSuperclass().ifPresent(exposed::add);
                exposed.addAll(type.getRawInterfaces());
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (visible(unit.getModifiers())) {
                        exposed.add(unit.getRawReturnType());
                        exposed.addAll(unit.getRawParameterTypes());
                        unit.getThrowsClause().getTypes().forEach(exposed::add);
                    }
                }
                for (JavaField field : type.getFields()) {
                    if (visible(field.getModifiers())) {
                        exposed.add(field.getRawType());
                    }
                }
                for (JavaClass used : exposed) {
                    JavaClass base = used.isArray() ? used.getBaseComponentType() : used;
                    if (base.isPrimitive()) {
                        continue;
                    }
                    String name = base.getName();
                    boolean ok = !name.startsWith(INTERNAL.replace("..", "."));
                    ok &= java.util.Arrays.stream(allowed).anyMatch(name::startsWith);
                    if (!ok) {
                        events.add(SimpleConditionEvent.violated(
                                type, type.getName() + " exposes " + name + " in its public API"));
                    }
                }
            }
        };
    }

    private static boolean visible(java.util.Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
