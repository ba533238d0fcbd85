package io.github.townhall.schedule;

import io.github.townhall.internal.ModelRecord;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact start and end in one time zone: "de 18h30 à 20h".
 *
 * <p>That the end comes after the start, that the session lasts less than a day and that both
 * times exist in the zone are validation rules, so an inconsistent schedule can still be built
 * and reported.
 *
 * @param start the local start date and time, not null
 * @param end the local end date and time, not null
 * @param zone the time zone of both, not null
 * @since 0.1
 */
@EndAfterStart
@ShorterThanADay
@ExistingLocalTime
@ModelRecord
public record ExactSchedule(LocalDateTime start, LocalDateTime end, ZoneId zone)
        implements Schedule, ExactScheduleBuilder.With {
    /**
     * The zoned times of the three schedules resolved last, newest first: the rules that check one
     * schedule (its session's, then its own) ask in a row, and a sort of sessions by start, in
     * order already, compares each with the one before it and then with the one after; each is
     * resolved once. Immutable entries, so a race only recomputes.
     */
    private static volatile @Nullable Zoned last;

    private static volatile @Nullable Zoned second;

    private static volatile @Nullable Zoned third;

    private record Zoned(ExactSchedule schedule, ZonedDateTime start, ZonedDateTime end, Duration duration) {}

    /**
     * Creates an exact schedule.
     *
     * @param start the local start, not null
     * @param end the local end, not null
     * @param zone the zone, not null
     */
    public ExactSchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Obtains a schedule on one day: {@code of(date, 18:30, 20:00, Europe/Paris)}.
     *
     * <p>For a session that ends after midnight use {@link #of(LocalDateTime, LocalDateTime,
     * ZoneId)}.
     *
     * @param date the day, not null
     * @param start the start time, not null
     * @param end the end time on the same day, not null
     * @param zone the zone, not null
     * @return the schedule, not null
     */
    public static ExactSchedule of(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
        Objects.requireNonNull(date, "date");
        return new ExactSchedule(date.atTime(start), date.atTime(end), zone);
    }

    /**
     * Obtains a schedule from a start and an end.
     *
     * @param start the local start, not null
     * @param end the local end, not null
     * @param zone the zone, not null
     * @return the schedule, not null
     */
    public static ExactSchedule of(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new ExactSchedule(start, end, zone);
    }

    /**
     * Returns the start in its zone. A start in a spring-forward gap is moved later by the length
     * of the gap, as {@link ZonedDateTime#of(LocalDateTime, ZoneId)} does.
     *
     * @return the zoned start, not null
     */
    public ZonedDateTime zonedStart() {
        return zoned().start();
    }

    /** {@return the end in its zone, resolved as {@link #zonedStart()}, not null} */
    public ZonedDateTime zonedEnd() {
        return zoned().end();
    }

    /**
     * {@return the elapsed time from start to end, daylight saving changes included; negative if
     * the end is before the start}
     */
    public Duration duration() {
        return zoned().duration();
    }

    @SuppressWarnings("ReferenceEquality") // identity: cheaper than equals, enough for rules in a row
    private Zoned zoned() {
        Zoned newest = last;
        if (newest != null && newest.schedule() == this) {
            return newest;
        }
        Zoned next = second;
        if (next != null && next.schedule() == this) {
            return next;
        }
        Zoned oldest = third;
        if (oldest != null && oldest.schedule() == this) {
            return oldest;
        }
        ZonedDateTime zonedStart = ZonedDateTime.of(start, zone);
        ZonedDateTime zonedEnd = ZonedDateTime.of(end, zone);
        Zoned zoned = new Zoned(this, zonedStart, zonedEnd, Duration.between(zonedStart, zonedEnd));
        third = next;
        second = newest;
        last = zoned;
        return zoned;
    }

    @Override
    public LocalDate firstDay() {
        return start.toLocalDate();
    }

    @Override
    public ZonedDateTime exactStart() {
        return zonedStart();
    }
}
