package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.cycle.CycleId;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Recurring events as Google Calendar, Outlook and Thunderbird write them, and hostile rules. */
class RecurrenceTest {
    private static final IcalReader READER = IcalReader.of(OrganisationId.of("idc"), Locale.FRENCH);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static IcalImport read(String name) throws IOException {
        try (InputStream in = RecurrenceTest.class.getResourceAsStream("/recurrence/" + name)) {
            return READER.read(in);
        }
    }

    private static List<String> ids(IcalImport result) {
        return result.sessions().stream().map(s -> s.id().value()).toList();
    }

    private static List<Instant> starts(IcalImport result) {
        return result.sessions().stream()
                .map(s -> s.schedule().exactStart().toInstant())
                .toList();
    }

    /** The issues but the summary of the properties we never map (TRANSP, PRIORITY, X-MICROSOFT-...). */
    private static List<ImportIssue> recurrenceIssues(IcalImport result) {
        return result.issues().stream()
                .filter(issue -> !issue.message().matches("\\d+ propert(y|ies) ignored: .*"))
                .toList();
    }

    @Test
    void googleWeeklyWithAnExceptionAndAMovedOccurrence() throws IOException {
        IcalImport result = read("google-weekly.ics");
        String uid = "7kukuqrfedlm2f9t1rg7ju3bbd";
        assertEquals(
                List.of(
                        uid + "-20180315T173000Z",
                        uid + "-20180322T173000Z",
                        uid + "-20180405T163000Z",
                        uid + "-20180412T163000Z"),
                ids(result));
        // across the change to summer time on 25 March: 18:30 in Paris stays 18:30
        assertEquals(
                List.of(
                        Instant.parse("2018-03-15T17:30:00Z"), Instant.parse("2018-03-22T17:30:00Z"),
                        Instant.parse("2018-04-06T16:30:00Z"), Instant.parse("2018-04-12T16:30:00Z")),
                starts(result));
        Session moved = result.sessions().get(2);
        assertEquals(
                List.of(ExactSchedule.of(
                        LocalDateTime.of(2018, 4, 5, 18, 30), LocalDateTime.of(2018, 4, 5, 20, 30), PARIS)),
                moved.earlierSchedules());
        assertEquals(
                "Conseil citoyen (vendredi exceptionnellement)", moved.title().original());
        assertEquals(2, moved.revision().number());
        assertEquals(List.of(), result.sessions().get(3).earlierSchedules());
        assertEquals(1, result.cycles().size());
        assertEquals(CycleId.of(uid), result.cycles().get(0).id());
        assertEquals("Conseil citoyen", result.cycles().get(0).title().original());
        assertEquals(
                List.of(1, 2, 3, 4),
                result.sessions().stream().map(s -> s.cycle().ordinal()).toList());
        assertEquals(CyclePosition.of(CycleId.of(uid), 3), moved.cycle());
        assertEquals(List.of(), recurrenceIssues(result));
    }

    @Test
    void outlookMonthlyWithWindowsZoneAndACancelledOccurrence() throws IOException {
        IcalImport result = read("outlook-monthly.ics");
        assertEquals(
                List.of(
                        Instant.parse("2018-02-06T18:00:00Z"), Instant.parse("2018-03-06T18:00:00Z"),
                        Instant.parse("2018-04-03T17:00:00Z"), Instant.parse("2018-05-01T17:00:00Z"),
                        Instant.parse("2018-06-05T17:00:00Z"), Instant.parse("2018-07-03T17:00:00Z")),
                starts(result));
        assertEquals(
                List.of(
                        SessionStatus.SCHEDULED,
                        SessionStatus.SCHEDULED,
                        SessionStatus.CANCELLED,
                        SessionStatus.SCHEDULED,
                        SessionStatus.SCHEDULED,
                        SessionStatus.SCHEDULED),
                result.sessions().stream().map(Session::status).toList());
        Session cancelled = result.sessions().get(2);
        assertTrue(
                cancelled.id().value().endsWith("-20180403T170000Z"),
                cancelled.id().value());
        assertEquals(List.of(), cancelled.earlierSchedules());
        assertEquals(PARIS, ((ExactSchedule) cancelled.schedule()).zone());
        assertEquals(List.of(), recurrenceIssues(result));
    }

    @Test
    void thunderbirdBiweeklyWithRdateAndAnOrphanOverride() throws IOException {
        IcalImport result = read("thunderbird-biweekly.ics");
        assertEquals(
                List.of(
                        "0f4e3d2c-1b0a-4999-8888-777766665555-20181105T230000Z",
                        "2b1f6c3e-5d7a-4e0b-9c1d-8f3a2e4b6c7d-20181016T220000Z",
                        "2b1f6c3e-5d7a-4e0b-9c1d-8f3a2e4b6c7d-20181030T220000Z",
                        "2b1f6c3e-5d7a-4e0b-9c1d-8f3a2e4b6c7d-20181108T230000Z",
                        "2b1f6c3e-5d7a-4e0b-9c1d-8f3a2e4b6c7d-20181113T230000Z"),
                ids(result).stream().sorted().toList());
        List<ImportIssue> issues = recurrenceIssues(result);
        assertEquals(1, issues.size(), issues.toString());
        ImportIssue orphan = issues.get(0);
        assertEquals("RECURRENCE-ID", orphan.property());
        assertEquals(41, orphan.line());
        assertTrue(orphan.message().contains("imported alone"), orphan.message());
        assertEquals(1, result.cycles().size());
    }

    @Test
    void idsStayWhenTheCalendarChanges() throws IOException {
        IcalImport before = read("google-weekly.ics");
        String text = new String(
                        RecurrenceTest.class
                                .getResourceAsStream("/recurrence/google-weekly.ics")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("EXDATE;TZID=Europe/Paris:20180329T183000", "EXDATE;TZID=Europe/Paris:20180322T183000")
                .replace("DTSTART;TZID=Europe/Paris:20180406T183000", "DTSTART;TZID=Europe/Paris:20180406T190000")
                .replace("DTEND;TZID=Europe/Paris:20180406T203000", "DTEND;TZID=Europe/Paris:20180406T210000");
        IcalImport after = READER.read(text);
        ImportDiff diff = after.changesSince(before);
        String uid = "7kukuqrfedlm2f9t1rg7ju3bbd";
        assertEquals(
                List.of(uid + "-20180329T163000Z"),
                diff.added().stream().map(s -> s.id().value()).toList());
        assertEquals(
                List.of(uid + "-20180322T173000Z"),
                diff.removed().stream().map(s -> s.id().value()).toList());
        assertEquals(1, diff.changed().size());
        assertEquals(List.of(ImportDiff.Kind.TIME), diff.changed().get(0).kinds());
        assertTrue(READER.read(text).changesSince(after).isEmpty());
    }

    @Test
    void endlessRulesStopAtTheHorizonOrTheWindow() {
        String text = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "BEGIN:VEVENT",
                "UID:daily",
                "DTSTART:20200101T090000Z",
                "DTEND:20200101T100000Z",
                "RRULE:FREQ=DAILY",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:later",
                "DTSTART:20210101T090000Z",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        IcalImport whole = READER.read(text);
        // two years after the latest DTSTART of the file (2021-01-01), inclusive
        assertEquals(366 + 365 + 365 + 1, whole.sessions().size() - 1);
        IcalImport window = READER.withWindow(
                        Instant.parse("2020-03-01T00:00:00Z"), Instant.parse("2020-03-08T00:00:00Z"))
                .read(text);
        assertEquals(
                List.of(
                        "later",
                        "daily-20200301T090000Z",
                        "daily-20200302T090000Z",
                        "daily-20200303T090000Z",
                        "daily-20200304T090000Z",
                        "daily-20200305T090000Z",
                        "daily-20200306T090000Z",
                        "daily-20200307T090000Z"),
                ids(window));
    }

    @Test
    void hostileSecondlyRuleStopsAtTheLimitQuickly() {
        String text = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "BEGIN:VEVENT",
                "UID:storm",
                "DTSTART:20200101T090000Z",
                "RRULE:FREQ=SECONDLY",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        long start = System.nanoTime();
        IcalImport result = READER.read(text);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
        assertEquals(
                IcalReader.DEFAULT_MAX_OCCURRENCES_PER_RULE, result.sessions().size());
        ImportIssue issue = result.issues().get(0);
        assertEquals(6, issue.line());
        assertTrue(issue.message().contains("IcalReader.withMaxOccurrencesPerRule(int)"), issue.message());
        String two = text.replace(
                "END:VCALENDAR",
                "BEGIN:VEVENT\r\nUID:storm2\r\nDTSTART:20200101T090000Z\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR");
        IcalImport small = READER.withMaxOccurrencesPerRule(50)
                .withMaxOccurrencesPerFile(70)
                .read(two);
        assertEquals(70, small.sessions().size());
        assertTrue(
                small.issues().stream().anyMatch(i -> i.message().contains("withMaxOccurrencesPerFile")),
                small.issues().toString());
    }

    @Test
    void hostileRuleWithAFarWindowStaysQuick() {
        String text = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "BEGIN:VEVENT",
                "UID:storm",
                "DTSTART:20000101T090000Z",
                "RRULE:FREQ=SECONDLY;INTERVAL=7",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        long start = System.nanoTime();
        IcalImport result = READER.withWindow(
                        Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:01:00Z"))
                .read(text);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
        // 2000-01-01T09:00:00Z plus a multiple of 7 seconds, in the minute of the window
        List<Instant> starts = starts(result);
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), starts.get(0));
        assertEquals(9, starts.size(), starts.toString());
        assertTrue(starts.stream()
                .allMatch(at -> Duration.between(Instant.parse("2000-01-01T09:00:00Z"), at)
                                        .toSeconds()
                                % 7
                        == 0));
    }

    @Test
    void ruleThatICal4jCannotReadIsAnIssueAtItsLine() {
        for (String part : List.of("BYDAY=-1SU,X", "BYMONTH=ten", "FREQ=FORTNIGHTLY")) {
            String rule = part.startsWith("FREQ=") ? part : "FREQ=YEARLY;" + part;
            String text = String.join(
                    "\r\n",
                    "BEGIN:VCALENDAR",
                    "VERSION:2.0",
                    "BEGIN:VEVENT",
                    "UID:odd",
                    "DTSTART:20241027T030000Z",
                    "RRULE:" + rule,
                    "END:VEVENT",
                    "END:VCALENDAR",
                    "");
            IcalImport result = READER.read(text);
            assertEquals(List.of(Instant.parse("2024-10-27T03:00:00Z")), starts(result), rule);
            List<ImportIssue> issues = recurrenceIssues(result);
            assertEquals(1, issues.size(), issues.toString());
            assertEquals(6, issues.get(0).line());
            assertTrue(issues.get(0).message().startsWith("unreadable recurrence rule"), issues.toString());
        }
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> READER.withMaxOccurrencesPerRule(0));
        assertThrows(IllegalArgumentException.class, () -> READER.withMaxOccurrencesPerFile(-1));
        Instant now = Instant.parse("2020-01-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> READER.withWindow(now, now));
    }

    @Test
    void windowIsNullUntilSet() {
        assertNull(READER.windowStart());
        assertNull(READER.windowEnd());
        Instant from = Instant.parse("2020-01-01T00:00:00Z");
        Instant to = Instant.parse("2021-01-01T00:00:00Z");
        IcalReader windowed = READER.withWindow(from, to);
        assertEquals(from, windowed.windowStart());
        assertEquals(to, windowed.windowEnd());
    }
}
