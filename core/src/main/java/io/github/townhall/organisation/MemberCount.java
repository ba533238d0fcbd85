package io.github.townhall.organisation;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many members the organisation has, on a date: what a quorum defined as a share is taken of.
 *
 * @param members the number of members, not negative
 * @param asOf the date the count was taken
 * @since 0.1
 */
public record MemberCount(@PositiveOrZero int members, LocalDate asOf) {
    /**
     * Creates a count.
     *
     * @param members the number of members, not negative
     * @param asOf the date the count was taken
     * @throws NullPointerException if {@code asOf} is null
     */
    public MemberCount {
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Obtains a count.
     *
     * @param members the number of members
     * @param asOf the date the count was taken, not null
     * @return the count, not null
     */
    public static MemberCount of(int members, LocalDate asOf) {
        return new MemberCount(members, asOf);
    }
}
