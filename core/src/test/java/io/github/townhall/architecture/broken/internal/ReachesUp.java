package io.github.townhall.architecture.broken.internal;

import io.github.townhall.architecture.broken.model.BreaksTheRules;

/** An internal class that depends on a model package above it. */
public final class ReachesUp {
    private ReachesUp() {}

    /**
     * Calls into the model.
     *
     * @return what the model returns
     */
    public static String up() {
        return BreaksTheRules.everything();
    }
}
