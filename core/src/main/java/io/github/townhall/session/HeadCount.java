package io.github.townhall.session;

/**
 * How many people came: an {@linkplain ExactCount exact count} ("7 personnes") or an
 * {@linkplain ApproximateCount approximate one} ("une quinzaine").
 *
 * <pre>{@code
 * HeadCount seven = HeadCount.exactly(7);
 * HeadCount aboutFifteen = HeadCount.about(15);
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface HeadCount permits ExactCount, ApproximateCount {

    /** {@return the number of people, exact or approximate} */
    int value();

    /**
     * Obtains an exact count.
     *
     * @param value the number of people
     * @return the count, not null
     */
    static HeadCount exactly(int value) {
        return new ExactCount(value);
    }

    /**
     * Obtains an approximate count.
     *
     * @param value the approximate number of people
     * @return the count, not null
     */
    static HeadCount about(int value) {
        return new ApproximateCount(value);
    }
}
