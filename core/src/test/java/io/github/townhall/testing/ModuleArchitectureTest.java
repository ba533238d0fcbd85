package io.github.townhall.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule of {@link ModuleArchitecture} fails on classes made to break it. */
class ModuleArchitectureTest {
    private static final ModuleArchitecture BROKEN = ModuleArchitecture.over(
            "io.github.townhall.architecture.brokenmodule", "io.github.townhall.architecture.brokenmodule.mod");

    @Test
    void aThirdPartyOrInternalTypeInThePublicApiFails() {
        assertThrows(AssertionError.class, () -> BROKEN.checkPublicApiExposesOnly(Set.of()));
    }

    @Test
    void anOutsideUseOfTheInternalPackageFails() {
        assertThrows(AssertionError.class, BROKEN::checkInternalPackageStaysInside);
    }

    @Test
    void theCoreDependingOnTheModuleFails() {
        assertThrows(AssertionError.class, BROKEN::checkCoreNeverDependsOnTheModule);
    }

    @Test
    void aPackageCycleFails() {
        assertThrows(AssertionError.class, BROKEN::checkNoPackageCycles);
    }
}
