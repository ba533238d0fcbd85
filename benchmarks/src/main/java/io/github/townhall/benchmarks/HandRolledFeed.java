package io.github.townhall.benchmarks;

import io.github.townhall.organisation.Organisation;
import io.github.townhall.session.Session;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The practical limit: a minimal feed writer on one StringBuilder, as a careful user would write
 * it for this one job. It escapes TEXT values (backslash, semicolon, comma, line breaks) and
 * folds lines at 75 octets of UTF-8 without splitting a character, and writes a two-rule
 * VTIMEZONE per zone; nothing else (no control-character filtering, no languages, no
 * members-only or tentative policies).
 */
public final class HandRolledFeed {
    private final StringBuilder line = new StringBuilder(256);
    private final Writer out;

    private HandRolledFeed(Writer out) {
        this.out = out;
    }

    /**
     * Writes a feed.
     *
     * @param organisation the organisation, not null
     * @param sessions sessions with exact schedules, not null
     * @param domain the UID domain, not null
     * @param out where to write, not null
     * @throws IOException if the writer fails
     */
    public static void write(Organisation organisation, List<Session> sessions, String domain, Writer out)
            throws IOException {
        new HandRolledFeed(out).feed(organisation, sessions, domain);
    }

    private void feed(Organisation organisation, List<Session> sessions, String domain) throws IOException {
        Set<String> zones = new TreeSet<>();
        for (Session session : sessions) {
            zones.add(((io.github.townhall.schedule.ExactSchedule) session.schedule())
                    .zone()
                    .getId());
        }
        raw("BEGIN:VCALENDAR");
        raw("VERSION:2.0");
        raw("PRODID:-//townhall//hand-rolled//EN");
        raw("METHOD:PUBLISH");
        line.append("X-WR-CALNAME:");
        text(organisation.name());
        end();
        for (String zone : zones) {
            timezone(ZoneId.of(zone));
        }
        for (Session session : sessions) {
            event(PlainEvent.of(session, organisation, domain));
        }
        raw("END:VCALENDAR");
        out.flush();
    }

    private void timezone(ZoneId zone) throws IOException {
        raw("BEGIN:VTIMEZONE");
        line.append("TZID:").append(zone.getId());
        end();
        for (ZoneOffsetTransitionRule rule : zone.getRules().getTransitionRules()) {
            boolean daylight = rule.getOffsetAfter().getTotalSeconds()
                    > rule.getStandardOffset().getTotalSeconds();
            String kind = daylight ? "DAYLIGHT" : "STANDARD";
            raw("BEGIN:" + kind);
            line.append("DTSTART:");
            local(rule.createTransition(1970).getDateTimeBefore());
            end();
            raw("RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=-1SU");
            line.append("TZOFFSETFROM:");
            offset(rule.getOffsetBefore());
            end();
            line.append("TZOFFSETTO:");
            offset(rule.getOffsetAfter());
            end();
            raw("END:" + kind);
        }
        raw("END:VTIMEZONE");
    }

    private void event(PlainEvent event) throws IOException {
        raw("BEGIN:VEVENT");
        line.append("UID:");
        text(event.uid());
        end();
        line.append("DTSTAMP:");
        utc(event.stamp());
        end();
        if (event.created() != null) {
            line.append("CREATED:");
            utc(event.created());
            end();
        }
        if (event.modified() != null) {
            line.append("LAST-MODIFIED:");
            utc(event.modified());
            end();
        }
        line.append("SEQUENCE:").append(event.sequence());
        end();
        line.append("DTSTART;TZID=").append(event.start().getZone().getId()).append(':');
        local(event.start().toLocalDateTime());
        end();
        line.append("DTEND;TZID=").append(event.end().getZone().getId()).append(':');
        local(event.end().toLocalDateTime());
        end();
        line.append("STATUS:").append(event.status());
        end();
        line.append("SUMMARY;LANGUAGE=").append(event.language()).append(':');
        text(event.summary());
        end();
        if (event.description() != null) {
            line.append("DESCRIPTION;LANGUAGE=").append(event.language()).append(':');
            text(event.description());
            end();
        }
        if (event.location() != null) {
            line.append("LOCATION:");
            text(event.location());
            end();
        }
        if (event.latitude() != null) {
            line.append("GEO:").append(event.latitude()).append(';').append(event.longitude());
            end();
        }
        if (event.url() != null) {
            line.append("URL:").append(event.url());
            end();
        }
        line.append("CATEGORIES:");
        text(event.category());
        end();
        line.append("ORGANIZER;CN=\"")
                .append(event.organizerName().replace('"', '\''))
                .append("\":");
        line.append(event.organizer());
        end();
        raw("END:VEVENT");
    }

    private void text(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case ';' -> line.append("\\;");
                case ',' -> line.append("\\,");
                case '\n' -> line.append("\\n");
                case '\r' -> {}
                default -> line.append(c);
            }
        }
    }

    private void local(LocalDateTime time) {
        digits(time.getYear(), 4);
        digits(time.getMonthValue(), 2);
        digits(time.getDayOfMonth(), 2);
        line.append('T');
        digits(time.getHour(), 2);
        digits(time.getMinute(), 2);
        digits(time.getSecond(), 2);
    }

    private void utc(Instant instant) {
        local(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC));
        line.append('Z');
    }

    private void offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        line.append(total < 0 ? '-' : '+');
        digits(Math.abs(total) / 3600, 2);
        digits(Math.abs(total) / 60 % 60, 2);
    }

    private void digits(int value, int width) {
        int start = line.length();
        line.append(value);
        while (line.length() - start < width) {
            line.insert(start, '0');
        }
    }

    private void raw(String value) throws IOException {
        line.append(value);
        end();
    }

    private void end() throws IOException {
        int octets = 0;
        int from = 0;
        int length = line.length();
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            int width = c < 0x80
                    ? 1
                    : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : Character.isLowSurrogate(c) ? 0 : 3;
            if (octets + width > 75) {
                out.append(line, from, i).append("\r\n ");
                from = i;
                octets = 1;
            }
            octets += width;
        }
        out.append(line, from, length).append("\r\n");
        line.setLength(0);
    }
}
