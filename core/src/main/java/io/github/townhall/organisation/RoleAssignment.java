package io.github.townhall.organisation;

import io.github.townhall.people.Person;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A role held by a person, on a board (bureau) or for a project group, with its dates.
 *
 * @param role the role, not null
 * @param title the role's own name, required for {@link BoardRole#OTHER} ("référent financier"), or null
 * @param holder who holds it, or null when the record does not name them
 * @param from the first day, or null
 * @param until the last day, or null while it lasts
 * @since 0.1
 */
@TermEndsAfterStart
public record RoleAssignment(
        BoardRole role,
        @NotBlankText @SingleLine @Nullable Text title,
        @Valid @Nullable Person holder,
        @Nullable LocalDate from,
        @Nullable LocalDate until) {
    /**
     * Creates a role assignment.
     *
     * @param role the role, not null
     * @param title the role's own name, or null
     * @param holder who, or null
     * @param from since when, or null
     * @param until until when, or null
     */
    public RoleAssignment {
        Objects.requireNonNull(role, "role");
    }

    /**
     * Obtains an assignment of a board role to a person since a date.
     *
     * @param role the role, not null
     * @param holder who, not null
     * @param from since when, or null
     * @return the assignment, not null
     */
    public static RoleAssignment of(BoardRole role, Person holder, @Nullable LocalDate from) {
        return new RoleAssignment(role, null, Objects.requireNonNull(holder, "holder"), from, null);
    }

    /**
     * Obtains an assignment of a named role ({@link BoardRole#OTHER}).
     *
     * @param title the role's name, not null
     * @param holder who, or null when not named
     * @param from since when, or null
     * @return the assignment, not null
     */
    public static RoleAssignment named(Text title, @Nullable Person holder, @Nullable LocalDate from) {
        return new RoleAssignment(BoardRole.OTHER, Objects.requireNonNull(title, "title"), holder, from, null);
    }
}
