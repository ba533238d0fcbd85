package io.github.townhall.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * An exact start with no known end: "le lundi 15 janvier 2018 à 18h".
 *
 * <p>Calendar exports assume a duration for such sessions; that assumption is the exporter's and
 * is never written back into the record.
 *
 * @param start the local start date and time, not null
 * @param zone the time zone of the start, not null
 * @since 0.1
 */
@ExistingLocalTime
public record OpenEndedSchedule(LocalDateTime start, ZoneId zone) implements Schedule {
    /**
     * Creates an open-ended schedule.
     *
     * @param start the local start, not null
     * @param zone the zone, not null
     */
    public OpenEndedSchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Obtains an open-ended schedule from a day and a time.
     *
     * @param date the day, not null
     * @param time the start time, not null
     * @param zone the zone, not null
     * @return the schedule, not null
     */
    public static OpenEndedSchedule of(LocalDate date, LocalTime time, ZoneId zone) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        return new OpenEndedSchedule(date.atTime(time), zone);
    }

    /** {@return the start in its zone, resolved as {@link ExactSchedule#zonedStart()}, not null} */
    public ZonedDateTime zonedStart() {
        return ZonedDateTime.of(start, zone);
    }

    /**
     * Returns an exact schedule with this start and the given end.
     *
     * @param end the end, not null
     * @return an exact schedule, not null
     */
    public ExactSchedule withEnd(LocalDateTime end) {
        return new ExactSchedule(start, end, zone);
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
