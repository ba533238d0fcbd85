package io.github.townhall.html.architecture;

import io.github.townhall.testing.ModuleArchitecture;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The html module's architecture: jte stays out of the public API, the internal package (and the
 * templates compiled into it) stays internal, and the packages have no cycles.
 */
class HtmlArchitectureTest {
    private static ModuleArchitecture rules;

    @BeforeAll
    static void importClasses() {
        rules = ModuleArchitecture.of("io.github.townhall.html");
    }

    @Test
    void thePublicApiShowsNoThirdPartyNorInternalType() {
        rules.checkPublicApiExposesOnly(Set.of());
    }

    @Test
    void theInternalPackageIsUsedOnlyFromInsideTheModule() {
        rules.checkInternalPackageStaysInside();
    }

    @Test
    void theCoreNeverDependsOnThisModule() {
        rules.checkCoreNeverDependsOnTheModule();
    }

    @Test
    void noPackageCycles() {
        rules.checkNoPackageCycles();
    }
}
