package io.github.townhall.deliberation;

import io.github.townhall.id.Id;
import java.util.Objects;

/**
 * The stable identifier of a proposal made in a session (proposition), chosen by the caller.
 *
 * @param value the identifier, not null (see {@link Id})
 * @since 0.1
 */
public record ProposalId(String value) implements Id {
    /**
     * Creates an identifier.
     *
     * @param value the identifier, not null
     * @throws NullPointerException if {@code value} is null
     */
    public ProposalId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static ProposalId of(String value) {
        return new ProposalId(value);
    }

    /** {@return the identifier itself, not null} */
    @Override
    public String toString() {
        return value;
    }
}
