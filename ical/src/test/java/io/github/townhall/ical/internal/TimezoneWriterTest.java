package io.github.townhall.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our compact VTIMEZONEs give the offsets java.time gives, as read by iCal4j. */
class TimezoneWriterTest {
    @Test
    void parisIsTwoObservancesWithRules() {
        String text = write(ZoneId.of("Europe/Paris"), 2015, 2017);
        assertTrue(text.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), text);
        assertTrue(text.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"), text);
        assertTrue(text.split("\r\n").length < 20, text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Europe/Paris",
                "America/New_York",
                "America/Sao_Paulo",
                "Australia/Sydney",
                "Asia/Tokyo",
                "Europe/Moscow",
                "Africa/Casablanca",
                "Pacific/Auckland",
                "America/Santiago",
                "Asia/Tehran"
            })
    void offsetsAgreeWithJavaTime(String id) throws Exception {
        ZoneId zone = ZoneId.of(id);
        String calendar =
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n" + write(zone, 2010, 2026) + "END:VCALENDAR\r\n";
        Calendar parsed = new CalendarBuilder().build(new StringReader(calendar));
        VTimeZone vtimezone = (VTimeZone) parsed.getComponents("VTIMEZONE").get(0);
        TimeZone timeZone = new TimeZone(vtimezone);
        for (LocalDateTime t = LocalDateTime.of(2010, 1, 1, 12, 17);
                t.getYear() <= 2026;
                t = t.plusDays(5).plusHours(7)) {
            java.time.Instant at = t.toInstant(ZoneOffset.UTC);
            var previous = zone.getRules().previousTransition(at);
            var next = zone.getRules().nextTransition(at);
            if ((previous != null
                            && previous.getInstant().plusSeconds(15 * 3600).isAfter(at))
                    || (next != null
                            && next.getInstant().minusSeconds(15 * 3600).isBefore(at))) {
                continue; // iCal4j's TimeZone reads a local onset as UTC, so it is off for up to the zone offset after
                // a transition
            }
            long millis = at.toEpochMilli();
            int expected =
                    zone.getRules().getOffset(t.toInstant(ZoneOffset.UTC)).getTotalSeconds() * 1000;
            assertEquals(expected, timeZone.getOffset(millis), id + " at " + t + " UTC");
        }
    }

    private static String write(ZoneId zone, int from, int to) {
        StringWriter out = new StringWriter();
        ContentLineWriter lines = new ContentLineWriter(out);
        TimezoneWriter.write(zone, from, to, lines);
        lines.flush();
        return out.toString();
    }
}
