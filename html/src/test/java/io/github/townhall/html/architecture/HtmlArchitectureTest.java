package io.github.townhall.html.architecture;

import io.github.townhall.testing.ModuleArchitectureRules;
import java.util.Set;

/**
 * The html module's architecture: jte stays out of the public API, the internal package (and the
 * templates compiled into it) stays internal, and the packages have no cycles.
 */
class HtmlArchitectureTest extends ModuleArchitectureRules {
    HtmlArchitectureTest() {
        super("io.github.townhall.html", Set.of());
    }
}
