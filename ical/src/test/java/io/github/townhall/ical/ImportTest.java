package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ImportTest {
    private static final IcalReader READER = IcalReader.of(OrganisationId.of("org"), Locale.FRENCH);

    private static String ics(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    @Test
    void readsAnOutlookEventWithAWindowsZoneAndReportsWhatItCannotMap() {
        String text = ics(
                "BEGIN:VCALENDAR",
                "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                "VERSION:2.0",
                "BEGIN:VTIMEZONE",
                "TZID:Romance Standard Time",
                "BEGIN:STANDARD",
                "DTSTART:16011028T030000",
                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
                "TZOFFSETFROM:+0200",
                "TZOFFSETTO:+0100",
                "END:STANDARD",
                "END:VTIMEZONE",
                "BEGIN:VEVENT",
                "UID:040000008200E00074C5B7101A82E008",
                "SUMMARY:Réunion",
                "DTSTART;TZID=Romance Standard Time:20160218T180000",
                "DTEND;TZID=Romance Standard Time:20160218T200000",
                "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
                "BEGIN:VALARM",
                "TRIGGER:-PT15M",
                "ACTION:DISPLAY",
                "END:VALARM",
                "END:VEVENT",
                "END:VCALENDAR");
        IcalImport result = READER.read(text);
        Session session = result.sessions().get(0);
        assertEquals(
                ExactSchedule.of(
                        LocalDateTime.of(2016, 2, 18, 18, 0),
                        LocalDateTime.of(2016, 2, 18, 20, 0),
                        ZoneId.of("Europe/Paris")),
                session.schedule());
        assertEquals(
                List.of(new ImportIssue(
                        18, "", "", "2 properties and components ignored: VALARM, X-MICROSOFT-CDO-BUSYSTATUS")),
                result.issues());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ImportTest.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The lines of a file whose property means nothing for a session, as an Outlook export has them. */
    private static List<String> noise(String text) {
        return text.lines()
                .filter(line ->
                        line.startsWith("PRIORITY:") || line.startsWith("TRANSP:") || line.startsWith("X-MICROSOFT-"))
                .toList();
    }

    @Test
    void anOutlookExportReportsItsNoiseInOneSummaryAndKeepsALineForWhatLostMeaning() throws IOException {
        String text = resource("IcalReaderFuzzTestInputs/read/outlook.ics");
        List<String> noise = noise(text);
        assertEquals(10, noise.size(), noise.toString());
        IcalImport result = READER.read(text);
        assertEquals(2, result.sessions().size());
        // one issue per line of noise before, one summary now; the custom zone keeps its lines
        List<ImportIssue> kept = List.of(
                new ImportIssue(
                        62,
                        "040000008200E00074C5B7101A82E00800000000custom",
                        "DTSTART",
                        "time zone 'Customized Time Zone' is no IANA zone; time kept at the offset its VTIMEZONE gives"),
                new ImportIssue(
                        63,
                        "040000008200E00074C5B7101A82E00800000000custom",
                        "DTEND",
                        "time zone 'Customized Time Zone' is no IANA zone; time kept at the offset its VTIMEZONE gives"));
        ImportIssue summary = new ImportIssue(
                44,
                "",
                "",
                "10 properties ignored: PRIORITY, TRANSP, X-MICROSOFT-CDO-APPT-SEQUENCE, X-MICROSOFT-CDO-BUSYSTATUS,"
                        + " X-MICROSOFT-CDO-INTENDEDSTATUS, X-MICROSOFT-CDO-ALLDAYEVENT, X-MICROSOFT-CDO-IMPORTANCE,"
                        + " X-MICROSOFT-CDO-INSTTYPE, X-MICROSOFT-DONOTFORWARDMEETING, X-MICROSOFT-DISALLOW-COUNTER");
        List<ImportIssue> expected = new ArrayList<>(kept);
        expected.add(summary);
        assertEquals(expected, result.issues());
    }

    @Test
    void anOutlookRecurringExportCountsTheNoiseOfEveryEventOnce() throws IOException {
        String text = resource("/recurrence/outlook-monthly.ics");
        List<String> noise = noise(text);
        IcalImport result = READER.read(text);
        List<ImportIssue> summaries = result.issues().stream()
                .filter(issue -> issue.message().contains(" ignored: "))
                .toList();
        assertEquals(1, summaries.size(), result.issues().toString());
        assertTrue(
                summaries.get(0).message().startsWith(noise.size() + " properties ignored: PRIORITY, TRANSP, "),
                summaries.get(0).message());
        assertEquals(
                List.of(),
                result.issues().stream()
                        .filter(issue -> issue.message().equals("property not imported"))
                        .toList());
    }

    @Test
    void propertiesThatMayHoldMeaningKeepAnIssueAtTheirLine() {
        String text = ics(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "BEGIN:VEVENT",
                "UID:a",
                "DTSTART:20240101T100000Z",
                "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
                "X-LIC-ERROR:No value for LOCATION property",
                "ATTACH:https://example.org/ordre-du-jour.pdf",
                "X-MOZ-GENERATION:3",
                "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
                "END:VEVENT",
                "END:VCALENDAR");
        IcalImport result = READER.read(text);
        assertEquals(
                List.of(
                        new ImportIssue(6, "a", "X-GOOGLE-CONFERENCE", "property not imported"),
                        new ImportIssue(7, "a", "X-LIC-ERROR", "property not imported"),
                        new ImportIssue(8, "a", "ATTACH", "property not imported"),
                        new ImportIssue(
                                9, "", "", "2 properties ignored: X-MOZ-GENERATION, X-APPLE-TRAVEL-ADVISORY-BEHAVIOR")),
                result.issues());
    }

    @Test
    void readsGoogleUtcTimesInTheCalendarZoneAndAllDayEvents() {
        String text = ics(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "X-WR-TIMEZONE:Europe/Paris",
                "BEGIN:VEVENT",
                "UID:abc123@google.com",
                "DTSTART:20160218T170000Z",
                "DTEND:20160218T190000Z",
                "STATUS:TENTATIVE",
                "SUMMARY:Budgets participatifs",
                "LOCATION:Centre social",
                "GEO:43.6;1.44",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:day@google.com",
                "DTSTART;VALUE=DATE:20170201",
                "DTEND;VALUE=DATE:20170203",
                "SUMMARY:Journée",
                "RRULE:FREQ=WEEKLY;COUNT=3",
                "END:VEVENT",
                "END:VCALENDAR");
        IcalImport result = READER.read(text);
        Session first = result.sessions().get(0);
        assertEquals("abc123", first.id().value());
        assertEquals(SessionStatus.PLANNED, first.status());
        assertEquals(LocalDateTime.of(2016, 2, 18, 18, 0), ((ExactSchedule) first.schedule()).start());
        assertEquals(43.6, first.venue().coordinates().latitude());
        assertEquals(
                List.of(
                        TentativeSchedule.of(LocalDate.of(2017, 2, 1), LocalDate.of(2017, 2, 2)),
                        TentativeSchedule.of(LocalDate.of(2017, 2, 8), LocalDate.of(2017, 2, 9)),
                        TentativeSchedule.of(LocalDate.of(2017, 2, 15), LocalDate.of(2017, 2, 16))),
                result.sessions().subList(1, 4).stream().map(Session::schedule).toList());
        assertEquals("day-20170215", result.sessions().get(3).id().value());
        assertEquals(List.of(), result.issues());
    }

    @Test
    void brokenFilesThrowWithTheLine() {
        String text = ics("BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:x", "this is not a property");
        IcalException error = assertThrows(IcalException.class, () -> READER.read(text));
        assertTrue(error.line() > 0, error.getMessage());
        assertTrue(error.getMessage().startsWith("line "), error.getMessage());
    }

    @Test
    void largeFeedsStreamThroughBothWays() {
        int n = 20_000;
        Iterable<Session> sessions = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Session next() {
                return TestArchives.toulouse()
                        .sessions()
                        .get(1)
                        .withId(io.github.townhall.session.SessionId.of("s" + i++));
            }
        };
        StringBuilder feed = new StringBuilder();
        Writer out = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                feed.append(buffer, offset, length);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        IcalWriter.of(IcalOptions.defaults("example.org"))
                .writeFeed(TestArchives.toulouse().organisation(), sessions, out);
        AtomicInteger count = new AtomicInteger();
        READER.read(new StringReader(feed.toString()), session -> count.incrementAndGet());
        assertEquals(n, count.get());
    }
}
