package io.github.townhall.ical.internal;

import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * DTSTART and DTEND: local times with their TZID (UTC for a bare offset); an open end as the
 * assumed duration, marked {@code X-TOWNHALL-END:ASSUMED}; a tentative period as dates.
 */
final class TimeScribe implements PropertyScribe {
    /** The property that marks an end we assumed. */
    static final String ASSUMED_END = "X-TOWNHALL-END";

    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Schedule schedule = event.session().schedule();
        if (schedule instanceof ExactSchedule exact) {
            dateTime("DTSTART", exact.start(), exact.zone(), out);
            dateTime("DTEND", exact.end(), exact.zone(), out);
        } else if (schedule instanceof OpenEndedSchedule open) {
            dateTime("DTSTART", open.start(), open.zone(), out);
            LocalDateTime end = ZonedDateTime.of(open.start(), open.zone())
                    .plus(event.assumedDuration())
                    .withZoneSameInstant(open.zone())
                    .toLocalDateTime();
            dateTime("DTEND", end, open.zone(), out);
            out.line(ASSUMED_END, "ASSUMED");
        } else if (schedule instanceof TentativeSchedule tentative) {
            out.start("DTSTART").paramToken("VALUE", "DATE").raw(Formats.date(tentative.from()));
            out.start("DTEND")
                    .paramToken("VALUE", "DATE")
                    .raw(Formats.date(tentative.to().plusDays(1)));
        }
    }

    private static void dateTime(String name, LocalDateTime time, ZoneId zone, ContentLineWriter out) {
        if (zone instanceof ZoneOffset offset) {
            out.start(name).utc(time.toInstant(offset));
        } else {
            out.start(name).param("TZID", zone.getId()).local(time);
        }
    }
}
