package io.github.townhall.architecture.broken.cyclea;

import io.github.townhall.architecture.broken.cycleb.Second;

/** Half of a package cycle: depends on {@link Second}, which depends back. */
public final class First {
    private First() {}

    /**
     * Reaches the other package.
     *
     * @return a name from the other package
     */
    public static String other() {
        return Second.class.getName();
    }
}
