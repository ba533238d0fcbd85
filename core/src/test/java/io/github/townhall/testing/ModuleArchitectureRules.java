package io.github.townhall.testing;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture rules every optional module keeps, as tests a module's test class inherits: its
 * public API shows no third-party nor internal type (but the given exceptions), its internal
 * package stays inside it, the core never depends on it, and its packages have no cycle. The
 * classes are imported once per test class.
 *
 * <pre>{@code
 * class HtmlArchitectureTest extends ModuleArchitectureRules {
 *     HtmlArchitectureTest() {
 *         super("io.github.townhall.html", Set.of());
 *     }
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleArchitectureRules {
    private final ModuleArchitecture rules;
    private final Set<String> exposing;

    /**
     * Imports the module's classes.
     *
     * @param api the module's API package, such as {@code io.github.townhall.html}
     * @param exposing the simple names of the public classes that may show a third-party type
     */
    protected ModuleArchitectureRules(String api, Set<String> exposing) {
        this.rules = ModuleArchitecture.of(api);
        this.exposing = Set.copyOf(exposing);
    }

    /** The public API shows no third-party nor internal type but the exceptions. */
    @Test
    public void thePublicApiShowsNoThirdPartyNorInternalType() {
        rules.checkPublicApiExposesOnly(exposing);
    }

    /** The internal package is used only from inside the module. */
    @Test
    public void theInternalPackageIsUsedOnlyFromInsideTheModule() {
        rules.checkInternalPackageStaysInside();
    }

    /** The core never depends on the module. */
    @Test
    public void theCoreNeverDependsOnThisModule() {
        rules.checkCoreNeverDependsOnTheModule();
    }

    /** The module's packages have no cycle. */
    @Test
    public void noPackageCycles() {
        rules.checkNoPackageCycles();
    }
}
