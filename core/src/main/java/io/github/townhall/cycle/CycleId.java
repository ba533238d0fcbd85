package io.github.townhall.cycle;

import io.github.townhall.id.Id;
import java.util.Objects;

/**
 * The stable identifier of a cycle of sessions (cycle de rencontres), chosen by the caller.
 *
 * @param value the identifier, not null (see {@link Id})
 * @since 0.1
 */
public record CycleId(String value) implements Id {
    /**
     * Creates an identifier.
     *
     * @param value the identifier, not null
     * @throws NullPointerException if {@code value} is null
     */
    public CycleId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static CycleId of(String value) {
        return new CycleId(value);
    }

    /** {@return the identifier itself, not null} */
    @Override
    public String toString() {
        return value;
    }
}
