package io.github.townhall.json.architecture;

import io.github.townhall.testing.ModuleArchitecture;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The json module's architecture: Jackson stays out of the public API, the internal package
 * stays internal, and the packages have no cycles.
 */
class JsonArchitectureTest {
    private static ModuleArchitecture rules;

    @BeforeAll
    static void importClasses() {
        rules = ModuleArchitecture.of("io.github.townhall.json");
    }

    @Test
    void thePublicApiShowsNoThirdPartyNorInternalType() {
        // A Jackson module necessarily extends Jackson's JacksonModule: the one exception.
        rules.checkPublicApiExposesOnly(Set.of("TownhallJacksonModule"));
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
