package io.github.townhall.testing;

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
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The architecture rules every optional module of townhall obeys (ical, json): its third-party
 * library stays out of its public API, its internal package stays internal, the core never
 * depends on it, and there are no package cycles.
 *
 * <pre>{@code
 * ModuleArchitecture ical = ModuleArchitecture.of("io.github.townhall.ical");
 * ical.checkPublicApiExposesOnly(Set.of());
 * }</pre>
 */
public final class ModuleArchitecture {
    private final String root;
    private final String api;
    private final String internal;
    private final JavaClasses classes;

    private ModuleArchitecture(String root, String api, JavaClasses classes) {
        this.root = root;
        this.api = api;
        this.internal = api + ".internal";
        this.classes = classes;
    }

    /**
     * Imports townhall's classes for the rules of one module.
     *
     * @param api the module's API package, such as {@code io.github.townhall.ical}
     * @return the rules, with the classes imported once
     */
    public static ModuleArchitecture of(String api) {
        return new ModuleArchitecture(
                "io.github.townhall",
                api,
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        // the core's test-jar (seeds, samples, its tests), when the build resolves it as a jar
                        .withImportOption(location -> !location.contains("-tests.jar"))
                        .importPackages("io.github.townhall"));
    }

    /**
     * The same rules over every class below another root package, tests included: used to show
     * that each rule fails on classes made to break it.
     *
     * @param root the package that stands for {@code io.github.townhall}
     * @param api the module's API package below it
     * @return the rules, with the classes imported once
     */
    public static ModuleArchitecture over(String root, String api) {
        return new ModuleArchitecture(root, api, new ClassFileImporter().importPackages(root));
    }

    /**
     * Every public or protected member, super type and signature of the API's public classes
     * names only types of java, townhall (never the internal package) and JSpecify.
     *
     * @param exceptions simple names of API classes allowed to expose a third-party type
     */
    public void checkPublicApiExposesOnly(Set<String> exceptions) {
        classes()
                .that()
                .resideInAPackage(api)
                .and()
                .arePublic()
                .and(DescribedPredicate.describe(
                        "are not " + exceptions, (JavaClass type) -> !exceptions.contains(type.getSimpleName())))
                .should(exposeOnly("java.", root + ".", "org.jspecify."))
                .check(classes);
    }

    /** The internal package is used only from inside the module. */
    public void checkInternalPackageStaysInside() {
        noClasses()
                .that()
                .resideOutsideOfPackage(api + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(internal + "..")
                .check(classes);
    }

    /** Nothing outside the module (the core above all) depends on it. */
    public void checkCoreNeverDependsOnTheModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage(api + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(api + "..")
                .check(classes);
    }

    /**
     * No package cycles. A module's API package and its internal package are one slice (the
     * internal code throws the API's exception and fills its result types).
     */
    public void checkNoPackageCycles() {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    private ArchCondition<JavaClass> exposeOnly(String... allowed) {
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
                    boolean ok = !name.startsWith(internal + ".")
                            && Arrays.stream(allowed).anyMatch(name::startsWith);
                    if (!ok) {
                        events.add(SimpleConditionEvent.violated(
                                type, type.getName() + " exposes " + name + " in its public API"));
                    }
                }
            }
        };
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
