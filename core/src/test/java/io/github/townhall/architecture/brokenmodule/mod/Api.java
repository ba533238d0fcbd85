package io.github.townhall.architecture.brokenmodule.mod;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.townhall.architecture.brokenmodule.mod.internal.Hidden;
import io.github.townhall.architecture.brokenmodule.outside.UsesTheModule;

/** A module's API class that exposes a third-party type and an internal one. */
public final class Api {
    private Api() {}

    /**
     * Exposes a third-party type.
     *
     * @param classes anything
     * @return the same
     */
    public static JavaClasses thirdParty(JavaClasses classes) {
        return classes;
    }

    /**
     * Exposes an internal type, and reaches outside the module (a package cycle).
     *
     * @return a hidden value
     */
    public static Hidden internal() {
        UsesTheModule.class.getName();
        return new Hidden();
    }
}
