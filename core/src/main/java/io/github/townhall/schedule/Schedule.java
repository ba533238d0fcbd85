package io.github.townhall.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * When a session takes place: one of an {@linkplain ExactSchedule exact start and end}, an
 * {@linkplain OpenEndedSchedule exact start with no known end} ("à 18h"), or only a
 * {@linkplain TentativeSchedule tentative period} ("prévu en février").
 *
 * <p>Times are local civil times of an explicit zone (Europe/Paris for French associations), as
 * people write them in minutes and invitations. On Java 21 and later, switch over the three cases
 * (on Java 17, use {@code instanceof} patterns):
 *
 * <pre>{@code
 * String when = switch (schedule) {
 *     case ExactSchedule exact -> exact.start() + " to " + exact.end();
 *     case OpenEndedSchedule open -> "from " + open.start();
 *     case TentativeSchedule tentative -> "some time in " + tentative.from().getMonth();
 * };
 * }</pre>
 */
public sealed interface Schedule permits ExactSchedule, OpenEndedSchedule, TentativeSchedule {

    /**
     * Returns the first day the session may take place, for ordering sessions.
     *
     * @return the first day, not null
     */
    LocalDate firstDay();

    /**
     * Returns the exact start in its zone, when known to the minute.
     *
     * @return the zoned start, or null for a tentative period
     */
    @Nullable
    ZonedDateTime exactStart();

    /**
     * Tells whether the start is known to the minute.
     *
     * @return true for exact and open-ended schedules
     */
    default boolean hasExactStart() {
        return !(this instanceof TentativeSchedule);
    }
}
