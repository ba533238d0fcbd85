package io.github.townhall.session;

import io.github.townhall.id.Identifier;
import io.github.townhall.people.PersonId;
import java.util.Objects;

/**
 * A person on a session's attendance list (liste d'émargement): a reference to the archive's
 * register of people and whether they came. Personal data: feeds, pages and JSON written for
 * publication never carry it.
 *
 * @param person the person's id in the archive's register
 * @param status whether they came
 * @since 0.1
 */
public record Attendee(@Identifier PersonId person, AttendeeStatus status) {
    /**
     * Creates an entry.
     *
     * @param person the person's id in the archive's register
     * @param status whether they came
     * @throws NullPointerException if an argument is null
     */
    public Attendee {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Obtains an entry.
     *
     * @param person the person's id, not null
     * @param status whether they came, not null
     * @return the entry, not null
     */
    public static Attendee of(PersonId person, AttendeeStatus status) {
        return new Attendee(person, status);
    }
}
