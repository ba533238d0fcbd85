package io.github.townhall.json.architecture;

import io.github.townhall.testing.ModuleArchitectureRules;
import java.util.Set;

/**
 * The json module's architecture: Jackson stays out of the public API, the internal package
 * stays internal, and the packages have no cycles.
 */
class JsonArchitectureTest extends ModuleArchitectureRules {
    // A Jackson module necessarily extends Jackson's JacksonModule: the one exception.
    JsonArchitectureTest() {
        super("io.github.townhall.json", Set.of("TownhallJacksonModule"));
    }
}
