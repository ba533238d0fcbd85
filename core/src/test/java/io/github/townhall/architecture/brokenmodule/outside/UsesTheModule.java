package io.github.townhall.architecture.brokenmodule.outside;

import io.github.townhall.architecture.brokenmodule.mod.Api;
import io.github.townhall.architecture.brokenmodule.mod.internal.Hidden;

/** Stands for the core: depends on the module and on its internal package. */
public final class UsesTheModule {
    private UsesTheModule() {}

    /**
     * Uses the module from outside.
     *
     * @return a hidden value
     */
    public static Hidden use() {
        return Api.internal();
    }
}
