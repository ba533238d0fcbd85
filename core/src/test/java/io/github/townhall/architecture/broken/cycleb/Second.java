package io.github.townhall.architecture.broken.cycleb;

import io.github.townhall.architecture.broken.cyclea.First;

/** The other half of a package cycle: depends on {@link First}. */
public final class Second {
    private Second() {}

    /**
     * Reaches the other package.
     *
     * @return a name from the other package
     */
    public static String other() {
        return First.class.getName();
    }
}
