package io.github.townhall.architecture.broken.model;

import io.github.townhall.architecture.broken.validation.Facade;
import java.io.File;
import java.time.Instant;
import org.junit.jupiter.api.Assertions;

/** A model class that does what the core's model must never do. */
public final class BreaksTheRules {
    private BreaksTheRules() {}

    /**
     * Reads the clock, touches a file, names the facade and a test framework.
     *
     * @return nothing useful
     */
    public static String everything() {
        return Instant.now() + new File(".").getName() + Facade.class.getName() + Assertions.class.getName();
    }
}
