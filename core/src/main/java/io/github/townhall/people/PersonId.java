package io.github.townhall.people;

import io.github.townhall.id.Id;
import java.util.Objects;

/**
 * The stable identifier of a person in an archive's register of people, chosen by the caller (never derived from the name: an id outlives an erasure).
 *
 * @param value the identifier, not null (see {@link Id})
 * @since 0.1
 */
public record PersonId(String value) implements Id {
    /**
     * Creates an identifier.
     *
     * @param value the identifier, not null
     * @throws NullPointerException if {@code value} is null
     */
    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    /** {@return the identifier itself, not null} */
    @Override
    public String toString() {
        return value;
    }
}
