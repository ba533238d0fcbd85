package io.github.townhall.jsonld.architecture;

import io.github.townhall.testing.ModuleArchitectureRules;
import java.util.Set;

/**
 * The jsonld module's architecture: Jackson stays out of the public API, the internal package
 * stays internal, and the packages have no cycles.
 */
class JsonLdArchitectureTest extends ModuleArchitectureRules {
    JsonLdArchitectureTest() {
        super("io.github.townhall.jsonld", Set.of());
    }
}
