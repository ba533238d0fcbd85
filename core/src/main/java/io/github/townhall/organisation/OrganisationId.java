package io.github.townhall.organisation;

import io.github.townhall.id.Id;
import java.util.Objects;

/**
 * The stable identifier of an organisation (association, institut, collectif), chosen by the caller.
 *
 * @param value the identifier, not null (see {@link Id})
 * @since 0.1
 */
public record OrganisationId(String value) implements Id {
    /**
     * Creates an identifier.
     *
     * @param value the identifier, not null
     * @throws NullPointerException if {@code value} is null
     */
    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    /** {@return the identifier itself, not null} */
    @Override
    public String toString() {
        return value;
    }
}
