package io.github.townhall.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * When a session takes place: one of an {@linkplain ExactSchedule exact start and end}, an
 * {@linkplain OpenEndedSchedule exact start with no known end} ("à 18h"), or only a
 * {@linkplain TentativeSchedule tentative period} ("prévu en février"), or {@linkplain UndatedSchedule no
 * date yet} ("la première soirée-débat", date à fixer).
 *
 * <p>Times are local civil times of an explicit zone (Europe/Paris for French associations), as
 * people write them in minutes and invitations. On Java 21 and later, switch over the four cases
 * (on Java 17, use {@code instanceof} patterns):
 *
 * <pre>{@code
 * String when = switch (schedule) {
 *     case ExactSchedule exact -> exact.start() + " to " + exact.end();
 *     case OpenEndedSchedule open -> "from " + open.start();
 *     case TentativeSchedule tentative -> "some time in " + tentative.from().getMonth();
 *     case UndatedSchedule undated -> "date to be set";
 * };
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Schedule permits ExactSchedule, OpenEndedSchedule, TentativeSchedule, UndatedSchedule {

    /**
     * {@return the first day the session may take place, for ordering sessions; null only for an
     * {@linkplain UndatedSchedule undated} schedule}
     */
    @Nullable
    LocalDate firstDay();

    /**
     * {@return the exact start in its zone when known to the minute, or null for a tentative period
     * or an undated schedule}
     */
    @Nullable
    ZonedDateTime exactStart();

    /** {@return true for exact and open-ended schedules} */
    default boolean hasExactStart() {
        return !(this instanceof TentativeSchedule) && !(this instanceof UndatedSchedule);
    }

    /**
     * {@return a schedule with no date yet}
     *
     * @since 0.1
     */
    static Schedule undated() {
        return UndatedSchedule.INSTANCE;
    }
}
