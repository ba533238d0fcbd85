package io.github.townhall.organisation;

import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How many people a meeting of the organisation needs for its decisions to count (quorum): a
 * number of people, or a share of the members that the organisation records with its date.
 *
 * <pre>{@code
 * Quorum third = Quorum.share(new BigDecimal("0.33"));
 * Boolean reached = third.isReached(9, MemberCount.of(25, LocalDate.of(2017, 9, 1))); // true: 9 >= 8.25
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Quorum permits Quorum.Count, Quorum.Share {

    /**
     * A quorum of a number of people.
     *
     * @param people how many people must take part, more than zero
     * @since 0.1
     */
    record Count(@Positive int people) implements Quorum {
        @Override
        public @Nullable Boolean isReached(int present, @Nullable MemberCount members) {
            return present >= people;
        }
    }

    /**
     * A quorum of a share of the members, such as one half.
     *
     * @param share the share, more than 0 and at most 1
     * @since 0.1
     */
    record Share(@ShareOfOne BigDecimal share) implements Quorum {
        /**
         * Creates the quorum.
         *
         * @param share the share, more than 0 and at most 1
         * @throws NullPointerException if {@code share} is null
         */
        public Share {
            Objects.requireNonNull(share, "share");
        }

        @Override
        public @Nullable Boolean isReached(int present, @Nullable MemberCount members) {
            if (members == null) {
                return null;
            }
            BigDecimal needed =
                    share.multiply(BigDecimal.valueOf(members.members())).setScale(0, RoundingMode.CEILING);
            return BigDecimal.valueOf(present).compareTo(needed) >= 0;
        }
    }

    /**
     * Tells whether a number of people present reaches the quorum.
     *
     * @param present how many people take part (present or remote)
     * @param members the organisation's member count, or null when not recorded
     * @return whether the quorum is reached, or null when it cannot be told (a share without a
     *     member count)
     */
    @Nullable
    Boolean isReached(int present, @Nullable MemberCount members);

    /**
     * {@return a quorum of a number of people}
     *
     * @param people how many people must take part
     */
    static Quorum count(int people) {
        return new Count(people);
    }

    /**
     * {@return a quorum of a share of the members}
     *
     * @param share the share, more than 0 and at most 1, not null
     */
    static Quorum share(BigDecimal share) {
        return new Share(share);
    }
}
