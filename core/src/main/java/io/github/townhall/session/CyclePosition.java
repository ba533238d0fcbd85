package io.github.townhall.session;

import io.github.townhall.cycle.CycleId;
import io.github.townhall.id.Identifier;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * Where a session stands in a cycle: "Deuxième séance" is ordinal 2.
 *
 * @param cycle the cycle, not null
 * @param ordinal the session's number in the cycle, from 1; positive, unique and chronological
 *     within a cycle are validation rules
 * @since 0.1
 */
public record CyclePosition(
        @Identifier CycleId cycle, @Positive int ordinal) {
    /**
     * Creates a position.
     *
     * @param cycle the cycle, not null
     * @param ordinal the number in the cycle
     */
    public CyclePosition {
        Objects.requireNonNull(cycle, "cycle");
    }

    /**
     * Obtains a position.
     *
     * @param cycle the cycle, not null
     * @param ordinal the number in the cycle
     * @return the position, not null
     */
    public static CyclePosition of(CycleId cycle, int ordinal) {
        return new CyclePosition(cycle, ordinal);
    }
}
