package io.github.townhall.deliberation;

import io.github.townhall.id.Id;
import java.util.Objects;

/**
 * The stable identifier of a decision taken in a session (décision), chosen by the caller.
 *
 * @param value the identifier, not null (see {@link Id})
 * @since 0.1
 */
public record DecisionId(String value) implements Id {
    /**
     * Creates an identifier.
     *
     * @param value the identifier, not null
     * @throws NullPointerException if {@code value} is null
     */
    public DecisionId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static DecisionId of(String value) {
        return new DecisionId(value);
    }

    /** {@return the identifier itself, not null} */
    @Override
    public String toString() {
        return value;
    }
}
