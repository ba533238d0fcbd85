package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.text.Text;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Sessions at the edges of time zones: in the spring-forward gap, in the autumn overlap, across
 * midnight, in zones with half-hour and 45-minute offsets or half-hour daylight saving, and in
 * zones whose rules changed between the sessions' years. Each is written and read back, and its
 * start and end instants are the ones java.time gives; read once through the IANA zone the TZID
 * names, and once through the offsets of the feed's own VTIMEZONE alone (TZID renamed), so the
 * VTIMEZONE must cover every session's date.
 *
 * <p>What the writer does with a local time in a gap (which the validator reports as an error):
 * it writes the local time as given, with its TZID; readers (ours, iCal4j, ical.js, and RFC 5545
 * section 3.3.5) place it later by the length of the gap, the instant
 * {@link ExactSchedule#zonedStart()} gives. A local time in an overlap is the earlier of its two
 * instants, for the writer's model and for every reader.
 */
class TimeZoneEdgeTest {
    /** The sessions of {@link #edgeSessions()}, by zone, with what each one shows. */
    static List<Session> edgeSessions() {
        List<Session> sessions = new ArrayList<>();
        // Europe/Paris: gap 2025-03-30 02:00-03:00, overlap 2025-10-26 02:00-03:00
        add(sessions, "paris-gap", "Europe/Paris", "2025-03-30T02:30", "2025-03-30T04:00");
        add(sessions, "paris-overlap", "Europe/Paris", "2025-10-26T02:30", "2025-10-26T03:30");
        add(sessions, "paris-after-gap", "Europe/Paris", "2025-03-30T03:00", "2025-03-30T04:00");
        add(sessions, "paris-after-overlap", "Europe/Paris", "2025-10-26T03:00", "2025-10-26T04:00");
        add(sessions, "paris-midnight", "Europe/Paris", "2025-06-20T23:00", "2025-06-21T01:30");
        // America/Sao_Paulo: daylight saving began at midnight (gap 2018-11-04 00:00-01:00) and
        // ended at midnight (overlap 2019-02-16 23:00-24:00); none since 2019
        add(sessions, "sao-paulo-2010", "America/Sao_Paulo", "2010-01-12T19:00", "2010-01-12T21:00");
        add(sessions, "sao-paulo-gap", "America/Sao_Paulo", "2018-11-04T00:30", "2018-11-04T02:00");
        add(sessions, "sao-paulo-overlap", "America/Sao_Paulo", "2019-02-16T23:30", "2019-02-17T01:00");
        add(sessions, "sao-paulo-2025", "America/Sao_Paulo", "2025-01-14T19:00", "2025-01-14T21:00");
        // Australia/Lord_Howe: half-hour daylight saving (+10:30 / +11:00)
        add(sessions, "lord-howe-gap", "Australia/Lord_Howe", "2025-10-05T02:15", "2025-10-05T03:00");
        add(sessions, "lord-howe-after-gap", "Australia/Lord_Howe", "2025-10-05T02:30", "2025-10-05T03:30");
        add(sessions, "lord-howe-overlap", "Australia/Lord_Howe", "2025-04-06T01:45", "2025-04-06T02:30");
        // Asia/Kolkata: +05:30 all year, across midnight
        add(sessions, "kolkata-midnight", "Asia/Kolkata", "2025-03-30T23:30", "2025-03-31T00:45");
        // Pacific/Chatham: +12:45 / +13:45
        add(sessions, "chatham-gap", "Pacific/Chatham", "2025-09-28T03:00", "2025-09-28T04:00");
        add(sessions, "chatham-after-gap", "Pacific/Chatham", "2025-09-28T03:45", "2025-09-28T05:00");
        add(sessions, "chatham-overlap", "Pacific/Chatham", "2025-04-06T03:00", "2025-04-06T04:00");
        add(sessions, "chatham-midnight", "Pacific/Chatham", "2025-12-31T23:15", "2026-01-01T00:45");
        // Europe/Moscow: daylight saving until 2010, +04 all year 2011-2014, +03 since
        add(sessions, "moscow-2010", "Europe/Moscow", "2010-07-01T18:00", "2010-07-01T20:00");
        add(sessions, "moscow-2012", "Europe/Moscow", "2012-12-01T18:00", "2012-12-01T20:00");
        add(sessions, "moscow-2015", "Europe/Moscow", "2015-07-01T18:00", "2015-07-01T20:00");
        return sessions;
    }

    private static void add(List<Session> sessions, String id, String zone, String start, String end) {
        ExactSchedule schedule =
                ExactSchedule.of(LocalDateTime.parse(start), LocalDateTime.parse(end), ZoneId.of(zone));
        sessions.add(Session.builder(
                        SessionId.of(id), TestArchives.toulouse().organisation().id(), schedule)
                .title(Text.fr("Séance " + id))
                .build());
    }

    /**
     * The sessions whose local time names one instant: every edge session but those in a gap or
     * an overlap. Those are left out of the interop feed: ical.js 2 reads a gap time before the
     * gap and an overlap time as its later instant, python-icalendar an overlap time as its later
     * instant, while RFC 5545 (section 3.3.5), java.time, iCal4j and our reader take the instant
     * after the gap and the earlier instant.
     *
     * @return the archive, not null
     */
    static Archive unambiguousArchive() {
        Archive toulouse = TestArchives.toulouse();
        return Archive.builder(toulouse.organisation())
                .sessions(edgeSessions().stream()
                        .filter(s -> s.id().value().contains("-after-")
                                || !(s.id().value().endsWith("-gap")
                                        || s.id().value().endsWith("-overlap")))
                        .toList())
                .build();
    }

    @Test
    void instantsSurviveTheRoundTripThroughTheIanaZone() {
        String feed = feed();
        assertEquals(expected(), instants(reader().read(feed)));
    }

    @Test
    void instantsSurviveTheRoundTripThroughTheFeedsOwnVtimezones() {
        String feed = feed();
        for (String zone : List.of(
                "Europe/Paris",
                "America/Sao_Paulo",
                "Australia/Lord_Howe",
                "Asia/Kolkata",
                "Pacific/Chatham",
                "Europe/Moscow")) {
            assertTrue(feed.contains("TZID:" + zone + "\r\n"), zone);
            String custom = zone.replace('/', ' ') + " Custom";
            feed = feed.replace("TZID:" + zone + "\r\n", "TZID:" + custom + "\r\n")
                    .replace("X-LIC-LOCATION:" + zone + "\r\n", "")
                    .replace("TZID=" + zone + ":", "TZID=" + custom + ":");
        }
        assertTrue(!feed.contains("X-LIC-LOCATION"), feed);
        IcalImport read = reader().read(feed);
        assertEquals(expected(), instants(read));
        assertTrue(read.issues().stream().anyMatch(issue -> issue.message().contains("no IANA zone")));
    }

    @Test
    void aGapTimeIsWrittenAsGivenAndReadAfterTheGap() {
        String feed = feed();
        assertTrue(feed.contains("DTSTART;TZID=Europe/Paris:20250330T023000\r\n"), feed);
        Session read = reader().read(feed).sessions().stream()
                .filter(s -> s.id().value().equals("paris-gap"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                ExactSchedule.of(
                        LocalDateTime.parse("2025-03-30T03:30"),
                        LocalDateTime.parse("2025-03-30T04:00"),
                        ZoneId.of("Europe/Paris")),
                read.schedule());
    }

    private static String feed() {
        StringWriter out = new StringWriter();
        IcalWriter.of(IcalOptions.builder("idc.example.org")
                        .productVersion("test")
                        .build())
                .writeFeed(TestArchives.toulouse().organisation(), edgeSessions(), out);
        return out.toString();
    }

    private static IcalReader reader() {
        Organisation organisation = TestArchives.toulouse().organisation();
        return IcalReader.of(organisation.id(), Locale.FRENCH);
    }

    private static List<String> expected() {
        return edgeSessions().stream()
                .map(s -> {
                    ExactSchedule schedule = (ExactSchedule) s.schedule();
                    return s.id().value() + " " + schedule.zonedStart().toInstant() + " "
                            + schedule.zonedEnd().toInstant();
                })
                .toList();
    }

    private static List<String> instants(IcalImport read) {
        return read.sessions().stream()
                .map(s -> {
                    ExactSchedule schedule = (ExactSchedule) s.schedule();
                    Instant start = schedule.zonedStart().toInstant();
                    return s.id().value() + " " + start + " "
                            + schedule.zonedEnd().toInstant();
                })
                .toList();
    }
}
