package io.github.townhall.deliberation;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * The count of a vote. Not negative, and not more than the attendance, are validation rules.
 *
 * @param inFavour votes for (pour)
 * @param against votes against (contre)
 * @param abstentions abstentions
 * @since 0.1
 */
public record VoteTally(
        @PositiveOrZero int inFavour,
        @PositiveOrZero int against,
        @PositiveOrZero int abstentions) {
    /**
     * Obtains a tally.
     *
     * @param inFavour votes for
     * @param against votes against
     * @param abstentions abstentions
     * @return the tally, not null
     */
    public static VoteTally of(int inFavour, int against, int abstentions) {
        return new VoteTally(inFavour, against, abstentions);
    }

    /** {@return the number of people who voted or abstained, a long that cannot overflow} */
    public long total() {
        return (long) inFavour + against + abstentions;
    }
}
