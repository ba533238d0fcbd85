package io.github.townhall.organisation;

import io.github.townhall.id.Id;
import java.util.Objects;

/**
 * The stable identifier of an organisation (association, institut, collectif), chosen by the caller.
 *
 * <p>Identifiers never change once published: calendar UIDs and JSON references are made from
 * them. townhall never generates one; pass your database key, a slug or a UUID you made.
 *
 * @param value the identifier, not null
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

    /**
     * Returns the identifier itself.
     *
     * @return the value, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
