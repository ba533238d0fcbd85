package io.github.townhall.ical.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.townhall.testing.ModuleArchitectureRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ical module's architecture: iCal4j stays out of the public API and is used only to expand
 * recurrence rules, the internal package stays internal, and the packages have no cycles.
 */
class IcalArchitectureTest extends ModuleArchitectureRules {
    IcalArchitectureTest() {
        super("io.github.townhall.ical", Set.of());
    }

    @Test
    void onlyTheRecurrenceExpanderUsesICal4j() {
        noClasses()
                .that()
                .haveNameNotMatching("io\\.github\\.townhall\\.ical\\.internal\\.RecurrenceExpander(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("net.fortuna..")
                .because("content lines are read by our own reader and feeds written by our own writer")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.townhall.ical"));
    }
}
