package io.github.townhall.announcement;

import io.github.townhall.id.Id;
import java.util.Objects;

/**
 * The stable identifier of an announcement (annonce), chosen by the caller.
 *
 * <p>Identifiers never change once published: calendar UIDs and JSON references are made from
 * them. townhall never generates one; pass your database key, a slug or a UUID you made.
 *
 * @param value the identifier, not null
 */
public record AnnouncementId(String value) implements Id {
    /**
     * Creates an identifier.
     *
     * @param value the identifier, not null
     * @throws NullPointerException if {@code value} is null
     */
    public AnnouncementId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static AnnouncementId of(String value) {
        return new AnnouncementId(value);
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
