package io.github.townhall.architecture.brokenmodule.mod.internal;

/** A module's internal class. */
public final class Hidden {
    /** Creates one. */
    public Hidden() {}
}
