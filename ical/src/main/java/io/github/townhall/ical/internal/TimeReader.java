package io.github.townhall.ical.internal;

import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Reads back what {@link TimeScribe} writes: DTSTART with DTEND or DURATION, as an exact
 * schedule; a start alone, or an end marked {@code X-TOWNHALL-END:ASSUMED}, as an open end; dates
 * as a tentative period.
 */
final class TimeReader {
    private TimeReader() {}

    /**
     * Reads the schedule of an event.
     *
     * @param props the event's properties, not null
     * @param start its DTSTART, not null
     * @param uid its UID, not null
     * @param zones the zones of the file, not null
     * @param issues where issues go, not null
     * @return the schedule, not null
     * @throws java.time.DateTimeException if a date, time or duration cannot be read
     * @throws IllegalArgumentException if a value cannot be read
     */
    static Schedule read(
            List<ContentLine> props, ContentLine start, String uid, ZoneResolver zones, ImportIssues issues) {
        ContentLine end = ContentLine.first(props, "DTEND");
        ContentLine duration = ContentLine.first(props, "DURATION");
        boolean assumed = ContentLine.first(props, TimeScribe.ASSUMED_END) != null;
        if (isDate(start)) {
            LocalDate from = Formats.parseDate(start.value().trim());
            LocalDate to = from;
            if (end != null) {
                String value = end.value().trim();
                to = Formats.parseDate(value.length() > 8 ? value.substring(0, 8) : value)
                        .minusDays(1);
            } else if (duration != null) {
                to = from.plusDays(
                        Math.max(1, Duration.parse(duration.value().trim()).toDays()) - 1);
            }
            return TentativeSchedule.of(from, to.isBefore(from) ? from : to);
        }
        ZonedDateTime zonedStart = zones.dateTime(start, uid, issues);
        ZoneId zone = zonedStart.getZone();
        if (assumed || (end == null && duration == null)) {
            return OpenEndedSchedule.of(zonedStart.toLocalDate(), zonedStart.toLocalTime(), zone);
        }
        ZonedDateTime zonedEnd;
        if (end != null) {
            zonedEnd = zones.dateTime(end, uid, issues).withZoneSameInstant(zone);
        } else if (duration != null) {
            zonedEnd = plus(zonedStart, duration.value().trim());
        } else {
            return OpenEndedSchedule.of(zonedStart.toLocalDate(), zonedStart.toLocalTime(), zone);
        }
        return ExactSchedule.of(zonedStart.toLocalDateTime(), zonedEnd.toLocalDateTime(), zone);
    }

    private static ZonedDateTime plus(ZonedDateTime start, String duration) {
        String value = duration.startsWith("+") ? duration.substring(1) : duration;
        int t = value.indexOf('T');
        if (value.endsWith("W")) {
            return start.plusWeeks(Long.parseLong(value.substring(1, value.length() - 1)));
        }
        ZonedDateTime result = start;
        String datePart = t < 0 ? value : value.substring(0, t);
        if (datePart.length() > 1) {
            result = result.plus(Period.parse(datePart));
        }
        if (t >= 0) {
            result = result.plus(Duration.parse("P" + value.substring(t)));
        }
        return result;
    }

    /**
     * Returns whether a DTSTART is a DATE: VALUE=DATE, or eight characters.
     *
     * @param prop the property, not null
     * @return true for a date
     */
    static boolean isDate(ContentLine prop) {
        String type = prop.param("VALUE");
        return (type != null && type.equalsIgnoreCase("DATE"))
                || prop.value().trim().length() == 8;
    }
}
