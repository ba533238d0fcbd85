package io.github.townhall.jsonld.architecture;

import io.github.townhall.testing.ModuleArchitecture;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jsonld module's architecture: Jackson stays out of the public API, the internal package
 * stays internal, and the packages have no cycles.
 */
class JsonLdArchitectureTest {
    private static ModuleArchitecture rules;

    @BeforeAll
    static void importClasses() {
        rules = ModuleArchitecture.of("io.github.townhall.jsonld");
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
