package io.github.townhall.session;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A session's revision: a number bumped at each change once published (so that subscribed
 * calendars update, as the iCalendar SEQUENCE), with the instants of creation and last change.
 *
 * <p>townhall never reads the clock: pass the instant yourself.
 *
 * <pre>{@code
 * Revision first = Revision.initial();
 * Revision second = first.next(Instant.parse("2017-12-06T09:00:00Z"));
 * }</pre>
 *
 * @param number the revision number, from 0; not negative is a validation rule
 * @param created when the record was created, or null
 * @param modified when the record last changed, or null
 * @since 0.1
 */
public record Revision(
        @PositiveOrZero int number,
        @Nullable Instant created,
        @Nullable Instant modified) {
    private static final Revision INITIAL = new Revision(0, null, null);

    /** {@return revision 0 with no instants, not null} */
    public static Revision initial() {
        return INITIAL;
    }

    /**
     * Obtains a revision with a number only.
     *
     * @param number the number
     * @return the revision, not null
     */
    public static Revision of(int number) {
        return new Revision(number, null, null);
    }

    /**
     * Returns the next revision, changed at the given instant; the creation instant is kept, or
     * set to {@code at} when unknown.
     *
     * @param at when the change was made, not null
     * @return the next revision, not null
     */
    public Revision next(Instant at) {
        Objects.requireNonNull(at, "at");
        return new Revision(number + 1, created == null ? at : created, at);
    }
}
