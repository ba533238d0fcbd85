package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.ical.internal.ContentLineWriter;
import io.github.townhall.ical.internal.TimezoneWriter;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.Session;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Writes seeded random recurring events into {@code target/interop-recurrence/}, each
 * {@code .ics} with a {@code .expected.txt} of the occurrence starts our import gives (an
 * instant in UTC, or the date of an all-day event, one a line), for
 * {@code interop/check-recurrence.sh} to expand with ical.js and compare.
 */
class RecurrenceInteropFilesTest {
    private static final int RULES = 150;
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"));
    private static final List<LocalTime> TIMES = List.of(
            LocalTime.of(8, 0), LocalTime.of(9, 30), LocalTime.of(12, 0), LocalTime.of(18, 30), LocalTime.of(23, 15));
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final IcalReader reader = IcalReader.of(OrganisationId.of("idc"), Locale.FRENCH);

    @Test
    void writesGeneratedRulesAndTheirOccurrences() throws IOException {
        Path dir = Path.of("target/interop-recurrence");
        Files.createDirectories(dir);
        Random random = new Random(20_180_115L);
        int occurrences = 0;
        for (int n = 1; n <= RULES; n++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            boolean allDay = random.nextInt(10) == 0;
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365));
            LocalDateTime start = day.atTime(TIMES.get(random.nextInt(TIMES.size())));
            String rule = rule(random, start, allDay);
            String uid = "rule-" + n;
            // the DTSTART on an occurrence of the rule: RFC 5545 leaves a rule out of step
            // with its DTSTART undefined, and implementations differ on it
            List<Session> drafted = reader.read(ics(uid, zone, start, allDay, rule, List.of(), List.of()))
                    .sessions();
            if (drafted.size() > 1) {
                start = allDay
                        ? drafted.get(1).schedule().firstDay().atTime(start.toLocalTime())
                        : drafted.get(1)
                                .schedule()
                                .exactStart()
                                .withZoneSameInstant(zone)
                                .toLocalDateTime();
            }
            List<Session> plain = reader.read(ics(uid, zone, start, allDay, rule, List.of(), List.of()))
                    .sessions();
            assertFalse(plain.isEmpty(), rule);
            List<String> given = plain.stream().map(s -> value(s, zone, allDay)).toList();
            // EXDATE on occurrences the rule gives, RDATE on a day it does not give
            List<String> exdates = new ArrayList<>();
            for (int i = 0; i < 2 && plain.size() > 2; i++) {
                String exdate = given.get(1 + random.nextInt(given.size() - 1));
                if (!exdates.contains(exdate)) {
                    exdates.add(exdate);
                }
            }
            exdates.sort(null);
            // ical.js 2.2.1 counts an RDATE in the COUNT of the rule and loses an RDATE after the
            // rule's last occurrence (RFC 5545 adds RDATEs to the rule's set): RDATEs only between
            // the first and last occurrences of rules with UNTIL
            List<String> rdates = new ArrayList<>();
            for (int tries = 0;
                    tries < 20 && rdates.isEmpty() && !rule.contains("COUNT=") && given.size() > 1;
                    tries++) {
                LocalDateTime extra = start.plusDays(1 + random.nextInt(400));
                String rdate = allDay ? DATE.format(extra) : LOCAL.format(extra);
                if (!given.contains(rdate) && rdate.compareTo(given.get(given.size() - 1)) < 0) {
                    rdates.add(rdate);
                }
            }
            String text = ics(uid, zone, start, allDay, rule, exdates, rdates);
            IcalImport result = reader.read(text);
            assertEquals(List.of(), result.issues(), rule);
            assertEquals(1, result.cycles().size());
            String starts = result.sessions().stream()
                    .map(RecurrenceInteropFilesTest::instant)
                    .collect(Collectors.joining("\n", "", "\n"));
            occurrences += result.sessions().size();
            Files.writeString(dir.resolve(uid + ".ics"), text);
            Files.writeString(dir.resolve(uid + ".expected.txt"), starts);
        }
        assertTrue(occurrences > RULES * 3, "the rules give occurrences: " + occurrences);
    }

    private static String instant(Session session) {
        return session.schedule() instanceof TentativeSchedule tentative
                ? tentative.from().toString()
                : session.schedule().exactStart().toInstant().toString();
    }

    private static String value(Session session, ZoneId zone, boolean allDay) {
        return allDay
                ? DATE.format(session.schedule().firstDay())
                : LOCAL.format(session.schedule()
                        .exactStart()
                        .withZoneSameInstant(zone)
                        .toLocalDateTime());
    }

    /** A random RRULE of the kinds calendars write. */
    static String rule(Random random, LocalDateTime start, boolean allDay) {
        List<String> parts = new ArrayList<>();
        String freq = List.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY").get(random.nextInt(4));
        parts.add("FREQ=" + freq);
        if (random.nextBoolean()) {
            parts.add("INTERVAL=" + (1 + random.nextInt(3)));
        }
        switch (freq) {
            case "DAILY" -> {
                if (random.nextBoolean()) {
                    parts.add("BYDAY=" + days(random, 1 + random.nextInt(5)));
                }
                if (random.nextInt(4) == 0) {
                    parts.add("BYMONTH=" + months(random));
                }
            }
            case "WEEKLY" -> {
                if (random.nextInt(4) != 0) {
                    parts.add("BYDAY=" + days(random, 1 + random.nextInt(3)));
                }
            }
            case "MONTHLY" -> {
                switch (random.nextInt(4)) {
                    case 0 -> parts.add("BYDAY=" + ordinal(random) + DAYS[random.nextInt(7)]);
                    case 1 ->
                        parts.add("BYMONTHDAY="
                                + List.of("1", "15", "-1", "31", "10,20", "-2").get(random.nextInt(6)));
                    case 2 -> {
                        parts.add("BYDAY=" + days(random, 2 + random.nextInt(4)));
                        parts.add("BYSETPOS=" + List.of("1", "-1", "2", "1,-1").get(random.nextInt(4)));
                    }
                    default -> {
                        // the DTSTART's day of the month
                    }
                }
                if (random.nextInt(4) == 0) {
                    parts.add("BYMONTH=" + months(random));
                }
            }
            default -> {
                switch (random.nextInt(3)) {
                    case 0 -> {
                        parts.add("BYMONTH=" + months(random));
                        parts.add("BYDAY=" + ordinal(random) + DAYS[random.nextInt(7)]);
                    }
                    case 1 -> {
                        parts.add("BYMONTH=" + months(random));
                        parts.add("BYMONTHDAY=" + List.of("1", "-1", "15").get(random.nextInt(3)));
                    }
                    default -> {
                        // the DTSTART's month and day
                    }
                }
            }
        }
        if (random.nextBoolean()) {
            parts.add("COUNT=" + (1 + random.nextInt(30)));
        } else {
            LocalDateTime until = start.plusDays(20 + random.nextInt(freq.equals("YEARLY") ? 3000 : 700));
            parts.add("UNTIL=" + (allDay ? DATE.format(until) : LOCAL.format(until.atOffset(ZoneOffset.UTC)) + "Z"));
        }
        return String.join(";", parts);
    }

    private static String ordinal(Random random) {
        return List.of("1", "2", "3", "4", "-1", "-2").get(random.nextInt(6));
    }

    private static String days(Random random, int count) {
        List<String> chosen = new ArrayList<>();
        for (String day : DAYS) {
            chosen.add(day);
        }
        java.util.Collections.shuffle(chosen, random);
        return chosen.subList(0, count).stream()
                .sorted(java.util.Comparator.comparingInt(d -> List.of(DAYS).indexOf(d)))
                .collect(Collectors.joining(","));
    }

    private static String months(Random random) {
        int first = 1 + random.nextInt(12);
        int second = 1 + random.nextInt(12);
        return first == second ? String.valueOf(first) : Math.min(first, second) + "," + Math.max(first, second);
    }

    private static String ics(
            String uid,
            ZoneId zone,
            LocalDateTime start,
            boolean allDay,
            String rule,
            List<String> exdates,
            List<String> rdates) {
        StringWriter text = new StringWriter();
        ContentLineWriter out = new ContentLineWriter(text);
        out.line("BEGIN", "VCALENDAR");
        out.line("VERSION", "2.0");
        out.line("PRODID", "-//townhall//recurrence interop//EN");
        if (!allDay) {
            TimezoneWriter.write(zone, start.getYear(), start.getYear() + 10, out);
        }
        out.line("BEGIN", "VEVENT");
        out.line("UID", uid + "@interop.example.org");
        out.line("DTSTAMP", "20240101T000000Z");
        String tzid = allDay ? "" : ";TZID=" + zone.getId();
        String valueDate = allDay ? ";VALUE=DATE" : "";
        if (allDay) {
            out.line("DTSTART;VALUE=DATE", DATE.format(start));
            out.line("DTEND;VALUE=DATE", DATE.format(start.plusDays(1)));
        } else {
            out.line("DTSTART" + tzid, LOCAL.format(start));
            out.line("DTEND" + tzid, LOCAL.format(start.plusHours(2)));
        }
        out.line("RRULE", rule);
        for (String exdate : exdates) {
            out.line("EXDATE" + tzid + valueDate, exdate);
        }
        if (!rdates.isEmpty()) {
            out.line("RDATE" + tzid + valueDate, String.join(",", rdates));
        }
        out.textLine("SUMMARY", rule);
        out.line("END", "VEVENT");
        out.line("END", "VCALENDAR");
        out.flush();
        return text.toString();
    }
}
